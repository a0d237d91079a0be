namespace Herald.Data.Entities;

/// <summary>
/// The one-time link that creates the first administrator. Only the SHA-256 hash of the token is
/// stored; the token itself is printed once to the console when Herald starts.
/// </summary>
public sealed class SetupToken
{
    public int Id { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? UsedAt { get; set; }
}
