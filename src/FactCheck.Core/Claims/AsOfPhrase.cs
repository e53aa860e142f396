namespace FactCheck.Claims;

/// <summary>
/// An as-of phrase of a sentence, tokens [First, End): «تا ساعت ۱۷ امروز» names a day and a time;
/// «تا این لحظه» (<see cref="Now"/>) means the moment of writing.
/// </summary>
internal readonly record struct AsOfPhrase(int First, int End, DateOnly? Day, ClockRange? Time, bool Now)
{
    public bool Covers(int token) => token >= First && token < End;
}
