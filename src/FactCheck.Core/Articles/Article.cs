using FactCheck.Text;

namespace FactCheck.Articles;

/// <summary>
/// An article: its whole file text (front matter included, so that lines and columns are the file's),
/// where the body starts, and its metadata.
/// </summary>
public sealed class Article
{
    private LineMap? _lines;
    private string? _body;

    public Article(string path, string text, int bodyStart, ArticleMetadata metadata, TextSpan? titleSpan = null)
    {
        Path = path;
        Text = text;
        BodyStart = bodyStart;
        Metadata = metadata;
        TitleSpan = titleSpan;
    }

    /// <summary>Relative, forward-slash path as reports print it.</summary>
    public string Path { get; }

    public string Text { get; }

    public int BodyStart { get; }

    /// <summary>Where the front matter's title stands in <see cref="Text"/>, when it is there verbatim.</summary>
    public TextSpan? TitleSpan { get; }

    public ArticleMetadata Metadata { get; }

    public string Body => _body ??= Text[BodyStart..];

    public LineMap Lines => _lines ??= new LineMap(Text);
}
