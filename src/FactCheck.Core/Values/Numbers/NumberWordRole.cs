namespace FactCheck.Values.Numbers;

internal enum NumberWordRole
{
    /// <summary>0..999: یک، بیست، یکصد، هفتصد.</summary>
    Small,

    /// <summary>A multiplier: هزار، میلیون، میلیارد، تریلیون.</summary>
    Scale,

    /// <summary>نیم: a half, as in یک و نیم میلیون.</summary>
    Half,

    /// <summary>An honest interval, not a number: ده‌ها، صدها، هزاران.</summary>
    Vague,
}
