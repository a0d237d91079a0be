using Herald.Data;
using Herald.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Herald.Web.Features.Studio;

[Authorize(Roles = Roles.Ambassador)]
internal sealed class IndexModel(DraftStore drafts, UserManager<HeraldUser> users) : PageModel
{
    public IReadOnlyList<DraftSummary> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Drafts = await drafts.ListAsync(users.GetUserId(User)!, cancellationToken);

    public async Task<IActionResult> OnPostNewAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.CreateAsync(users.GetUserId(User)!, string.Empty, cancellationToken);
        return Redirect($"/studio/{draft.Id}");
    }
}
