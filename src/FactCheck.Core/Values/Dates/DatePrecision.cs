namespace FactCheck.Values.Dates;

/// <summary>How much of a date the text commits to.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}
