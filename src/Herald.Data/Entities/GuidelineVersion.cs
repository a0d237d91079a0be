namespace Herald.Data.Entities;

/// <summary>One published version of the programme's guidelines (Markdown). The highest id is current.</summary>
public sealed class GuidelineVersion
{
    public int Id { get; set; }

    public required string Markdown { get; set; }

    /// <summary>What changed, in a sentence.</summary>
    public string? Comment { get; set; }

    public string? PublishedById { get; set; }

    public DateTime PublishedAt { get; set; } = DateTime.UtcNow;
}
