namespace Herald.Scout;

/// <summary>A personal invitation draft for the programme lead to review and send. Opt-in: it asks, it never enrols.</summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The text, in the informal "du" in German.</param>
public sealed record Invitation(ScoutText Subject, ScoutText Body);
