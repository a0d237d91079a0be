namespace Herald.Data.Entities;

/// <summary>A personal API token for integrations. Shown once when created; only its hash is stored.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public HeraldUser? User { get; set; }

    /// <summary>What the owner calls it, e.g. "CI pipeline".</summary>
    public required string Name { get; set; }

    /// <summary>The first characters of the token, so the owner can recognise it in a list.</summary>
    public required string Prefix { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
