using System.ComponentModel.DataAnnotations;
using Herald.Data;
using Herald.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Profile;

/// <summary>An ambassador edits their own profile; there is no way to address anyone else's.</summary>
[Authorize(Roles = Roles.Ambassador)]
internal sealed class IndexModel(HeraldDbContext db, UserManager<HeraldUser> users, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public IReadOnlyList<BuddyCandidate> BuddyCandidates { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Welcome { get; set; }

    [TempData]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var profile = await MineAsync(cancellationToken);
        Input = new ProfileInput { Title = profile.Title, Topics = profile.Topics, WeeklyHours = profile.WeeklyHours, BuddyId = profile.BuddyId };
        await LoadCandidatesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadCandidatesAsync(cancellationToken);
        if (Input.BuddyId is not null && !BuddyCandidates.Any(c => c.Id == Input.BuddyId))
        {
            ModelState.AddModelError("Input.BuddyId", text["Please choose a buddy who is an ambassador in another department."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var profile = await MineAsync(cancellationToken);
        profile.Title = Input.Title.Trim();
        profile.Topics = Input.Topics?.Trim() ?? string.Empty;
        profile.WeeklyHours = Input.WeeklyHours;
        profile.BuddyId = Input.BuddyId;
        await db.SaveChangesAsync(cancellationToken);
        Saved = true;
        return RedirectToPage();
    }

    private async Task<AmbassadorProfile> MineAsync(CancellationToken cancellationToken)
    {
        var me = users.GetUserId(User)!;
        var profile = await db.AmbassadorProfiles.SingleOrDefaultAsync(p => p.UserId == me, cancellationToken);
        if (profile is null)
        {
            profile = new AmbassadorProfile { UserId = me };
            db.AmbassadorProfiles.Add(profile);
        }

        return profile;
    }

    private async Task LoadCandidatesAsync(CancellationToken cancellationToken)
    {
        var me = users.GetUserId(User)!;
        var myDepartment = await db.Users.Where(u => u.Id == me).Select(u => u.DepartmentId).SingleAsync(cancellationToken);
        var ambassadors = await db.AmbassadorProfiles.AsNoTracking()
            .Where(p => p.UserId != me)
            .Select(p => new { p.UserId, p.User!.DisplayName, p.User.DepartmentId, Department = p.User.Department!.Name })
            .ToListAsync(cancellationToken);
        BuddyCandidates = [.. ambassadors
            .Where(a => a.DepartmentId is not null && a.DepartmentId != myDepartment)
            .OrderBy(a => a.DisplayName, StringComparer.CurrentCulture)
            .Select(a => new BuddyCandidate(a.UserId, $"{a.DisplayName} ({a.Department})"))];
    }

    internal sealed record BuddyCandidate(string Id, string Label);

    internal sealed class ProfileInput
    {
        [Required(ErrorMessage = "Please choose a title.")]
        [StringLength(100, ErrorMessage = "Please keep the title under 100 characters.")]
        public string Title { get; set; } = AmbassadorProfile.DefaultTitle;

        [StringLength(1000, ErrorMessage = "Please keep the topics under 1,000 characters.")]
        public string? Topics { get; set; }

        // A half-time role is the most any agreement here plausibly covers.
        [Range(0, 20, ErrorMessage = "Please enter between 0 and 20 hours.")]
        public decimal WeeklyHours { get; set; }

        public string? BuddyId { get; set; }
    }
}
