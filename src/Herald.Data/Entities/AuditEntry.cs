namespace Herald.Data.Entities;

/// <summary>An administrative action: who did what to which record. Never holds draft text or secrets.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; } = DateTime.UtcNow;

    /// <summary>The acting user, or null for Herald itself (e.g. at start-up).</summary>
    public string? ActorId { get; set; }

    /// <summary>A stable action name such as <c>user.created</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The affected record, e.g. a user id.</summary>
    public string? Target { get; set; }
}
