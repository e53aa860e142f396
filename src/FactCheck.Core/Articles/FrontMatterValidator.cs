using FactCheck.Values.Dates;
using FluentValidation;

namespace FactCheck.Articles;

/// <summary>Checks front matter values, with messages a user can act on.</summary>
internal sealed class FrontMatterValidator : AbstractValidator<FrontMatterFields>
{
    public FrontMatterValidator()
    {
        RuleFor(f => f.Fields)
            .Custom((fields, context) =>
            {
                if (fields.TryGetValue("published", out var published))
                {
                    if (!PublicationDate.TryParse(published.Value, out _, out var error))
                    {
                        context.AddFailure("published", $"'published': {error}");
                    }
                }

                foreach (var key in new[] { "source", "title", "via" })
                {
                    if (fields.TryGetValue(key, out var f) && string.IsNullOrWhiteSpace(f.Value))
                    {
                        context.AddFailure(key, $"'{key}' is empty: give a value or remove the line");
                    }
                }

                if (fields.TryGetValue("url", out var url)
                    && !(Uri.TryCreate(url.Value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
                {
                    context.AddFailure("url", $"'url' must be an absolute http(s) address, not '{url.Value}'");
                }
            });
    }
}
