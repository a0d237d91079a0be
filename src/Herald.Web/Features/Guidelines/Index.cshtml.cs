using Herald.Data;
using Herald.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Guidelines;

/// <summary>Everyone reads the current guidelines and acknowledges them; leads see how many ambassadors have, never who has not.</summary>
internal sealed class IndexModel(HeraldDbContext db, UserManager<HeraldUser> users) : PageModel
{
    public GuidelineVersion? Current { get; private set; }

    public string Html { get; private set; } = string.Empty;

    public bool Acknowledged { get; private set; }

    public bool CanEdit => User.IsInRole(Roles.ProgrammeLead) || User.IsInRole(Roles.Administrator);

    public int AcknowledgedCount { get; private set; }

    public int AmbassadorCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = users.GetUserId(User)!;
        Current = await db.GuidelineVersions.AsNoTracking().OrderByDescending(g => g.Id).FirstOrDefaultAsync(cancellationToken);
        if (Current is null)
        {
            return;
        }

        Html = GuidelineMarkdown.ToHtml(Current.Markdown);
        Acknowledged = await db.GuidelineAcknowledgements.AnyAsync(a => a.UserId == me && a.GuidelineVersionId == Current.Id, cancellationToken);
        if (CanEdit)
        {
            var ambassadors = db.AmbassadorProfiles.Select(p => p.UserId);
            AmbassadorCount = await ambassadors.CountAsync(cancellationToken);
            AcknowledgedCount = await db.GuidelineAcknowledgements.CountAsync(a => a.GuidelineVersionId == Current.Id && ambassadors.Contains(a.UserId), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(int version, CancellationToken cancellationToken)
    {
        var me = users.GetUserId(User)!;
        var current = await db.GuidelineVersions.OrderByDescending(g => g.Id).Select(g => (int?)g.Id).FirstOrDefaultAsync(cancellationToken);
        if (current != version)
        {
            // Only the current version can be acknowledged; an older page shows the new one.
            return RedirectToPage();
        }

        if (!await db.GuidelineAcknowledgements.AnyAsync(a => a.UserId == me && a.GuidelineVersionId == version, cancellationToken))
        {
            db.GuidelineAcknowledgements.Add(new GuidelineAcknowledgement { UserId = me, GuidelineVersionId = version });
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToPage();
    }
}
