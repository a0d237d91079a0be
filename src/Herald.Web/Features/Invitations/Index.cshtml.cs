using Herald.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Herald.Web.Features.Invitations;

/// <summary>The signed-in person's own invitations; anyone else's invitation id is simply not found.</summary>
internal sealed class IndexModel(InvitationService invitations, UserManager<HeraldUser> users, SignInManager<HeraldUser> signIn) : PageModel
{
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Invitations = await invitations.PendingForAsync(users.GetUserId(User)!, cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken cancellationToken)
    {
        if (await invitations.AcceptAsync(users.GetUserId(User)!, id, cancellationToken) != InvitationService.Outcome.Done)
        {
            return NotFound();
        }

        // The new role takes effect now, without signing out and in again.
        var user = await users.GetUserAsync(User);
        await signIn.RefreshSignInAsync(user!);
        return Redirect("/profile?welcome=true");
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken cancellationToken) =>
        await invitations.DeclineAsync(users.GetUserId(User)!, id, cancellationToken) == InvitationService.Outcome.Done
            ? Redirect("/")
            : NotFound();
}
