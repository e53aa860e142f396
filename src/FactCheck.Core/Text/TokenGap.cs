namespace FactCheck.Text;

/// <summary>What stands between a token and the one before it.</summary>
public enum TokenGap : byte
{
    /// <summary>Nothing: glued, as in هزار۲۸۶ or a word after a symbol.</summary>
    None,

    /// <summary>A zero-width non-joiner: one word written in parts (ده‌ها، می‌شود).</summary>
    Joiner,

    /// <summary>Spaces.</summary>
    Space,

    /// <summary>A single line break: in captured articles it often falls inside a sentence.</summary>
    LineBreak,

    /// <summary>A blank line: always the end of a sentence.</summary>
    Paragraph,
}
