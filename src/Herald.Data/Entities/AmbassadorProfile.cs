namespace Herald.Data.Entities;

/// <summary>What an ambassador chose when joining: their public title, topics, agreed time and a buddy.</summary>
public sealed class AmbassadorProfile
{
    /// <summary>The title suggested until the ambassador picks their own.</summary>
    public const string DefaultTitle = "Cyber-Security Expert";

    public required string UserId { get; set; }

    public HeraldUser? User { get; set; }

    public string Title { get; set; } = DefaultTitle;

    /// <summary>Topics, one per line, e.g. "phishing", "network security".</summary>
    public string Topics { get; set; } = string.Empty;

    /// <summary>Hours per week agreed with their manager.</summary>
    public decimal WeeklyHours { get; set; }

    /// <summary>Another ambassador, from a different department.</summary>
    public string? BuddyId { get; set; }

    public HeraldUser? Buddy { get; set; }

    public DateTime JoinedAt { get; set; } = DateTime.UtcNow;
}
