using Herald.Data;
using Herald.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Home;

internal sealed class IndexModel(HeraldDbContext db, UserManager<HeraldUser> users) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public int OpenInvitations { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        DisplayName = user?.DisplayName ?? User.Identity?.Name ?? string.Empty;
        OpenInvitations = user is null ? 0 : await db.Invitations.CountAsync(i => i.PersonId == user.Id && i.Status == InvitationStatus.Pending, cancellationToken);
    }
}
