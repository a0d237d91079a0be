using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Herald.Web.Features.Guidelines;

/// <summary>
/// Renders guideline Markdown to HTML that is safe to show: raw HTML in the source is escaped, and links
/// other than http(s), mailto and same-site paths are dropped. Headings get ids, so findings can link to a section.
/// </summary>
internal static class GuidelineMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = string.Empty;
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = string.Empty;
            }
        }

        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        if (url.StartsWith('#') || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeMailto);
    }
}
