using Herald.Data;
using Herald.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Home;

/// <summary>
/// The start page, by role. An ambassador sees their own drafts and guideline status; a programme lead
/// sees the programme in aggregate only — counts, never a list of anyone's drafts or findings.
/// </summary>
internal sealed class IndexModel(HeraldDbContext db, UserManager<HeraldUser> users) : PageModel
{
    // A year of monthly figures is enough to see a trend without becoming a performance chart of people.
    private const int MonthsShown = 12;

    public string DisplayName { get; private set; } = string.Empty;

    public int OpenInvitations { get; private set; }

    public AmbassadorHome? Ambassador { get; private set; }

    public ProgrammeHome? Programme { get; private set; }

    public PolicyHome? Policy { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return;
        }

        DisplayName = user.DisplayName;
        OpenInvitations = await db.Invitations.CountAsync(i => i.PersonId == user.Id && i.Status == InvitationStatus.Pending, cancellationToken);
        var currentGuidelines = await db.GuidelineVersions.OrderByDescending(g => g.Id).Select(g => (int?)g.Id).FirstOrDefaultAsync(cancellationToken);

        if (User.IsInRole(Roles.Ambassador))
        {
            var drafts = await db.Drafts.AsNoTracking()
                .Where(d => d.AuthorId == user.Id && d.PublishedAt == null)
                .OrderByDescending(d => d.UpdatedAt)
                .Take(5)
                .Select(d => new DraftLink(d.Id, d.Text.Length > 80 ? d.Text.Substring(0, 80) : d.Text))
                .ToListAsync(cancellationToken);
            var read = currentGuidelines is null
                || await db.GuidelineAcknowledgements.AnyAsync(a => a.UserId == user.Id && a.GuidelineVersionId == currentGuidelines, cancellationToken);
            var topics = await db.AmbassadorProfiles.Where(p => p.UserId == user.Id).Select(p => p.Topics).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
            Ambassador = new AmbassadorHome(drafts, read, [.. topics.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
        }

        if (User.IsInRole(Roles.ProgrammeLead) || User.IsInRole(Roles.Administrator))
        {
            var byDepartment = (await db.AmbassadorProfiles.AsNoTracking().Select(p => p.User!.Department!.Name).ToListAsync(cancellationToken))
                .GroupBy(name => name ?? string.Empty)
                .Select(g => new Count(g.Key, g.Count()))
                .OrderByDescending(c => c.Value)
                .ToList();
            var invitations = (await db.Invitations.AsNoTracking().Select(i => i.Status).ToListAsync(cancellationToken))
                .GroupBy(s => s)
                .ToDictionary(g => g.Key, g => g.Count());
            var since = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1 - MonthsShown);
            var published = (await db.Drafts.AsNoTracking().Where(d => d.PublishedAt >= since).Select(d => d.PublishedAt!.Value).ToListAsync(cancellationToken))
                .GroupBy(at => new DateOnly(at.Year, at.Month, 1))
                .OrderBy(g => g.Key)
                .Select(g => new MonthCount(g.Key, g.Count()))
                .ToList();
            var ambassadors = db.AmbassadorProfiles.Select(p => p.UserId);
            var readCurrent = currentGuidelines is null ? 0 : await db.GuidelineAcknowledgements.CountAsync(a => a.GuidelineVersionId == currentGuidelines && ambassadors.Contains(a.UserId), cancellationToken);
            Programme = new ProgrammeHome(
                byDepartment,
                byDepartment.Sum(c => c.Value),
                invitations.GetValueOrDefault(InvitationStatus.Pending),
                invitations.GetValueOrDefault(InvitationStatus.Accepted),
                invitations.GetValueOrDefault(InvitationStatus.Declined),
                published,
                readCurrent);
        }

        if (User.IsInRole(Roles.SecurityOwner) || User.IsInRole(Roles.Administrator))
        {
            var version = await db.PolicyVersions.AsNoTracking().OrderByDescending(p => p.Id).Select(p => new { p.Id, p.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
            var since = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1 - DateTime.UtcNow.Day).AddMonths(1 - MonthsShown);
            var caught = (await db.RiskTallies.AsNoTracking().Where(t => t.Month >= since).Select(t => new { t.Category, t.Count }).ToListAsync(cancellationToken))
                .GroupBy(t => t.Category)
                .Select(g => new Count(g.Key, g.Sum(t => t.Count)))
                .OrderByDescending(c => c.Value)
                .ToList();
            Policy = new PolicyHome(version?.Id, version?.CreatedAt, caught);
        }
    }

    internal sealed record DraftLink(int Id, string Preview);

    internal sealed record AmbassadorHome(IReadOnlyList<DraftLink> Drafts, bool ReadCurrentGuidelines, IReadOnlyList<string> Topics);

    internal sealed record Count(string Name, int Value);

    internal sealed record MonthCount(DateOnly Month, int Value);

    internal sealed record ProgrammeHome(
        IReadOnlyList<Count> AmbassadorsByDepartment,
        int Ambassadors,
        int OpenInvitations,
        int AcceptedInvitations,
        int DeclinedInvitations,
        IReadOnlyList<MonthCount> PublishedPerMonth,
        int ReadCurrentGuidelines);

    internal sealed record PolicyHome(int? Version, DateTime? SavedAt, IReadOnlyList<Count> RisksCaught);
}
