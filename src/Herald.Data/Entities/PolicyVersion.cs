namespace Herald.Data.Entities;

/// <summary>One saved version of the Guard policy (YAML). The highest id is the current policy.</summary>
public sealed class PolicyVersion
{
    public int Id { get; set; }

    public required string Yaml { get; set; }

    public string? Comment { get; set; }

    public string? CreatedById { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
