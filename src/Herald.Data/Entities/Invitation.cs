namespace Herald.Data.Entities;

/// <summary>A programme lead's personal invitation to join the programme as an ambassador.</summary>
public sealed class Invitation
{
    public int Id { get; set; }

    /// <summary>The invited person.</summary>
    public required string PersonId { get; set; }

    public HeraldUser? Person { get; set; }

    public required string InvitedById { get; set; }

    public HeraldUser? InvitedBy { get; set; }

    /// <summary>A personal note from the programme lead.</summary>
    public string? Message { get; set; }

    public InvitationStatus Status { get; set; } = InvitationStatus.Pending;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? RespondedAt { get; set; }
}
