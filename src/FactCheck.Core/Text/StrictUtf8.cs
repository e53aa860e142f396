using System.Buffers;
using System.Text;
using System.Text.Unicode;
using FactCheck.Diagnostics;

namespace FactCheck.Text;

/// <summary>Decodes UTF-8 and refuses invalid bytes, naming the byte offset, line and column.</summary>
public static class StrictUtf8
{
    public const string InvalidUtf8Code = "FC001";

    public static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        // A byte-order mark is allowed and not part of the text.
        var bom = bytes.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        bytes = bytes[bom..];

        // One pass validates and decodes (GetString would validate twice more: to check, then to count).
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? new string(chars, 0, written) : throw Invalid(bytes, chars, read, written, bom, path);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static FactCheckException Invalid(ReadOnlySpan<byte> bytes, char[] chars, int read, int written, int bom, string path)
    {
        // Locate the bad byte by the text decoded before it.
        var before = new string(chars, 0, written);
        var map = new LineMap(before);
        var (line, column) = map.Locate(before.Length);
        return new FactCheckException(
            InvalidUtf8Code,
            new SourceLocation(path, line, column),
            $"invalid UTF-8 at byte offset {bom + read} (byte 0x{bytes[read]:X2}); FactCheck reads UTF-8 text only: re-save the file as UTF-8");
    }

    /// <summary>Reads a whole stream and decodes it strictly.</summary>
    public static string Decode(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), path);
    }
}
