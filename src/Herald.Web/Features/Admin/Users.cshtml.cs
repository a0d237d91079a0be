using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Admin;

/// <summary>
/// Administrators add people, unlock locked-out accounts, issue password reset links and change roles.
/// Every change is audit-logged; no one can remove the last administrator or their own administrator role.
/// </summary>
[Authorize(Policy = PagesExtensions.Administer)]
internal sealed class UsersModel(HeraldDbContext db, UserManager<HeraldUser> users, SignInManager<HeraldUser> signIn, Audit audit, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The roles an administrator assigns. Everyone is an employee; people become ambassadors only by accepting an invitation.</summary>
    public static IReadOnlyList<string> AssignableRoles { get; } = [Roles.Administrator, Roles.ProgrammeLead, Roles.SecurityOwner];

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [BindProperty]
    public NewUser Input { get; set; } = new();

    [TempData]
    public string? Created { get; set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>A password reset link just issued: shown once in this response, never stored or redirected through a cookie.</summary>
    public ResetLink? IssuedLink { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Ambassadors are never appointed: they accept an invitation (opt-in).
        var roles = Input.Roles.Where(AssignableRoles.Contains).Append(Roles.Employee).Distinct().ToList();
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

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(users.GetUserId(User), "user.unlocked", user.Id, cancellationToken);
        Notice = string.Format(CultureInfo.CurrentCulture, text["{0} can sign in again."], user.DisplayName);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        // A new security stamp makes every earlier reset link invalid (and signs the person out elsewhere):
        // only the link shown now works, once, until it expires.
        await users.UpdateSecurityStampAsync(user);
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = $"{Request.Scheme}://{Request.Host}/account/reset-password?user={Uri.EscapeDataString(user.Id)}&token={token}";
        await audit.RecordAsync(users.GetUserId(User), "user.password-reset-link", user.Id, cancellationToken);
        IssuedLink = new ResetLink(user.DisplayName, link, IdentityExtensions.ResetLinkLifetime);
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, List<string> roles, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        var wanted = roles.Where(AssignableRoles.Contains).ToHashSet(StringComparer.Ordinal);
        var me = users.GetUserId(User);
        bool changed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Two administrators who demote each other at the same moment would each count two administrators and
            // leave none. So every role change first writes the administrator role's row: on PostgreSQL that row lock,
            // on SQLite the database's write lock, holds the next change back until this one commits, and the roles
            // and the count below are read after any change before it (a conditional statement alone would not do:
            // under PostgreSQL's READ COMMITTED two of them count from snapshots that miss each other's removal).
            await db.Roles.Where(r => r.Name == Roles.Administrator)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.ConcurrencyStamp, r => r.ConcurrencyStamp), cancellationToken);

            var current = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
            var removesAdministrator = current.Contains(Roles.Administrator) && !wanted.Contains(Roles.Administrator);
            if (removesAdministrator && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count <= 1)
            {
                return await RefuseAsync(text["Herald needs at least one administrator. Make someone else an administrator first."], cancellationToken);
            }

            if (removesAdministrator && user.Id == me)
            {
                return await RefuseAsync(text["You cannot remove your own administrator role: another administrator has to do that."], cancellationToken);
            }

            var remove = AssignableRoles.Where(r => current.Contains(r) && !wanted.Contains(r)).ToList();
            var add = AssignableRoles.Where(r => wanted.Contains(r) && !current.Contains(r)).Append(Roles.Employee).Where(r => !current.Contains(r)).ToList();
            if (remove.Count > 0)
            {
                await users.RemoveFromRolesAsync(user, remove);
            }

            if (add.Count > 0)
            {
                await users.AddToRolesAsync(user, add);
            }

            changed = remove.Count > 0 || add.Count > 0;
            if (changed)
            {
                // The person's sessions pick up the new roles at the next security stamp check (within a minute, see
                // IdentityExtensions) rather than keeping the old ones for the cookie's lifetime.
                await users.UpdateSecurityStampAsync(user);
                await audit.RecordAsync(me, "user.roles-changed", user.Id, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (changed && user.Id == me)
        {
            // One's own session is renewed now.
            await signIn.RefreshSignInAsync(user);
        }

        Notice = string.Format(CultureInfo.CurrentCulture, text["The roles of {0} are saved."], user.DisplayName);
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(string message, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var people = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd }).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        Users = [.. people.Select(p => new UserRow(p.Id, p.DisplayName, p.Email, [.. roles.Where(r => r.UserId == p.Id).Select(r => r.Name!)], p.LockoutEnd > now))];
    }

    internal sealed record UserRow(string Id, string DisplayName, string? Email, IReadOnlyList<string> Roles, bool LockedOut);

    internal sealed record ResetLink(string DisplayName, string Url, TimeSpan ValidFor);

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
