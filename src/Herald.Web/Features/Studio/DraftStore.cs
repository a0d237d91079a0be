using Herald.Data;
using Herald.Data.Entities;
using Herald.Guard;
using Herald.Web.Features.Policy;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Studio;

/// <summary>
/// Drafts, always through their author. Every method takes the acting user's id and filters by it, so a
/// draft id of someone else behaves exactly like an id that does not exist.
/// </summary>
internal sealed class DraftStore(HeraldDbContext db, GuardEngines engines)
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
        var draft = new Draft { AuthorId = authorId, Text = text, Revision = 1, RaisedCategories = Join(await CategoriesAsync(text, cancellationToken)) };
        db.Drafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>Saves a new text if <paramref name="revision"/> is newer than the stored one (autosaves may arrive out of order).</summary>
    public async Task<(Outcome Outcome, int Revision)> SaveAsync(string authorId, int id, string text, int revision, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var raisedBefore = await db.Drafts.Where(d => d.Id == id && d.AuthorId == authorId).Select(d => d.RaisedCategories).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        var raised = Join(Split(raisedBefore).Union(await CategoriesAsync(text, cancellationToken)));
        var updated = await db.Drafts
            .Where(d => d.Id == id && d.AuthorId == authorId && d.Revision < revision)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Text, text).SetProperty(d => d.Revision, revision).SetProperty(d => d.UpdatedAt, now).SetProperty(d => d.RaisedCategories, raised),
                cancellationToken);
        if (updated == 1)
        {
            return (Outcome.Done, revision);
        }

        var current = await db.Drafts.Where(d => d.Id == id && d.AuthorId == authorId).Select(d => (int?)d.Revision).SingleOrDefaultAsync(cancellationToken);
        return current is null ? (Outcome.NotFound, 0) : (Outcome.Stale, current.Value);
    }

    /// <summary>
    /// Marks the draft published. The first time, every category the Guard raised while it was written and
    /// that the published text no longer has counts as a risk caught before publication (anonymously).
    /// </summary>
    public async Task<Outcome> MarkPublishedAsync(string authorId, int id, string url, CancellationToken cancellationToken)
    {
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.Id == id && d.AuthorId == authorId, cancellationToken);
        if (draft is null)
        {
            return Outcome.NotFound;
        }

        var now = DateTime.UtcNow;
        if (draft.PublishedAt is null)
        {
            var caught = Split(draft.RaisedCategories).Except(await CategoriesAsync(draft.Text, cancellationToken)).ToList();
            var month = new DateOnly(now.Year, now.Month, 1);
            foreach (var category in caught)
            {
                var tally = await db.RiskTallies.SingleOrDefaultAsync(t => t.Month == month && t.Category == category, cancellationToken);
                if (tally is null)
                {
                    db.RiskTallies.Add(new RiskTally { Month = month, Category = category, Count = 1 });
                }
                else
                {
                    tally.Count++;
                }
            }

            draft.PublishedAt = now;
        }

        draft.PublishedUrl = url;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done;
    }

    public async Task<Outcome> DeleteAsync(string authorId, int id, CancellationToken cancellationToken) =>
        await db.Drafts.Where(d => d.Id == id && d.AuthorId == authorId).ExecuteDeleteAsync(cancellationToken) == 1
            ? Outcome.Done
            : Outcome.NotFound;

    private async Task<IEnumerable<string>> CategoriesAsync(string text, CancellationToken cancellationToken)
    {
        var engine = await engines.CurrentAsync(db, cancellationToken);
        return engine.Check(text).Findings.Where(f => f.Severity != Severity.Hint).Select(f => f.Category.ToWireName()).Distinct();
    }

    private static string[] Split(string categories) => categories.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static string Join(IEnumerable<string> categories) => string.Join(',', categories.Distinct().Order(StringComparer.Ordinal));

    /// <summary>Whether <paramref name="url"/> is a web address worth storing as "published at".</summary>
    public static bool IsPublishedUrl(string? url) =>
        url is { Length: <= MaxUrlLength } && Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttps;

}
