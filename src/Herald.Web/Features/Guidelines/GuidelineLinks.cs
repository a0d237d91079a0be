using Herald.Data;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Guidelines;

/// <summary>
/// Which section of the current guidelines each finding category rests on. Parsed once per guideline
/// version and shared; asking costs one indexed query for the latest version id, like the Guard engine.
/// </summary>
internal sealed class GuidelineLinks
{
    private static readonly IReadOnlyDictionary<string, GuidelineSection> None = new Dictionary<string, GuidelineSection>();

    private volatile Snapshot? _current;

    public async Task<IReadOnlyDictionary<string, GuidelineSection>> CurrentAsync(HeraldDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.GuidelineVersions.AsNoTracking().OrderByDescending(g => g.Id).Select(g => (int?)g.Id).FirstOrDefaultAsync(cancellationToken) ?? 0;
        if (_current is { } current && current.VersionId == latest)
        {
            return current.ByCategory;
        }

        var byCategory = None;
        if (latest != 0)
        {
            var markdown = await db.GuidelineVersions.AsNoTracking().Where(g => g.Id == latest).Select(g => g.Markdown).SingleAsync(cancellationToken);
            byCategory = GuidelineMarkdown.Parse(markdown).ByCategory;
        }

        // Two requests may parse the same version at once; both results are equal, so the last one simply wins.
        _current = new Snapshot(latest, byCategory);
        return byCategory;
    }

    private sealed record Snapshot(int VersionId, IReadOnlyDictionary<string, GuidelineSection> ByCategory);
}
