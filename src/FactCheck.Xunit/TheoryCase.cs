using Xunit.Abstractions;

namespace FactCheck.Xunit;

/// <summary>
/// What the theory arguments of this package share: a stable name (what <c>dotnet test --filter</c>
/// and a test explorer show), and serialization by the attribute's path and that name, so a test
/// explorer lists every case and runs any one alone; the case is found again in the run of that path
/// (one per path and test run).
/// </summary>
public abstract class TheoryCase : IXunitSerializable
{
    private protected TheoryCase()
    {
    }

    private protected TheoryCase(string path, string name)
    {
        AttributePath = path;
        Name = name;
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Whether <c>Verify</c> fails.</summary>
    public abstract bool Fails { get; }

    /// <summary>The path the attribute was given.</summary>
    private protected string AttributePath { get; private set; } = string.Empty;

    public override string ToString() => Name;

    void IXunitSerializable.Serialize(IXunitSerializationInfo info)
    {
        info.AddValue("path", AttributePath);
        info.AddValue("name", Name);
    }

    void IXunitSerializable.Deserialize(IXunitSerializationInfo info)
    {
        AttributePath = info.GetValue<string>("path");
        Name = info.GetValue<string>("name");
        Find();
    }

    /// <summary>After deserialization: finds the case named <see cref="Name"/> in the run of <see cref="AttributePath"/>.</summary>
    private protected abstract void Find();

    /// <summary>Theory rows: the cases, after one that stands for a run that could not be judged, if any.</summary>
    internal static IEnumerable<object[]> Rows(IEnumerable<TheoryCase> cases, TheoryCase? couldNotJudge) =>
        [.. (couldNotJudge is null ? cases : cases.Prepend(couldNotJudge)).Select(c => new object[] { c })];
}
