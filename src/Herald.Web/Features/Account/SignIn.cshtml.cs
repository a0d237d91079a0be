using System.ComponentModel.DataAnnotations;
using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Herald.Web.Features.Account;

[EnableRateLimiting(ProtectionExtensions.SignInLimit)]
internal sealed class SignInModel(
    SignInManager<HeraldUser> signIn,
    IOptions<OpenIdConnectSettings> sso,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public Credentials Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? SingleSignOn => sso.Value.Enabled ? sso.Value.DisplayName : null;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await signIn.UserManager.FindByNameAsync(Input.Email);
            LanguageCookie.Set(Response, user?.PreferredLanguage);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? text["Too many failed attempts. This account is locked for 15 minutes; try again later or ask an administrator."]
            : text["The email or the password is not right. Please try again."]);
        return Page();
    }

    public IActionResult OnPostExternal()
    {
        if (SingleSignOn is null)
        {
            return NotFound();
        }

        var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectDefaults.AuthenticationScheme, "/account/sso?returnUrl=" + Uri.EscapeDataString(ReturnUrl ?? "/"));
        return Challenge(properties, OpenIdConnectDefaults.AuthenticationScheme);
    }

    internal sealed class Credentials
    {
        [Required(ErrorMessage = "Please enter your email address.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Please enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }
}
