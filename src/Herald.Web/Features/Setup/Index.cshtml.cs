using System.ComponentModel.DataAnnotations;
using Herald.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Herald.Web.Features.Setup;

[EnableRateLimiting(Infrastructure.ProtectionExtensions.SignInLimit)]
internal sealed class IndexModel(FirstAdministrator setup, SignInManager<HeraldUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewAdministrator Input { get; set; } = new();

    public bool LinkIsValid { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        LinkIsValid = await setup.IsValidAsync(Token, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        LinkIsValid = await setup.IsValidAsync(Token, cancellationToken);
        if (!LinkIsValid || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await setup.CreateAsync(Token!, Input.Email, Input.DisplayName, Input.Password, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            LinkIsValid = await setup.IsValidAsync(Token, cancellationToken);
            return Page();
        }

        await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: false);
        return LocalRedirect("/");
    }

    internal sealed class NewAdministrator
    {
        [Required(ErrorMessage = "Please enter your name.")]
        [StringLength(200, ErrorMessage = "Please keep the name under 200 characters.")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Please enter your email address.")]
        [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Please choose a password.")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "The password needs at least 12 characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }
}
