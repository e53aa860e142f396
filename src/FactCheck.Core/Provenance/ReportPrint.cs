namespace FactCheck.Provenance;

/// <summary>
/// What an article keeps of its text to be matched with its copies, once the text itself is gone:
/// one hash per sentence long enough to be distinctive, and the outlet or wire its lead or front
/// matter says the report comes from («به گزارش X به نقل از ایرنا»، «منبع: ایرنا»، <c>via:</c>).
/// </summary>
/// <param name="Sentences">Distinct hashes of the article's sentences (<see cref="SentencePrints"/>).</param>
/// <param name="Declared">The outlet the article says it carries the report of; null when it names none but itself.</param>
public sealed record ReportPrint(IReadOnlyList<ulong> Sentences, string? Declared)
{
    public static ReportPrint None { get; } = new([], null);
}
