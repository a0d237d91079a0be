using System.Security.Claims;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Herald.Web.Features.Account;

/// <summary>
/// Where single sign-on returns. A known login signs in; otherwise an account with the same verified
/// email is linked, or a new employee account is created (roles are then given by an administrator).
/// </summary>
[AllowAnonymous]
internal sealed class SingleSignOnModel(SignInManager<HeraldUser> signIn, Audit audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var login = await signIn.GetExternalLoginInfoAsync();
        if (login is null)
        {
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(login.LoginProvider, login.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        if (result.IsLockedOut)
        {
            return Page();
        }

        var email = login.Principal.FindFirstValue(ClaimTypes.Email);
        if (string.IsNullOrWhiteSpace(email))
        {
            return Page();
        }

        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new HeraldUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = login.Principal.FindFirstValue("name") ?? login.Principal.FindFirstValue(ClaimTypes.Name) ?? email,
            };
            if (!(await users.CreateAsync(user)).Succeeded || !(await users.AddToRoleAsync(user, Roles.Employee)).Succeeded)
            {
                return Page();
            }

            await audit.RecordAsync(user.Id, "user.created-by-sso", user.Id, cancellationToken);
        }

        if (!(await users.AddLoginAsync(user, login)).Succeeded)
        {
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        LanguageCookie.Set(Response, user.PreferredLanguage);
        return LocalRedirect(target);
    }
}
