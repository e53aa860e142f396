using FactCheck.Discovery;

namespace FactCheck.Tests.Discovery;

public sealed class FactWordFolderTests
{
    [Theory]
    // joiner, space and glued spellings of one participle plural fold together
    [InlineData("کشته‌شدگان", "کشته")]
    [InlineData("کشته شدگان", "کشته")]
    [InlineData("کشتهشدگان", "کشته")]
    [InlineData("کشته‌ها", "کشته")]
    [InlineData("کشته", "کشته")]
    [InlineData("جان‌باختگان", "جان")]
    [InlineData("جانباختگان", "جان")]
    [InlineData("جان", "جان")] // «ان» is no plural when it would leave one letter
    [InlineData("مجروحان", "مجروح")]
    [InlineData("مجروح", "مجروح")]
    [InlineData("آوارگان", "آواره")] // «گان» was a final «ه»
    [InlineData("زمین‌لرزه‌ای", "زمینلرزه")] // the indefinite after a joiner
    [InlineData("زمین لرزه", "زمینلرزه")]
    [InlineData("تخلیه‌شدگان", "تخلیه")]
    [InlineData("كشته", "کشته")] // Arabic kaf folds to Persian
    [InlineData("شده", "شده")] // an ending alone is the word itself, never nothing
    // event verbs fold to their group
    [InlineData("درگرفته", "آغاز")]
    [InlineData("شروع", "آغاز")]
    [InlineData("اجرایی", "اجرا")]
    public void Variants_fold_to_one_key(string word, string key) => Assert.Equal(key, FactWordFolder.Fold(word));
}
