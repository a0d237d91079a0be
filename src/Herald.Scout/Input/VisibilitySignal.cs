namespace Herald.Scout;

/// <summary>A sign that a person is already visible outside the company: a talk, a publication, a public profile.</summary>
/// <param name="Id">The person's id.</param>
/// <param name="Signal">A short description, such as <c>talk</c> or <c>LinkedIn profile</c>.</param>
public sealed record VisibilitySignal(string Id, string Signal);
