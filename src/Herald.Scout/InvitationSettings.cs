namespace Herald.Scout;

/// <summary>What the invitation drafts say about the role.</summary>
public sealed record InvitationSettings
{
    /// <summary>The title of the role, the same in both languages. Default "Cyber-Security Expert".</summary>
    public string RoleTitle { get; init; } = "Cyber-Security Expert";

    /// <summary>The time budget offered, in hours per week, agreed with the manager. Default 2.</summary>
    public double HoursPerWeek { get; init; } = 2;

    /// <summary>What the experts share knowledge about, as it fits into a sentence. Default "cyber security" / "Cyber-Sicherheit".</summary>
    public ScoutText Topic { get; init; } = new("cyber security", "Cyber-Sicherheit");

    /// <summary>Who signs the drafts; null signs as the programme team.</summary>
    public string? Sender { get; init; }

    internal IEnumerable<ScoutText> Validate()
    {
        if (string.IsNullOrWhiteSpace(RoleTitle))
        {
            yield return new("the role title must not be empty.", "der Rollentitel darf nicht leer sein.");
        }
        else if (RoleTitle.Contains("influenc", StringComparison.OrdinalIgnoreCase))
        {
            // Principle 1: the programme is about dialogue and expertise; the word itself is never shown, not even here.
            yield return new(
                "choose a role title that names the expertise, such as \"Cyber-Security Expert\"; the programme never uses that word for people.",
                "wähle einen Rollentitel, der die Expertise benennt, etwa „Cyber-Security Expert“; das Programm nennt Menschen nie so.");
        }

        if (!(HoursPerWeek > 0 && HoursPerWeek <= 40))
        {
            yield return new(
                "the time budget must be more than 0 and at most 40 hours a week.",
                "das Zeitbudget muss mehr als 0 und höchstens 40 Stunden pro Woche betragen.");
        }
    }
}
