using FactCheck.Text;

namespace FactCheck.Tests.Text;

public sealed class PhraseTrieTests
{
    [Theory]
    [InlineData("سه‌شنبه")]  // with the joiner
    [InlineData("سه شنبه")]  // with a space
    [InlineData("سهشنبه")]   // joiner lost
    [InlineData("سه\u200Fشنبه")] // RLM in place of the joiner
    public void Matches_a_phrase_however_the_joiner_is_written(string text)
    {
        var trie = new PhraseTrie<int>();
        trie.Add("سه‌شنبه", 3);
        var tokens = TokenizedText.From(text);

        Assert.True(trie.TryMatch(tokens, 0, out var value, out var count));
        Assert.Equal(3, value);
        Assert.Equal(tokens.Count, count);
    }

    [Fact]
    public void Prefers_the_longest_phrase()
    {
        var trie = new PhraseTrie<string>();
        trie.Add("کیلومتر", "km");
        trie.Add("کیلومتر مربع", "ha");

        Assert.True(trie.TryMatch(TokenizedText.From("کیلومتر مربع"), 0, out var value, out _));
        Assert.Equal("ha", value);
    }

    [Fact]
    public void Does_not_match_across_a_blank_line()
    {
        var trie = new PhraseTrie<int>();
        trie.Add("قره باغ", 1);

        Assert.True(trie.TryMatch(TokenizedText.From("قره\nباغ"), 0, out _, out _));
        Assert.False(trie.TryMatch(TokenizedText.From("قره\n\nباغ"), 0, out _, out _));
    }

    [Fact]
    public void Folds_phrases_like_text() // a rule author may type Arabic yeh
    {
        var trie = new PhraseTrie<int>();
        trie.Add("پناهندگاني", 1);
        Assert.True(trie.TryMatch(TokenizedText.From("پناهندگانی"), 0, out _, out _));
    }
}
