using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Features.Invitations;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Programme;

/// <summary>The programme lead's page: departments, people, invitations and who the ambassadors are. Nothing here shows anyone's drafts or findings.</summary>
[Authorize(Policy = PagesExtensions.ManageProgramme)]
internal sealed class IndexModel(
    HeraldDbContext db,
    InvitationService invitations,
    UserManager<HeraldUser> users,
    Audit audit,
    IStringLocalizer<SharedResource> text) : PageModel
{
    private const int MaxDepartmentNameLength = 100;
    private const int MaxMessageLength = 2000;

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public IReadOnlyList<AmbassadorRow> Ambassadors { get; private set; } = [];

    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddDepartmentAsync(string? departmentName, CancellationToken cancellationToken)
    {
        var name = departmentName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxDepartmentNameLength)
        {
            return await FailAsync(text["Please name the department (up to 100 characters)."], cancellationToken);
        }

        if (await db.Departments.AnyAsync(d => d.Name == name, cancellationToken))
        {
            return await FailAsync(text["This department already exists."], cancellationToken);
        }

        db.Departments.Add(new Department { Name = name });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(users.GetUserId(User), "department.created", name, cancellationToken);
        Notice = text["Saved."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSetDepartmentAsync(string personId, int departmentId, CancellationToken cancellationToken)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == departmentId, cancellationToken))
        {
            return NotFound();
        }

        var updated = await db.Users.Where(u => u.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DepartmentId, departmentId), cancellationToken);
        if (updated == 0)
        {
            return NotFound();
        }

        await audit.RecordAsync(users.GetUserId(User), "person.department-set", personId, cancellationToken);
        Notice = text["Saved."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostInviteAsync(string personId, string? message, CancellationToken cancellationToken)
    {
        if (message?.Length > MaxMessageLength)
        {
            return await FailAsync(text["Please keep the note under 2,000 characters."], cancellationToken);
        }

        switch (await invitations.InviteAsync(users.GetUserId(User)!, personId, message, cancellationToken))
        {
            case InvitationService.Outcome.Done:
                Notice = text["The invitation is on its way."];
                return RedirectToPage();
            case InvitationService.Outcome.AlreadyAmbassador:
                return await FailAsync(text["This person is already an ambassador."], cancellationToken);
            case InvitationService.Outcome.AlreadyInvited:
                return await FailAsync(text["This person already has an open invitation."], cancellationToken);
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken)
    {
        if (await invitations.WithdrawAsync(users.GetUserId(User)!, id, cancellationToken) != InvitationService.Outcome.Done)
        {
            return NotFound();
        }

        Notice = text["Saved."];
        return RedirectToPage();
    }

    private async Task<IActionResult> FailAsync(string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var ambassadorIds = (await users.GetUsersInRoleAsync(Roles.Ambassador)).Select(u => u.Id).ToHashSet();
        var invitedIds = (await db.Invitations.Where(i => i.Status == InvitationStatus.Pending).Select(i => i.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        People = [.. (await db.Users.AsNoTracking()
                .OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName, Department = u.Department!.Name })
                .ToListAsync(cancellationToken))
            .Select(u => new PersonRow(u.Id, u.DisplayName, u.Department, ambassadorIds.Contains(u.Id), invitedIds.Contains(u.Id)))];
        Ambassadors = await db.AmbassadorProfiles.AsNoTracking()
            .Select(p => new AmbassadorRow(p.User!.DisplayName, p.Title, p.User.Department!.Name))
            .ToListAsync(cancellationToken);
        Invitations = await db.Invitations.AsNoTracking()
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => new InvitationRow(i.Id, i.Person!.DisplayName, i.CreatedAt, i.Status))
            .ToListAsync(cancellationToken);
    }

    internal sealed record PersonRow(string Id, string Name, string? Department, bool IsAmbassador, bool IsInvited);

    internal sealed record AmbassadorRow(string Name, string Title, string? Department);

    internal sealed record InvitationRow(int Id, string Person, DateTime CreatedAt, InvitationStatus Status);
}
