namespace FactCheck.Values.Dates;

public enum DurationUnit
{
    Day,
    Week,
    Month,
    Year,
    Hour,
    Minute,
    Second,
}
