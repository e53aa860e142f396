using FactCheck.Text;

namespace FactCheck.Rules;

/// <summary>
/// Loaded rules, with every cue, veto and context phrase of every rule compiled into one trie each,
/// so that an article is scanned for all rules' words in a single pass.
/// </summary>
public sealed class RuleSet
{
    public RuleSet(IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)];
        for (var r = 0; r < Rules.Count; r++)
        {
            var rule = Rules[r];
            Add(Cues, rule.Cues.SelectMany(CueForms.Of), r);
            Add(Vetoes, rule.Veto, r);
            Add(Contexts, rule.Context, r);
        }
    }

    /// <summary>SHA-256 of the rule files' bytes in path order, when loaded from files: claims extracted with the same hash are the same claims.</summary>
    public string? ContentHash { get; init; }

    /// <summary>In id order: output never depends on the order files were read.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    internal PhraseTrie<HashSet<int>> Cues { get; } = new();

    internal PhraseTrie<HashSet<int>> Vetoes { get; } = new();

    internal PhraseTrie<HashSet<int>> Contexts { get; } = new();

    /// <summary>Every word a cue, veto or context phrase of any rule starts with.</summary>
    public IEnumerable<string> FirstWords => Cues.FirstWords.Concat(Vetoes.FirstWords).Concat(Contexts.FirstWords);

    public Rule? Find(string id) => Rules.FirstOrDefault(r => r.Id == id);

    // A phrase shared by several rules is stored once, with the set of rules it serves.
    private static void Add(PhraseTrie<HashSet<int>> trie, IEnumerable<string> phrases, int rule)
    {
        foreach (var phrase in phrases)
        {
            var tokens = TokenizedText.From(phrase);
            if (tokens.Count > 0 && trie.TryMatch(tokens, 0, out var rules, out var length) && length == tokens.Count)
            {
                rules.Add(rule);
            }
            else
            {
                trie.Add(phrase, [rule]);
            }
        }
    }
}
