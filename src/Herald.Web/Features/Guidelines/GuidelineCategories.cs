using Herald.Guard;

namespace Herald.Web.Features.Guidelines;

/// <summary>The finding categories a guideline section can be linked to, by their wire names (secret, personal-data …).</summary>
internal static class GuidelineCategories
{
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<FindingCategory>().Select(c => c.ToWireName())];
}
