namespace FactCheck.Rules;

/// <summary>Where a cue must stand relative to its value.</summary>
public enum CueSide
{
    /// <summary>Cue first: «بیانیه روز ۹ نوامبر».</summary>
    Before,

    /// <summary>Value first: «۲۳ مقر بازرسی».</summary>
    After,

    /// <summary>Either side; the nearer wins.</summary>
    Either,
}
