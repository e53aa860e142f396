namespace FactCheck.Rules;

/// <summary>Where a part of a fact's key comes from.</summary>
public enum KeyPartKind
{
    /// <summary>A fixed text: the same for every claim of the rule.</summary>
    Text,

    /// <summary>The date that follows one of the words, in the claim's sentence: «از ۱۴ نوامبر ۲۰۲۰» gives since=2020-11-14.</summary>
    DateAfter,

    /// <summary>Which of the listed names the sentence mentions (the participants of a meeting).</summary>
    Names,

    /// <summary>The month or year of the claim's own date: tells repeated events apart.</summary>
    Period,
}
