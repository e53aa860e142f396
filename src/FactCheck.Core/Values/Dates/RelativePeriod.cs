namespace FactCheck.Values.Dates;

/// <summary>هفته گذشته، ماه جاری، سال آینده: a period counted from the one that holds the publication date.</summary>
internal sealed record RelativePeriod(DatePrecision Unit, int Offset);
