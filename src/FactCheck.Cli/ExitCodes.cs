namespace FactCheck.Cli;

/// <summary>The same for every command and format: users' CI scripts depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>Done; nothing at or above the failing level.</summary>
    public const int Ok = 0;

    /// <summary>New findings at or above the failing level.</summary>
    public const int Findings = 1;

    /// <summary>FactCheck could not judge: bad input, rules or options.</summary>
    public const int CannotJudge = 2;
}
