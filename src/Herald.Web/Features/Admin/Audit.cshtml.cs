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

    public IReadOnlyList<Row> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await (from entry in db.AuditEntries.AsNoTracking()
                         join actor in db.Users on entry.ActorId equals actor.Id into actors
                         from actor in actors.DefaultIfEmpty()
                         orderby entry.Id descending
                         select new Row(entry.At, actor == null ? null : actor.DisplayName, entry.Action, entry.Target))
            .Take(Shown)
            .ToListAsync(cancellationToken);

    internal sealed record Row(DateTime At, string? Actor, string Action, string? Target);
}
