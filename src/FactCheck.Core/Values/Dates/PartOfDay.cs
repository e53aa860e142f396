namespace FactCheck.Values.Dates;

/// <summary>A part of the day named in the text (بامداد، صبح، ظهر، عصر، شامگاه، شب).</summary>
public enum PartOfDay
{
    /// <summary>بامداد، سحر: from midnight to sunrise.</summary>
    Dawn,

    /// <summary>صبح، پیش از ظهر.</summary>
    Morning,

    /// <summary>ظهر: around midday.</summary>
    Noon,

    /// <summary>بعدازظهر، عصر.</summary>
    Afternoon,

    /// <summary>غروب، شامگاه.</summary>
    Evening,

    /// <summary>شب، نیمه‌شب.</summary>
    Night,
}
