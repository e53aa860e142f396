using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Diagnostics;
using FactCheck.Text;
using FluentValidation;
using FluentValidation.Results;

namespace FactCheck.Rules.Loading;

/// <summary>
/// Checks a rule file strictly, as the best linters do: unknown keys, missing fields, bad enum values
/// ("expected one of …, did you mean …"), numbers and dates that do not parse, and cues that can never
/// match after normalization. Each failure's property name is its location key in the draft.
/// </summary>
internal sealed partial class RuleDraftValidator : AbstractValidator<RuleDraft>
{
    public static readonly string[] ValueTypes = ["quantity", "date", "duration"];
    public static readonly string[] DimensionNames = ["count", "people", "mass", "area", "length", "ratio", "money", "magnitude", "volume", "power"];
    public static readonly string[] CueSides = ["before", "after", "either"];
    public static readonly string[] Natures = ["event", "state", "cumulative"];
    public static readonly string[] Periods = ["month", "year"];
    public static readonly string[] Booleans = ["true", "false"];

    public RuleDraftValidator()
    {
        RuleFor(d => d).Custom((d, context) =>
        {
            foreach (var (where, key, allowed) in d.UnknownKeys)
            {
                Fail(context, where, RuleCodes.UnknownKey, $"unknown key '{key}': {Suggestions.OneOf(allowed)}{Suggestions.DidYouMean(key, allowed)}");
            }

            foreach (var (where, expected) in d.ShapeErrors)
            {
                Fail(context, where, RuleCodes.BadValue, $"expected {expected}");
            }

            if (string.IsNullOrWhiteSpace(d.Id))
            {
                Fail(context, "Id", RuleCodes.Missing, "'id' is required: a kebab-case name such as 'demined-area'");
            }
            else if (!KebabCase().IsMatch(d.Id))
            {
                Fail(context, "Id", RuleCodes.BadValue, $"'id' must be kebab-case (lowercase words joined by '-'), not '{d.Id}'");
            }

            if (!d.HasTitle || string.IsNullOrWhiteSpace(d.TitleFa) || string.IsNullOrWhiteSpace(d.TitleEn))
            {
                Fail(context, d.HasTitle ? (string.IsNullOrWhiteSpace(d.TitleFa) ? "TitleFa" : "TitleEn") : RuleFileReader.Root,
                    RuleCodes.Missing, "'title' needs both 'fa' and 'en'");
            }

            if (!d.HasValue || d.ValueType is null)
            {
                Fail(context, d.HasValue ? "ValueType" : RuleFileReader.Root, RuleCodes.Missing, $"'value: type:' is required: {Suggestions.OneOf(ValueTypes)}");
            }
            else
            {
                Enum(context, "ValueType", "value type", d.ValueType, ValueTypes);
                if (d.RelativeDays is not null)
                {
                    Enum(context, "RelativeDays", "relative-days", d.RelativeDays, Booleans);
                    if (d.ValueType != "date")
                    {
                        Fail(context, "RelativeDays", RuleCodes.BadValue, "'relative-days' applies to dates only: remove it or make 'type: date'");
                    }
                }

                if (d.ValueType == "quantity" && d.Dimensions.Count == 0)
                {
                    Fail(context, "ValueType", RuleCodes.Missing, $"a quantity needs 'dimensions': {Suggestions.OneOf(DimensionNames)}");
                }

                for (var i = 0; i < d.Dimensions.Count; i++)
                {
                    Enum(context, $"Dimensions[{i}]", "dimension", d.Dimensions[i], DimensionNames);
                }
            }

            if (d.Cues.Count == 0)
            {
                Fail(context, d.Locations.ContainsKey("Cues") ? "Cues" : RuleFileReader.Root, RuleCodes.Missing, "'cues' is required: the words that must stand near the value");
            }

            Phrases(context, "Cues", d.Cues);
            Phrases(context, "Veto", d.Veto);
            Phrases(context, "Context", d.Context);
            if (d.CueSide is not null)
            {
                Enum(context, "CueSide", "cue side", d.CueSide, CueSides);
            }

            Integer(context, "CueWindow", d.CueWindow, 0, 60);
            Integer(context, "AsOfWindow", d.AsOfWindow, 0, 3660);
            Integer(context, "SameEventWithin", d.SameEventWithin, 0, 3660);
            Date(context, "ScopeFrom", d.ScopeFrom);
            Date(context, "ScopeTo", d.ScopeTo);
            Number(context, "ScopeMin", d.ScopeMin);
            Number(context, "ScopeMax", d.ScopeMax);
            Number(context, "Tolerance", d.Tolerance);
            if (d.Tolerance is not null && decimal.TryParse(d.Tolerance, NumberStyles.Number, CultureInfo.InvariantCulture, out var tolerance)
                && (tolerance < 0 || tolerance > 366))
            {
                Fail(context, "Tolerance", RuleCodes.BadValue, "'tolerance' is a fraction for amounts (0.05 = 5%) or whole days for dates, from 0 to 366");
            }
            if (d.Nature is null)
            {
                Fail(context, RuleFileReader.Root, RuleCodes.Missing, $"'nature' is required: {Suggestions.OneOf(Natures)}");
            }
            else
            {
                Enum(context, "Nature", "nature", d.Nature, Natures);
            }

            KeyParts(context, d);
            Examples(context, d);
            for (var i = 0; i < d.Implies.Count; i++)
            {
                var implication = d.Implies[i];
                if (string.IsNullOrWhiteSpace(implication.Fact) || (implication.CountingBackFrom is null) == (implication.CountingOnFrom is null))
                {
                    Fail(context, $"Implies[{i}]", RuleCodes.BadValue, "an implication needs 'fact' and exactly one of 'counting-back-from' or 'counting-on-from'");
                }
                else if (d.ValueType != "duration")
                {
                    Fail(context, $"Implies[{i}]", RuleCodes.BadValue, "only a duration rule can imply a date by counting from another fact");
                }
            }
        });
    }

    private static void KeyParts(ValidationContext<RuleDraft> context, RuleDraft d)
    {
        for (var i = 0; i < d.Key.Count; i++)
        {
            var part = d.Key[i];
            var where = $"Key[{i}]";
            if (string.IsNullOrWhiteSpace(part.Name))
            {
                Fail(context, where, RuleCodes.Missing, "a key part needs a 'name'");
            }

            var sources = new object?[] { part.Text, part.DateAfter, part.Names, part.Period }.Count(s => s is not null);
            if (sources != 1)
            {
                Fail(context, where, RuleCodes.BadValue, "a key part takes exactly one of 'text', 'date-after', 'names', 'period'");
            }

            Phrases(context, where + ".DateAfter", part.DateAfter ?? []);
            Phrases(context, where + ".Names", part.Names ?? [], KeyPart.SameName);
            if (part.Period is not null)
            {
                Enum(context, where + ".Period", "period", part.Period, Periods);
            }

            if (part.Required is not null)
            {
                Enum(context, where + ".Required", "required", part.Required, Booleans);
            }
        }
    }

    private static void Examples(ValidationContext<RuleDraft> context, RuleDraft d)
    {
        if (d.Examples.Count == 0)
        {
            Fail(context, d.Locations.ContainsKey("Examples") ? "Examples" : RuleFileReader.Root, RuleCodes.Missing,
                "'examples' is required: at least one sentence and the claim it must yield");
        }

        for (var i = 0; i < d.Examples.Count; i++)
        {
            var e = d.Examples[i];
            var where = $"Examples[{i}]";
            if (string.IsNullOrWhiteSpace(e.Text))
            {
                Fail(context, where, RuleCodes.Missing, "an example needs 'text'");
            }

            if (new[] { e.Value, e.Date, e.None == "true" ? e.None : null }.Count(x => x is not null) != 1)
            {
                Fail(context, where, RuleCodes.BadValue, "an example takes exactly one of 'value', 'date' or 'none: true'");
            }

            Number(context, where + ".Value", e.Value);
            Date(context, where + ".Date", e.Date);
            Date(context, where + ".Published", e.Published);
            if (e.None is not null)
            {
                Enum(context, where + ".None", "none", e.None, Booleans);
            }
        }
    }

    /// <param name="spellings">For names: the character that joins spellings of one name, each of which must match.</param>
    private static void Phrases(ValidationContext<RuleDraft> context, string where, List<string> phrases, char? spellings = null)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            var parts = spellings is { } joiner ? phrases[i].Split(joiner) : [phrases[i]];
            var matchable = parts.All(Matchable);

            if (!matchable)
            {
                Fail(context, $"{where}[{i}]", RuleCodes.CueCannotMatch,
                    $"'{phrases[i]}' can never match: after normalization it must be words, starting with a letter (punctuation, digits and empty phrases never stand in text where a word is looked for)");
            }
        }
    }

    // Phrases are looked for where a word starts; digits are read as values first.
    private static bool Matchable(string phrase)
    {
        var tokens = TokenizedText.From(phrase);
        var matchable = tokens.Count > 0 && tokens.Tokens[0].Kind == TokenKind.Word;
        foreach (var token in tokens.Tokens)
        {
            matchable &= token.Kind is TokenKind.Word or TokenKind.Digits;
        }

        return matchable;
    }

    private static void Enum(ValidationContext<RuleDraft> context, string where, string what, string value, string[] allowed)
    {
        if (!allowed.Contains(value))
        {
            Fail(context, where, RuleCodes.BadEnum, $"'{value}' is not a {what}: {Suggestions.OneOf(allowed)}{Suggestions.DidYouMean(value, allowed)}");
        }
    }

    private static void Integer(ValidationContext<RuleDraft> context, string where, string? value, int min, int max)
    {
        if (value is not null && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max))
        {
            Fail(context, where, RuleCodes.BadValue, $"expected a whole number from {min} to {max}, not '{value}'");
        }
    }

    private static void Number(ValidationContext<RuleDraft> context, string where, string? value)
    {
        if (value is not null && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            Fail(context, where, RuleCodes.BadValue, $"expected a number (such as 0.05 or 48000), not '{value}'");
        }
    }

    private static void Date(ValidationContext<RuleDraft> context, string where, string? value)
    {
        if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Fail(context, where, RuleCodes.BadValue, $"expected a date as yyyy-MM-dd, not '{value}'");
        }
    }

    private static void Fail(ValidationContext<RuleDraft> context, string where, string code, string message) =>
        context.AddFailure(new ValidationFailure(where, message) { ErrorCode = code });

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
