namespace Herald.Web.Features.Guidelines;

/// <summary>A heading of the guidelines: its anchor (the id on the page) and its title as plain text.</summary>
internal sealed record GuidelineSection(string Anchor, string Title)
{
    /// <summary>Where the section is shown: the current guidelines page, at the heading.</summary>
    public string Url => "/guidelines#" + Uri.EscapeDataString(Anchor);
}
