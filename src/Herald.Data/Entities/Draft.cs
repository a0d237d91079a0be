namespace Herald.Data.Entities;

/// <summary>
/// A post an ambassador is writing. Private to its author: every query that reads or changes a draft
/// is filtered by <see cref="AuthorId"/>, and no page or endpoint lists anyone else's drafts.
/// </summary>
public sealed class Draft
{
    public int Id { get; set; }

    public required string AuthorId { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Counts saves, so an older autosave arriving late never overwrites a newer one.</summary>
    public int Revision { get; set; }

    /// <summary>
    /// The Guard categories raised while this draft was written (wire names, comma-separated). Private to the
    /// author like the draft; used once, on publication, to count the risks that were fixed.
    /// </summary>
    public string RaisedCategories { get; set; } = string.Empty;

    public DateTime? PublishedAt { get; set; }

    /// <summary>The published post's address, pasted back by the author.</summary>
    public string? PublishedUrl { get; set; }
}
