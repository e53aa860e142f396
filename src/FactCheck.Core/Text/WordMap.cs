using System.Runtime.CompilerServices;

namespace FactCheck.Text;

/// <summary>
/// Words to values, looked up by a span of the text with no allocation. Every token of every article
/// is looked up here at least once, so it is built for that one probe: a plain hash over the
/// characters, power-of-two buckets, and no comparer behind an interface. Built once, then read-only
/// (and safe to read from many threads).
/// </summary>
internal sealed class WordMap<TValue>
{
    private int[] _buckets = new int[8]; // 1-based index of a bucket's first entry; 0 = empty
    private Entry[] _entries = new Entry[8];

    public int Count { get; private set; }

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                yield return _entries[i].Key;
            }
        }
    }

    public IEnumerable<(string Key, TValue Value)> Pairs
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                yield return (_entries[i].Key, _entries[i].Value);
            }
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => TryGetValue(word, WordMap.Hash(word), out value);

    /// <param name="hash">The word's <see cref="WordMap.Hash"/>, as its token carries it.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, int hash, out TValue value)
    {
        var entries = _entries;
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = entries[i].Next)
        {
            ref var entry = ref entries[i];
            if (entry.Hash == hash && word.SequenceEqual(entry.Key))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>The value stored for <paramref name="word"/>, added as <c>default</c> when absent.</summary>
    public ref TValue GetOrAdd(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var hash = WordMap.Hash(word);
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            if (_entries[i].Hash == hash && _entries[i].Key == word)
            {
                return ref _entries[i].Value;
            }
        }

        if (Count == _entries.Length)
        {
            Grow();
        }

        var bucket = hash & (_buckets.Length - 1);
        _entries[Count] = new Entry { Key = word, Hash = hash, Next = _buckets[bucket] - 1 };
        _buckets[bucket] = ++Count;
        return ref _entries[Count - 1].Value;
    }

    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        _buckets = new int[_entries.Length];
        for (var i = 0; i < Count; i++)
        {
            var bucket = _entries[i].Hash & (_buckets.Length - 1);
            _entries[i].Next = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }
    }

    private struct Entry
    {
        public string Key;
        public int Hash;
        public int Next;
        public TValue Value;
    }
}

/// <summary>The hash of a word for <see cref="WordMap{TValue}"/>: the tokenizer stores it in each token.</summary>
internal static class WordMap
{
    // FNV-1a over the UTF-16 code units: words are short, and this runs once per token.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
