using FactCheck.Gate;

namespace FactCheck.Reporting;

/// <summary>One output format of <c>check</c>. Each writes the same <see cref="GateResult"/>; none decides the exit code.</summary>
public interface IGateFormatter
{
    void Write(Stream output, GateResult result);
}
