namespace Herald.Web.Features.Scout;

/// <summary>What the programme lead chose for a run.</summary>
/// <param name="Share">The share of staff to suggest, 0.01 to 0.10.</param>
/// <param name="DepartmentCoverage">Scout's λ: how much covering one more department counts against score.</param>
/// <param name="TopicTerms">The topic terms; empty for the built-in cyber-security vocabulary.</param>
/// <param name="Language">"de" or "en": the language of the invitation drafts.</param>
internal sealed record ScoutRunSettings(double Share, double DepartmentCoverage, IReadOnlyList<string> TopicTerms, string Language);
