namespace FactCheck.Text;

/// <summary>
/// What a word can start, as bit flags: a value, a rule's cue, an attribution. Built once from the
/// first words of every phrase of every lexicon and rule; classifying a text is one dictionary probe
/// per word, and no reader runs on a word that can start nothing (most words of a news article).
/// </summary>
public sealed class WordClasses
{
    public const byte Value = 1;
    public const byte RuleWord = 2;
    public const byte Attribution = 4;

    private readonly WordMap<byte> _classes = new();

    public void Add(IEnumerable<string> firstWords, byte flag)
    {
        ArgumentNullException.ThrowIfNull(firstWords);
        foreach (var word in firstWords)
        {
            _classes.GetOrAdd(word) |= flag;
        }
    }

    public void Add(WordClasses other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (word, flags) in other._classes.Pairs)
        {
            _classes.GetOrAdd(word) |= flags;
        }
    }

    /// <summary>Flags per token; digits and symbols get every flag, as readers decide on them by shape.</summary>
    public byte[] Classify(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var classes = new byte[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            classes[i] = tokens[i].Kind == TokenKind.Word
                ? _classes.TryGetValue(text.TextOf(i), tokens[i].Hash, out var flags) ? flags : (byte)0
                : byte.MaxValue;
        }

        return classes;
    }
}
