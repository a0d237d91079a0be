using Herald.Web.Features.Demo;
using Herald.Web.Features.Guidelines;

namespace Herald.Web.Tests.Guidelines;

public sealed class GuidelineMarkdownTests
{
    [Fact]
    public void Demo_guidelines_link_every_finding_category_to_a_section_that_is_rendered()
    {
        var guidelines = GuidelineMarkdown.Parse(DemoGuidelines.Markdown);

        Assert.Empty(guidelines.Problems);
        Assert.Equal(GuidelineCategories.All.Order(StringComparer.Ordinal), guidelines.ByCategory.Keys.Order(StringComparer.Ordinal));
        foreach (var section in guidelines.ByCategory.Values)
        {
            Assert.Contains($" id=\"{section.Anchor}\">{section.Title}</h3>", guidelines.Html, StringComparison.Ordinal);
        }

        Assert.Equal(new GuidelineSection("zugangsdaten", "Zugangsdaten und Tokens"), guidelines.ByCategory["secret"]);
        Assert.Equal("/guidelines#zugangsdaten", guidelines.ByCategory["secret"].Url);
        Assert.DoesNotContain("findings:", guidelines.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_without_an_explicit_anchor_are_linked_by_their_slug()
    {
        var guidelines = GuidelineMarkdown.Parse("""
            ---
            findings:
              insider: "#ruhephase-vor-den-zahlen"
            ---
            ## Ruhephase vor den Zahlen
            """);

        Assert.Empty(guidelines.Problems);
        Assert.Equal(new GuidelineSection("ruhephase-vor-den-zahlen", "Ruhephase vor den Zahlen"), guidelines.ByCategory["insider"]);
    }

    [Fact]
    public void Attributes_other_than_heading_anchors_are_dropped()
    {
        var html = GuidelineMarkdown.ToHtml("""
            ## Sicher {#sicher .big onclick="alert(1)" style="color:red"}

            Ein Absatz {#main-form}

            *betont*{onmouseover=alert(2)}
            """);

        Assert.Contains("<h2 id=\"sicher\">Sicher</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("main-form", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secrets: zugangsdaten", "“secrets” is not a finding category")]
    [InlineData("secret:", "“secret” names no section")]
    [InlineData("secret: passwoerter", "there is no heading “#passwoerter” for “secret”")]
    public void A_mapping_that_cannot_be_followed_is_a_problem(string mapping, string expected)
    {
        var guidelines = GuidelineMarkdown.Parse($"""
            ---
            findings:
              {mapping}
            ---
            ## Zugangsdaten {"{#zugangsdaten}"}
            """);

        var problem = Assert.Single(guidelines.Problems);
        Assert.Contains(expected, string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Text, problem.Values), StringComparison.Ordinal);
        Assert.Empty(guidelines.ByCategory);
    }
}
