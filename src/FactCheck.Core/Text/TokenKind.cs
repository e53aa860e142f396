namespace FactCheck.Text;

public enum TokenKind : byte
{
    /// <summary>A run of letters (Persian, Arabic or Latin), split at joiners.</summary>
    Word,

    /// <summary>Digits with the separators inside them: 48,000 1.5 1/5 1400/08/10 23:56 1992-1994.</summary>
    Digits,

    /// <summary>One punctuation or symbol character.</summary>
    Symbol,

    /// <summary>A web address or e-mail, kept whole so its digits are never read as numbers.</summary>
    Link,
}
