using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Herald.Web.Features.Guidelines;

/// <summary>
/// Renders guideline Markdown to HTML that is safe to show: raw HTML in the source is escaped, and links
/// other than http(s), mailto and same-site paths are dropped. Headings get ids — the GitHub slug of their
/// title, or a stable one written as <c>{#id}</c> at the end of the heading — so findings can link to a section.
/// An optional front matter maps the Guard's finding categories to sections:
/// <code>
/// ---
/// findings:
///   secret: zugangsdaten
///   personal-data: daten-anderer
/// ---
/// </code>
/// </summary>
internal static class GuidelineMarkdown
{
    private const string FindingsKey = "findings:";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        // Last, as Markdig requires; only heading ids survive (see Sanitize).
        .UseGenericAttributes()
        .Build();

    public static string ToHtml(string markdown) => Parse(markdown).Html;

    public static GuidelineDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        Sanitize(document);
        var sections = document.Descendants<HeadingBlock>()
            .Select(h => (Id: h.TryGetAttributes()?.Id, Title: PlainText(h.Inline)))
            .Where(h => !string.IsNullOrEmpty(h.Id))
            .Select(h => new GuidelineSection(h.Id!, h.Title))
            .DistinctBy(s => s.Anchor, StringComparer.Ordinal)
            .ToList();

        var errors = new List<GuidelineProblem>();
        var byCategory = new Dictionary<string, GuidelineSection>(StringComparer.Ordinal);
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter)
        {
            ReadFindings(frontMatter, sections, byCategory, errors);
        }

        return new GuidelineDocument(document.ToHtml(Pipeline), sections, byCategory, errors);
    }

    /// <summary>Reads <c>findings:</c> (category → section anchor) from the front matter; other keys are left alone.</summary>
    private static void ReadFindings(YamlFrontMatterBlock frontMatter, List<GuidelineSection> sections, Dictionary<string, GuidelineSection> byCategory, List<GuidelineProblem> errors)
    {
        var inFindings = false;
        foreach (var line in frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(l => l.Slice.ToString()))
        {
            if (line.Trim() is "" or "---" or "..." || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                inFindings = line.Trim() == FindingsKey;
                continue;
            }

            if (!inFindings)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var category = (colon < 0 ? line : line[..colon]).Trim();
            var anchor = colon < 0 ? string.Empty : line[(colon + 1)..].Trim().Trim('"', '\'').TrimStart('#');
            if (!GuidelineCategories.All.Contains(category))
            {
                errors.Add(new GuidelineProblem("findings: “{0}” is not a finding category. Use {1}.", category, string.Join(", ", GuidelineCategories.All)));
            }
            else if (anchor.Length == 0)
            {
                errors.Add(new GuidelineProblem("findings: “{0}” names no section. Write the anchor of its heading, for example {0}: zugangsdaten.", category));
            }
            else if (sections.Find(s => s.Anchor == anchor) is { } section)
            {
                byCategory[category] = section;
            }
            else
            {
                errors.Add(new GuidelineProblem("findings: there is no heading “#{0}” for “{1}”. The headings' anchors are: {2}.", anchor, category, string.Join(", ", sections.Select(s => s.Anchor))));
            }
        }
    }

    private static void Sanitize(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is not { } attributes)
            {
                continue;
            }

            // {…} attributes are for stable heading ids only: classes, other attributes (onclick=…) and ids
            // elsewhere are dropped, so the guidelines cannot script or restyle the page.
            attributes.Classes?.Clear();
            attributes.Properties?.Clear();
            if (node is not HeadingBlock)
            {
                attributes.Id = null;
            }
        }

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
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants<Inline>() ?? [])
        {
            if (node is LiteralInline literal)
            {
                text.Append(literal.Content.ToString());
            }
            else if (node is CodeInline code)
            {
                text.Append(code.Content);
            }
        }

        return text.ToString().Trim();
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
