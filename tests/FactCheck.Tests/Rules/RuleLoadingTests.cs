using System.Text;
using FactCheck.Diagnostics;
using FactCheck.Rules;
using FactCheck.Rules.Loading;

namespace FactCheck.Tests.Rules;

public sealed class RuleLoadingTests
{
    private const string Valid = """
        id: checkpoints
        title:
          fa: مقرها
          en: Posts
        value:
          type: quantity
          dimensions: [count]
        cues: [مقر بازرسی]
        cue-side: after
        nature: state
        examples:
          - text: ۲۳ مقر بازرسی فعالیت می کند.
            value: 23
        """;

    private static RuleLoadResult Load(params (string Path, string Text)[] files) =>
        RuleSetLoader.Load(files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text))));

    private static Diagnostic Single(string text)
    {
        var result = Load(("rules/r.yaml", text));
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_valid_rule_loads_with_its_defaults()
    {
        var result = Load(("rules/r.yaml", Valid));

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        var rule = Assert.Single(result.Rules.Rules);
        Assert.Equal("checkpoints", rule.Id);
        Assert.Equal(CueSide.After, rule.CueSide);
        Assert.Equal(RuleBuilder.DefaultCueWindow, rule.CueWindow);
        Assert.Equal(FactNature.State, rule.Nature);
        Assert.Equal(new SourceLocation("rules/r.yaml", 1, 1), rule.Location);
    }

    [Fact]
    public void Relative_days_are_claims_unless_a_date_rule_says_otherwise()
    {
        var date = Valid.Replace("type: quantity\n  dimensions: [count]", "type: date", StringComparison.Ordinal)
            .Replace("value: 23", "none: true", StringComparison.Ordinal);
        var off = date.Replace("type: date", "type: date\n  relative-days: false", StringComparison.Ordinal);

        Assert.True(Assert.Single(Load(("rules/r.yaml", date)).Rules.Rules).RelativeDays);
        Assert.False(Assert.Single(Load(("rules/r.yaml", off)).Rules.Rules).RelativeDays);
    }

    [Theory]
    [InlineData("type: date\n  relative-days: sometimes", 7, "relative-days")]
    [InlineData("type: quantity\n  dimensions: [count]\n  relative-days: false", 8, "dates only")]
    public void Relative_days_must_be_a_boolean_on_a_date_rule(string value, int line, string message)
    {
        var e = Single(Valid.Replace("type: quantity\n  dimensions: [count]", value, StringComparison.Ordinal));

        Assert.Equal(line, e.Location.Line);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_named_at_its_line_and_column_with_a_suggestion()
    {
        var e = Single(Valid.Replace("cue-side: after", "cue-sid: after", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.UnknownKey, e.Code);
        Assert.Equal(new SourceLocation("rules/r.yaml", 9, 1), e.Location);
        Assert.Contains("did you mean 'cue-side'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_nested_key_is_found_too()
    {
        var e = Single(Valid.Replace("  type: quantity", "  type: quantity\n  unit: t", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.UnknownKey, e.Code);
        Assert.Equal(new SourceLocation("rules/r.yaml", 7, 3), e.Location);
    }

    [Fact]
    public void A_bad_enum_value_says_what_is_allowed()
    {
        var e = Single(Valid.Replace("nature: state", "nature: stat", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.BadEnum, e.Code);
        Assert.Equal(new SourceLocation("rules/r.yaml", 10, 9), e.Location);
        Assert.Contains("expected one of event, state, cumulative (did you mean 'state'?)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_is_reported()
    {
        var e = Single(Valid.Replace("nature: state\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal(RuleCodes.Missing, e.Code);
        Assert.Contains("'nature' is required", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_that_cannot_match_after_normalization_is_refused()
    {
        var e = Single(Valid.Replace("cues: [مقر بازرسی]", "cues: [مقر بازرسی, \"،\"]", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.CueCannotMatch, e.Code);
        Assert.Equal(new SourceLocation("rules/r.yaml", 8, 20), e.Location);
    }

    [Fact]
    public void A_duplicate_id_names_both_places()
    {
        var result = Load(("rules/a.yaml", Valid), ("rules/b.yaml", Valid));

        var e = Assert.Single(result.Errors);
        Assert.Equal(RuleCodes.DuplicateId, e.Code);
        Assert.Equal(new SourceLocation("rules/b.yaml", 1, 5), e.Location);
        Assert.Contains("rules/a.yaml:1:1", e.Message, StringComparison.Ordinal);
        Assert.Single(result.Rules.Rules); // the first still loads
    }

    [Fact]
    public void An_example_the_rule_cannot_match_fails_loudly()
    {
        var e = Single(Valid.Replace("value: 23", "value: 24", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.ExampleFailed, e.Code);
        Assert.Equal(new SourceLocation("rules/r.yaml", 12, 5), e.Location); // the example item
        Assert.Contains("must yield value 24, but yields value 23", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_none_example_that_yields_a_claim_fails()
    {
        var e = Single(Valid.Replace("    value: 23", "    none: true", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.ExampleFailed, e.Code);
        Assert.Contains("must yield no claim", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_located()
    {
        var e = Single("id: x\ncues: [a, b\nnature: event\n");

        Assert.Equal(RuleCodes.Syntax, e.Code);
        Assert.Equal("rules/r.yaml", e.Location.Path);
        Assert.True(e.Location.Line >= 2);
    }

    [Fact]
    public void A_second_document_in_a_rule_file_is_an_error_not_ignored()
    {
        var e = Single(Valid + "\n---\nid: second\n");

        Assert.Equal(RuleCodes.Syntax, e.Code);
        Assert.Equal(new SourceLocation("rules/r.yaml", 15, 1), e.Location);
        Assert.Contains("a second YAML document is not read", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(64, false)] // with the file's own mapping: 65 levels
    [InlineData(70_000, false)] // would overflow the loader's stack
    [InlineData(63, true)]
    public void Nesting_is_bounded_so_no_file_can_crash_the_loader(int depth, bool withinLimit)
    {
        var text = "id: x\ncues: " + new string('[', depth) + new string(']', depth) + "\n";

        var result = Load(("rules/r.yaml", text));

        Assert.Equal(withinLimit, !result.Errors.Any(e => e.Message.Contains("nested more than 64 levels", StringComparison.Ordinal)));
        Assert.False(result.IsValid); // a list of lists is no cue list either way
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_not_just_the_first()
    {
        var result = Load(("rules/r.yaml", "id: Bad_Id\nnature: eventt\nbogus: 1\n"));

        Assert.Contains(result.Errors, e => e.Code == RuleCodes.UnknownKey);
        Assert.Contains(result.Errors, e => e.Code == RuleCodes.BadEnum);
        Assert.Contains(result.Errors, e => e.Code == RuleCodes.BadValue && e.Message.Contains("kebab-case", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Code == RuleCodes.Missing && e.Message.Contains("examples", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_file_that_is_not_utf8_is_refused()
    {
        var result = RuleSetLoader.Load([("rules/r.yaml", [0x69, 0x64, 0x3A, 0x20, 0xFF])]);

        Assert.Equal("FC001", Assert.Single(result.Errors).Code);
    }
}
