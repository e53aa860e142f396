namespace FactCheck.Xunit;

/// <summary>A fact whose sources disagree, a rule example that does not hold, or a run FactCheck could not judge: the test fails with this message.</summary>
public sealed class FactCheckFailure : Exception
{
    public FactCheckFailure(string message)
        : base(message)
    {
    }

    public FactCheckFailure()
    {
    }

    public FactCheckFailure(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>No stack trace: the message says where (file:line:col); a trace into FactCheck would only hide it.</summary>
    public override string? StackTrace => null;
}
