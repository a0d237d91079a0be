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

    internal IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(RoleTitle))
        {
            yield return "the role title must not be empty.";
        }
        else if (RoleTitle.Contains("influenc", StringComparison.OrdinalIgnoreCase))
        {
            // Principle 1: the programme is about dialogue and expertise; the word itself is never shown, not even here.
            yield return "choose a role title that names the expertise, such as \"Cyber-Security Expert\"; the programme never uses that word for people.";
        }

        if (!(HoursPerWeek > 0 && HoursPerWeek <= 40))
        {
            yield return "the time budget must be more than 0 and at most 40 hours a week.";
        }
    }
}
