namespace Herald.Web.Features.Guidelines;

/// <summary>A guideline version rendered: its safe HTML, its sections, which section each finding category rests on, and any problems with that mapping.</summary>
internal sealed record GuidelineDocument(
    string Html,
    IReadOnlyList<GuidelineSection> Sections,
    IReadOnlyDictionary<string, GuidelineSection> ByCategory,
    IReadOnlyList<GuidelineProblem> Problems);
