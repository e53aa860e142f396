using System.Text;
using FactCheck.Discovery;
using FactCheck.Reporting;
using FactCheck.Tests.Fixtures;
using Snapshooter;
using Snapshooter.Xunit;

namespace FactCheck.Tests.Reporting;

/// <summary><c>discover</c>'s table, its JSON and a draft, on the quake story with no rules, pinned by snapshot.</summary>
public sealed class DiscoverFormatTests
{
    private static (IReadOnlyList<CandidateFact> Facts, IReadOnlyList<DraftRule> Drafts) Discovered()
    {
        var facts = FactDiscoverer.Discover(FixtureFiles.Story("quake"));
        return (facts, DraftRules.Draft(facts));
    }

    [Fact]
    public void The_table_lists_each_fact_and_the_drafts_written()
    {
        var (facts, drafts) = Discovered();
        var text = new StringWriter { NewLine = "\n" };

        DiscoverTextFormatter.Write(text, facts, 16, drafts, "drafts");

        Snapshot.Match(text.ToString().Split('\n'));
    }

    [Fact]
    public void The_json_has_every_fact_with_its_sightings()
    {
        var (facts, drafts) = Discovered();
        using var stream = new MemoryStream();

        DiscoverJsonFormatter.Write(stream, facts, 16, drafts, "drafts");

        Snapshot.Match(Encoding.UTF8.GetString(stream.ToArray()).Split('\n'));
    }

    [Fact]
    public void The_best_ranked_draft_reads_as_a_rule_file()
    {
        var (_, drafts) = Discovered();

        Snapshot.Match(drafts[0].Yaml.Split('\n'), SnapshotNameExtension.Create(drafts[0].Id));
    }
}
