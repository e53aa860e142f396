using FactCheck.Values.Dates;

namespace FactCheck.Rules;

/// <summary>One part of a fact's key: claims with the same rule and key are about the same fact.</summary>
/// <param name="Words">The phrases of a <c>names</c> or <c>date-after</c> part; a name may list its spellings joined by <see cref="SameName"/>.</param>
public sealed record KeyPart(string Name, KeyPartKind Kind, string? Text, IReadOnlyList<string> Words, DatePrecision Period, bool Required)
{
    /// <summary>Joins spellings of one name in a <c>names</c> entry («سیل = سیلاب»); the key shows the first.</summary>
    public const char SameName = '=';
}
