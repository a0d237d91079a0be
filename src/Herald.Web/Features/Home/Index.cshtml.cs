using Herald.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Herald.Web.Features.Home;

internal sealed class IndexModel(UserManager<HeraldUser> users) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public async Task OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        DisplayName = user?.DisplayName ?? User.Identity?.Name ?? string.Empty;
    }
}
