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

    /// <summary>The unit a code names, as reports write it (claims read back from data); null for a code no unit has.</summary>
    public static Unit? FromCode(string code) =>
        Known.FirstOrDefault(u => u.Code == code) ?? (code.Length == 3 && code.All(char.IsAsciiLetterUpper) ? Money(code) : null);

    public override string ToString() => Code;

    private static readonly Unit[] Known = [Person, Tonne, Hectare, Kilometre, Percent, Day, Week, Month, Year, Hour, Minute, Second, Richter, Litre, Megawatt];
}
