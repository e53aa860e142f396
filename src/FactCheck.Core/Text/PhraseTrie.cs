using System.Diagnostics.CodeAnalysis;

namespace FactCheck.Text;

/// <summary>
/// Finds lexicon phrases (number words, month names, qualifiers, rule cues) at a token, longest
/// first, with one dictionary probe per token. Each phrase is stored in every way real text writes
/// it: parts joined by a non-joiner, by a space, or glued (سه‌شنبه، سه شنبه، سهشنبه).
/// </summary>
public sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>The first token of every phrase, in every spelling: what <see cref="WordClasses"/> is built from.</summary>
    public IEnumerable<string> FirstWords => _root.Keys;

    /// <summary>Adds a phrase; returns false when it normalizes to nothing or was already present.</summary>
    public bool Add(string phrase, T value)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var parts = Split(phrase);
        if (parts.Count == 0)
        {
            return false;
        }

        var added = false;
        foreach (var variant in GlueVariants(parts))
        {
            var node = _root;
            foreach (var part in variant)
            {
                node = node.Child(part);
            }

            if (!node.HasValue)
            {
                node.Set(value);
                added = true;
            }
        }

        if (added)
        {
            Count++;
        }

        return added;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>.</summary>
    public bool TryMatch(TokenizedText text, int start, [MaybeNullWhen(false)] out T value, out int tokenCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        tokenCount = 0;
        var node = _root;
        var tokens = text.Tokens;
        var chars = text.Text.Chars;
        for (var i = start; i < tokens.Length; i++)
        {
            if (i > start && tokens[i].Gap == TokenGap.Paragraph)
            {
                break;
            }

            if (!node.TryGet(chars, tokens[i], out var child))
            {
                break;
            }

            node = child;
            if (node.HasValue)
            {
                value = node.Value!;
                tokenCount = i - start + 1;
            }
        }

        return tokenCount > 0;
    }

    /// <summary>
    /// Whether the longest phrase starting at one of the <paramref name="maxTokens"/> tokens before
    /// <paramref name="end"/> (none before <paramref name="floor"/>) ends exactly at it: what stands right
    /// before a token («از مجموع» before a cue, «کشته‌شدگان» before an amount).
    /// </summary>
    public bool EndsAt(TokenizedText text, int end, int maxTokens, int floor = 0)
    {
        for (var k = end - 1; k >= floor && k >= end - maxTokens; k--)
        {
            if (TryMatch(text, k, out _, out var length) && k + length == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A one-word phrase looked up by its text (for words glued to a prefix, such as «و»).</summary>
    public bool TryGetSingle(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out T value)
    {
        value = default;
        if (_root.TryGet(word, out var node) && node.HasValue)
        {
            value = node.Value!;
            return true;
        }

        return false;
    }

    /// <summary>Every phrase starting at token <paramref name="start"/>, shortest first: a longer cue of one rule must not hide a shorter cue of another.</summary>
    public void MatchAll(TokenizedText text, int start, List<(T Value, int TokenCount)> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        var node = _root;
        var tokens = text.Tokens;
        var chars = text.Text.Chars;
        for (var i = start; i < tokens.Length; i++)
        {
            if ((i > start && tokens[i].Gap == TokenGap.Paragraph) || !node.TryGet(chars, tokens[i], out var child))
            {
                return;
            }

            node = child;
            if (node.HasValue)
            {
                matches.Add((node.Value!, i - start + 1));
            }
        }
    }

    private static List<string> Split(string phrase)
    {
        var tokenized = TokenizedText.From(phrase);
        var parts = new List<string>(tokenized.Count);
        for (var i = 0; i < tokenized.Count; i++)
        {
            parts.Add(tokenized.TextOf(i).ToString());
        }

        return parts;
    }

    // A phrase of k parts has 2^(k-1) spellings; phrases are short, and only word-to-word
    // boundaries can be glued.
    private static IEnumerable<List<string>> GlueVariants(List<string> parts)
    {
        var seams = parts.Count - 1;
        var masks = seams > 6 ? 1 : 1 << seams;
        for (var mask = 0; mask < masks; mask++)
        {
            var variant = new List<string> { parts[0] };
            for (var s = 0; s < seams; s++)
            {
                var next = parts[s + 1];
                if ((mask & (1 << s)) != 0 && char.IsLetter(variant[^1][^1]) && char.IsLetter(next[0]))
                {
                    variant[^1] += next;
                }
                else
                {
                    variant.Add(next);
                }
            }

            yield return variant;
        }
    }

    private sealed class Node
    {
        private WordMap<Node>? _children;

        public bool HasValue { get; private set; }

        public T? Value { get; private set; }

        public IEnumerable<string> Keys => _children?.Keys ?? Enumerable.Empty<string>();

        public void Set(T value)
        {
            Value = value;
            HasValue = true;
        }

        public Node Child(string part)
        {
            _children ??= new WordMap<Node>();
            ref var child = ref _children.GetOrAdd(part);
            child ??= new Node();
            return child;
        }

        public bool TryGet(ReadOnlySpan<char> part, [MaybeNullWhen(false)] out Node child)
        {
            if (_children is null)
            {
                child = null;
                return false;
            }

            return _children.TryGetValue(part, out child);
        }

        /// <summary>The child for a token of the text, by the hash the token carries.</summary>
        public bool TryGet(ReadOnlySpan<char> chars, Token token, [MaybeNullWhen(false)] out Node child)
        {
            if (_children is null)
            {
                child = null;
                return false;
            }

            return _children.TryGetValue(chars.Slice(token.Start, token.End - token.Start), token.Hash, out child);
        }
    }
}
