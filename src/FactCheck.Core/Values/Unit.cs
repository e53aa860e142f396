namespace FactCheck.Values;

/// <summary>A canonical unit. Values are always converted to it (کیلوگرم to tonnes, کیلومتر مربع to hectares).</summary>
public sealed record Unit(string Code, Dimension Dimension)
{
    public static readonly Unit Person = new("person", Dimension.People);
    public static readonly Unit Tonne = new("t", Dimension.Mass);
    public static readonly Unit Hectare = new("ha", Dimension.Area);
    public static readonly Unit Kilometre = new("km", Dimension.Length);
    public static readonly Unit Percent = new("%", Dimension.Ratio);
    public static readonly Unit Day = new("day", Dimension.Time);
    public static readonly Unit Week = new("week", Dimension.Time);
    public static readonly Unit Month = new("month", Dimension.Time);
    public static readonly Unit Year = new("year", Dimension.Time);
    public static readonly Unit Hour = new("hour", Dimension.Time);
    public static readonly Unit Minute = new("minute", Dimension.Time);
    public static readonly Unit Second = new("second", Dimension.Time);
    public static readonly Unit Richter = new("richter", Dimension.Magnitude);
    public static readonly Unit Litre = new("l", Dimension.Volume);
    public static readonly Unit Megawatt = new("MW", Dimension.Power);

    /// <summary>Money in an ISO 4217 code; تومان is kept as IRT, as Iranian newsrooms use it.</summary>
    public static Unit Money(string isoCode) => new(isoCode, Dimension.Money);

    public override string ToString() => Code;
}
