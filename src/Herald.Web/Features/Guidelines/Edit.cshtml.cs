using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Guidelines;

[Authorize(Policy = PagesExtensions.ManageProgramme)]
internal sealed class EditModel(HeraldDbContext db, UserManager<HeraldUser> users, Audit audit, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public GuidelineInput Input { get; set; } = new();

    public IReadOnlyList<GuidelineVersion> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Markdown = Versions.Count > 0 ? Versions[0].Markdown : string.Empty;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A finding must never link to a section that does not exist: the mapping is checked before publishing.
        foreach (var problem in GuidelineMarkdown.Parse(Input.Markdown).Problems)
        {
            ModelState.AddModelError(string.Empty, string.Format(CultureInfo.CurrentCulture, text[problem.Text], problem.Values));
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var version = new GuidelineVersion { Markdown = Input.Markdown, Comment = Input.Comment?.Trim(), PublishedById = users.GetUserId(User) };
        db.GuidelineVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(version.PublishedById, "guidelines.published", version.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
        return Redirect("/guidelines");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Versions = await db.GuidelineVersions.AsNoTracking().OrderByDescending(g => g.Id).ToListAsync(cancellationToken);

    internal sealed class GuidelineInput
    {
        // About 40 printed pages: guidelines longer than that are not read.
        [Required(ErrorMessage = "Please write the guidelines.")]
        [StringLength(100_000, ErrorMessage = "Please keep the guidelines under 100,000 characters.")]
        public string Markdown { get; set; } = string.Empty;

        [StringLength(500, ErrorMessage = "Please keep the note under 500 characters.")]
        public string? Comment { get; set; }
    }
}
