using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Herald.Web.Features.Settings;

internal sealed class IndexModel(UserManager<HeraldUser> users) : PageModel
{
    public string? Language { get; private set; }

    [TempData]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Language = user.PreferredLanguage;
        return Page();
    }

    public async Task<IActionResult> OnPostLanguageAsync(string? language)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        user.PreferredLanguage = language is "de" or "en" ? language : null;
        await users.UpdateAsync(user);
        LanguageCookie.Set(Response, user.PreferredLanguage);
        Saved = true;
        return RedirectToPage();
    }
}
