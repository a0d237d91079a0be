using Herald.Data.Entities;
using Herald.Web.Features.ApiTokens;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Settings;

internal sealed class IndexModel(UserManager<HeraldUser> users, ApiTokenService tokens, IStringLocalizer<SharedResource> text) : PageModel
{
    private const int MaxTokenNameLength = 100;

    public string? Language { get; private set; }

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>A token just created: shown on this one response and never again.</summary>
    public string? NewToken { get; private set; }

    [TempData]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateTokenAsync(string? tokenName, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User)!;
        if (string.IsNullOrWhiteSpace(tokenName) || tokenName.Length > MaxTokenNameLength)
        {
            ModelState.AddModelError(string.Empty, text["Please name the token (up to 100 characters), so you recognise it later."]);
            return await ShowAsync(cancellationToken);
        }

        // Rendered directly rather than redirected, so the token never sits in a cookie or a URL.
        NewToken = await tokens.CreateAsync(userId, tokenName.Trim(), cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync(users.GetUserId(User)!, id, cancellationToken))
        {
            return NotFound();
        }

        Saved = true;
        return RedirectToPage();
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

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Language = user.PreferredLanguage;
        Tokens = await tokens.ListAsync(user.Id, cancellationToken);
        return Page();
    }
}
