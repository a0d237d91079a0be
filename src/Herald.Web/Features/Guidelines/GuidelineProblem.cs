namespace Herald.Web.Features.Guidelines;

/// <summary>A problem in the guidelines' front matter: a resource key (English text with {0} placeholders) and its values.</summary>
internal sealed record GuidelineProblem(string Text, params string[] Values);
