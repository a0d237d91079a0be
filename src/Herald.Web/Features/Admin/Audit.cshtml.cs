using Herald.Data;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Admin;

[Authorize(Policy = PagesExtensions.Administer)]
internal sealed class AuditModel(HeraldDbContext db) : PageModel
{
    // One screen of recent history; older entries stay in the database.
    private const int Shown = 200;

    // What each recorded action means, as the administrator reads it (keys of the shared resources).
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["setup.first-administrator"] = "First administrator created",
        ["user.created"] = "Account created",
        ["user.created-by-sso"] = "Account created at first single sign-on",
        ["user.created-by-scout"] = "Account created for a Scout invitation",
        ["user.roles-changed"] = "Roles changed",
        ["user.unlocked"] = "Account unlocked",
        ["user.password-reset-link"] = "Password reset link issued",
        ["user.password-reset"] = "Password reset with a link",
        ["person.department-set"] = "Department set",
        ["department.created"] = "Department created",
        ["invitation.sent"] = "Invitation sent out",
        ["invitation.accepted"] = "Invitation accepted",
        ["invitation.withdrawn"] = "Invitation withdrawn",
        ["guidelines.published"] = "Guidelines published",
        ["policy.saved"] = "Policy saved",
        ["scout.run-created"] = "Scout shortlist created",
        ["scout.candidate-removed"] = "Removed from a Scout shortlist",
        ["scout.candidate-restored"] = "Put back on a Scout shortlist",
        ["scout.candidate-added"] = "Added to a Scout shortlist",
        ["scout.invitations-sent"] = "Scout invitations sent",
        ["scout.run-discarded"] = "Scout shortlist discarded",
    };

    public IReadOnlyList<Row> Entries { get; private set; } = [];

    /// <summary>The resource key that describes <paramref name="action"/>, or null for an action without one.</summary>
    public static string? Describe(string action) => Descriptions.GetValueOrDefault(action);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await (from entry in db.AuditEntries.AsNoTracking()
                         join actor in db.Users on entry.ActorId equals actor.Id into actors
                         from actor in actors.DefaultIfEmpty()
                         join subject in db.Users on entry.Target equals subject.Id into subjects
                         from subject in subjects.DefaultIfEmpty()
                         orderby entry.Id descending
                         select new Row(entry.At, actor == null ? null : actor.DisplayName, entry.Action, subject == null ? entry.Target : subject.DisplayName))
            .Take(Shown)
            .ToListAsync(cancellationToken);

    internal sealed record Row(DateTime At, string? Actor, string Action, string? Target);
}
