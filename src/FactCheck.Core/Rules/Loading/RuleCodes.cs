namespace FactCheck.Rules.Loading;

/// <summary>Stable codes of rule-file errors, as users' scripts and docs refer to them.</summary>
public static class RuleCodes
{
    public const string Syntax = "FC201";
    public const string UnknownKey = "FC202";
    public const string Missing = "FC203";
    public const string BadEnum = "FC204";
    public const string BadValue = "FC205";
    public const string DuplicateId = "FC206";
    public const string CueCannotMatch = "FC207";
    public const string ExampleFailed = "FC208";
}
