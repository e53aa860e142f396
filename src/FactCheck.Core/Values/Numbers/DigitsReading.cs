namespace FactCheck.Values.Numbers;

/// <summary>
/// A digit run read as a number: its value, the place of its last written digit (the rounding
/// resolution), and for times, dates and ranges the groups.
/// </summary>
internal readonly record struct DigitsReading(DigitsShape Shape, decimal Value, decimal Resolution, int[] Groups, char Separator)
{
    public static readonly DigitsReading None = new(DigitsShape.Other, 0, 0, [], '\0');
}
