namespace FactCheck.Values;

/// <summary>How firmly the text states an amount: «بیش از»، «دست‌کم»، «حدود» and their kin.</summary>
public enum Qualifier
{
    Exact,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    About,

    /// <summary>«نزدیک به ۱۰ هزار»: just under the figure, not far below it.</summary>
    Nearly,
}
