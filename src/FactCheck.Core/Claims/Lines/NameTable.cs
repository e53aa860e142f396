namespace FactCheck.Claims.Lines;

/// <summary>
/// Reads back the names a closed set is written with: built from the one function that names each
/// member (<see cref="Values.ValueNames"/>), so writing and reading can never drift apart.
/// </summary>
internal static class NameTable
{
    public static IReadOnlyDictionary<string, T> Of<T>(Func<T, string?> name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (Name: name(v), Value: v)).Where(p => p.Name is not null).ToDictionary(p => p.Name!, p => p.Value, StringComparer.Ordinal);
}
