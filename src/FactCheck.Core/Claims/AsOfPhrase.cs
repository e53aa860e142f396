namespace FactCheck.Claims;

/// <summary>
/// An as-of phrase of a sentence, tokens [First, End): «تا ساعت ۱۷ امروز» names a day and a time;
/// «تا این لحظه» (<see cref="Now"/>) means the moment of writing.
/// </summary>
/// <param name="DayOfWriting">The phrase names a time but no day («تا ساعت ۲۳»): its day is the day of publication, or the one before.</param>
internal readonly record struct AsOfPhrase(int First, int End, DateOnly? Day, ClockRange? Time, bool Now, bool DayOfWriting = false)
{
    public bool Covers(int token) => token >= First && token < End;
}
