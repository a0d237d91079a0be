namespace Herald.Data.Entities;

/// <summary>A person has read and acknowledged one version of the guidelines.</summary>
public sealed class GuidelineAcknowledgement
{
    public required string UserId { get; set; }

    public int GuidelineVersionId { get; set; }

    public DateTime AcknowledgedAt { get; set; } = DateTime.UtcNow;
}
