using System.ComponentModel.DataAnnotations;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Admin;

[Authorize(Policy = PagesExtensions.Administer)]
internal sealed class UsersModel(HeraldDbContext db, UserManager<HeraldUser> users, Audit audit) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [BindProperty]
    public NewUser Input { get; set; } = new();

    [TempData]
    public string? Created { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Ambassadors are never appointed: they accept an invitation (opt-in).
        var roles = Input.Roles.Where(r => Roles.All.Contains(r) && r != Roles.Ambassador).Append(Roles.Employee).Distinct().ToList();
        if (ModelState.IsValid)
        {
            var user = new HeraldUser { UserName = Input.Email, Email = Input.Email, DisplayName = Input.DisplayName, EmailConfirmed = true };
            var result = await users.CreateAsync(user, Input.Password);
            if (result.Succeeded)
            {
                await users.AddToRolesAsync(user, roles);
                await audit.RecordAsync(users.GetUserId(User), "user.created", user.Id, cancellationToken);
                Created = Input.DisplayName;
                return RedirectToPage();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var people = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        Users = [.. people.Select(p => new UserRow(p.DisplayName, p.Email, [.. roles.Where(r => r.UserId == p.Id).Select(r => r.Name!)]))];
    }

    internal sealed record UserRow(string DisplayName, string? Email, IReadOnlyList<string> Roles);

    internal sealed class NewUser
    {
        [Required(ErrorMessage = "Please enter a name.")]
        [StringLength(200, ErrorMessage = "Please keep the name under 200 characters.")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Please enter an email address.")]
        [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Please choose a password.")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "The password needs at least 12 characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        public List<string> Roles { get; set; } = [];
    }
}
