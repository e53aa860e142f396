using FactCheck.Text;

namespace FactCheck.Values;

/// <summary>A value recognized in text, with its span in the original text.</summary>
public abstract record Value(ValueKind Kind, TextSpan Span);
