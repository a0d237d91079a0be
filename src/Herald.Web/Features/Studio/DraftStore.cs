using Herald.Data;
using Herald.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Studio;

/// <summary>
/// Drafts, always through their author. Every method takes the acting user's id and filters by it, so a
/// draft id of someone else behaves exactly like an id that does not exist.
/// </summary>
internal sealed class DraftStore(HeraldDbContext db)
{
    // Enough of the first line to recognise a draft in the author's own list.
    private const int PreviewLength = 120;
    private const int MaxUrlLength = 2000;

    public enum Outcome
    {
        Done,
        NotFound,
        Stale,
    }

    public Task<List<DraftSummary>> ListAsync(string authorId, CancellationToken cancellationToken) =>
        db.Drafts.AsNoTracking()
            .Where(d => d.AuthorId == authorId)
            .OrderByDescending(d => d.UpdatedAt)
            .Select(d => new DraftSummary(d.Id, d.Text.Length > PreviewLength ? d.Text.Substring(0, PreviewLength) : d.Text, d.UpdatedAt, d.PublishedAt, d.PublishedUrl))
            .ToListAsync(cancellationToken);

    public Task<Draft?> GetAsync(string authorId, int id, CancellationToken cancellationToken) =>
        db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.AuthorId == authorId, cancellationToken);

    public async Task<Draft> CreateAsync(string authorId, string text, CancellationToken cancellationToken)
    {
        var draft = new Draft { AuthorId = authorId, Text = text, Revision = 1 };
        db.Drafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>Saves a new text if <paramref name="revision"/> is newer than the stored one (autosaves may arrive out of order).</summary>
    public async Task<(Outcome Outcome, int Revision)> SaveAsync(string authorId, int id, string text, int revision, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var updated = await db.Drafts
            .Where(d => d.Id == id && d.AuthorId == authorId && d.Revision < revision)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Text, text).SetProperty(d => d.Revision, revision).SetProperty(d => d.UpdatedAt, now), cancellationToken);
        if (updated == 1)
        {
            return (Outcome.Done, revision);
        }

        var current = await db.Drafts.Where(d => d.Id == id && d.AuthorId == authorId).Select(d => (int?)d.Revision).SingleOrDefaultAsync(cancellationToken);
        return current is null ? (Outcome.NotFound, 0) : (Outcome.Stale, current.Value);
    }

    public async Task<Outcome> MarkPublishedAsync(string authorId, int id, string url, CancellationToken cancellationToken) =>
        await db.Drafts
            .Where(d => d.Id == id && d.AuthorId == authorId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.PublishedUrl, url).SetProperty(d => d.PublishedAt, DateTime.UtcNow), cancellationToken) == 1
            ? Outcome.Done
            : Outcome.NotFound;

    public async Task<Outcome> DeleteAsync(string authorId, int id, CancellationToken cancellationToken) =>
        await db.Drafts.Where(d => d.Id == id && d.AuthorId == authorId).ExecuteDeleteAsync(cancellationToken) == 1
            ? Outcome.Done
            : Outcome.NotFound;

    /// <summary>Whether <paramref name="url"/> is a web address worth storing as "published at".</summary>
    public static bool IsPublishedUrl(string? url) =>
        url is { Length: <= MaxUrlLength } && Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttps;

}
