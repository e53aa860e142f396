namespace FactCheck.Claims;

/// <summary>
/// Reads an article's bytes. <paramref name="buffer"/> is lent by the caller for reuse across
/// articles; the reader may read into it (replacing it with a larger array when the article does
/// not fit) or return other memory altogether. The bytes are read before the next call.
/// </summary>
public delegate ReadOnlyMemory<byte> ArticleBytesReader(string path, ref byte[] buffer);
