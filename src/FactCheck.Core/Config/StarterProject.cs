namespace FactCheck.Config;

/// <summary>
/// What <c>factcheck init</c> writes: a starter <c>factcheck.yaml</c>, one commented example rule for
/// the user's own story, and the three commands to run next. Text only; the CLI writes the files.
/// </summary>
internal static class StarterProject
{
    /// <summary>The folder of the project's own rules, as the starter configuration names it.</summary>
    public const string RulesFolder = "rules";

    /// <summary>Where the example rule is written, inside <see cref="RulesFolder"/>.</summary>
    public const string ExampleRuleFile = "rescued.yaml";

    /// <summary>Where the articles are expected, and <c>discover</c>'s drafts written, in the commands printed.</summary>
    public const string ArticlesFolder = "articles";

    public const string DraftsFolder = "drafts";

    public const string Config = """
        # FactCheck project configuration: found by every command whose articles lie in or below this folder.
        version: 1
        # Built-in rule packs: 'news' knows facts that recur in any story (killed, injured, dates of events, aid...).
        packs: [news]
        # Folders of this project's own rules, relative to this file.
        rules: [rules]
        # Accepted findings, once you have some: factcheck check articles --update-baseline
        # baseline: factcheck-baseline.json
        # The lowest severity that fails the check: error, warning or note.
        fail-on: error

        """;

    public const string ExampleRule = """
        # An example rule for your own story: people rescued alive, a running total. Edit it, copy it for
        # another fact, or delete it. Every key is explained in rules/README.md of FactCheck.
        id: rescued
        title:
          fa: شمار نجات‌یافتگان
          en: People rescued
        value:
          type: quantity              # quantity, date or duration
          dimensions: [people, count] # «۱۲ نفر» counts people; a bare «۱۲» is a count
        # The words that stand near the figure; variants with and without a joiner match alike.
        cues: [نجات, نجات یافتند, نجات داده شدند, نجات‌یافتگان]
        cue-side: either              # before, after or either: which side of the figure the cue stands
        cue-window: 5                 # words allowed between figure and cue
        # A figure that grows as the story goes on: a later report may say more, never less.
        nature: cumulative
        # Sentences the rule must read as stated; 'factcheck rules validate --rules rules' runs them.
        examples:
          - text: تا ظهر امروز ۱۲ نفر از زیر آوار نجات یافتند.
            published: 2025-10-10
            value: 12
          - text: امدادگران هنوز در جست‌وجوی ده‌ها نفر هستند.
            none: true

        """;

    /// <summary>The three commands to run next, each with what it does.</summary>
    public static readonly (string Command, string What)[] NextCommands =
    [
        ($"factcheck discover {ArticlesFolder} --write {DraftsFolder}", "candidate facts your articles report, and a draft rule for each"),
        ($"factcheck rules validate --rules {RulesFolder}", $"after moving the drafts you accept from {DraftsFolder}/ into {RulesFolder}/"),
        ($"factcheck check {ArticlesFolder}", "where your sources disagree"),
    ];
}
