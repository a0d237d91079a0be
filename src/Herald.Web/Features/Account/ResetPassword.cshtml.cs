using System.ComponentModel.DataAnnotations;
using System.Text;
using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Herald.Web.Features.Account;

/// <summary>
/// Where a password reset link from an administrator leads: the person chooses a new password. The link works
/// once (setting the password changes the security stamp it is bound to) and expires after a day.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ProtectionExtensions.SignInLimit)]
internal sealed class ResetPasswordModel(UserManager<HeraldUser> users, Audit audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPassword Input { get; set; } = new();

    public bool LinkIsValid { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync() => LinkIsValid = await FindAsync() is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var found = await FindAsync();
        LinkIsValid = found is not null;
        if (found is not var (user, token) || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        // A reset is the way back in: a lockout from earlier failed attempts ends with it.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(user.Id, "user.password-reset", user.Id, cancellationToken);
        Done = true;
        return Page();
    }

    private async Task<(HeraldUser User, string Token)?> FindAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) || await users.FindByIdAsync(UserId) is not { } user)
        {
            return null;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token));
        }
        catch (FormatException)
        {
            return null;
        }

        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<HeraldUser>.ResetPasswordTokenPurpose, token);
        return valid ? (user, token) : null;
    }

    internal sealed class NewPassword
    {
        [Required(ErrorMessage = "Please choose a password.")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "The password needs at least 12 characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }
}
