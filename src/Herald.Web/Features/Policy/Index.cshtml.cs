using System.Globalization;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Guard;
using Herald.Guard.Policy;
using Herald.Web.Features.Check;
using Herald.Web.Features.Guidelines;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Policy;

/// <summary>
/// The security owner's policy editor: every error at its line, a test box that runs the Guard with the
/// edited (unsaved) policy, and a new version on each save.
/// </summary>
[Authorize(Policy = PagesExtensions.ManagePolicy)]
internal sealed class IndexModel(HeraldDbContext db, UserManager<HeraldUser> users, Audit audit, GuidelineLinks guidelines) : PageModel
{
    private const string SourceName = "policy";

    [BindProperty]
    public PolicyInput Input { get; set; } = new();

    public IReadOnlyList<ConfigError> Errors { get; private set; } = [];

    public IReadOnlyList<string> Lines { get; private set; } = [];

    public CheckResponse? TryResult { get; private set; }

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public bool IsExample { get; private set; }

    [TempData]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadVersionsAsync(cancellationToken);
        var current = await db.PolicyVersions.AsNoTracking().OrderByDescending(p => p.Id).Select(p => p.Yaml).FirstOrDefaultAsync(cancellationToken);
        IsExample = current is null;
        Input.Yaml = current ?? PolicyLoader.Example;
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (Load() is null)
        {
            await LoadVersionsAsync(cancellationToken);
            return Page();
        }

        var version = new PolicyVersion { Yaml = Input.Yaml, Comment = Input.Comment?.Trim(), CreatedById = users.GetUserId(User) };
        db.PolicyVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(version.CreatedById, "policy.saved", version.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
        Saved = true;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTryAsync(CancellationToken cancellationToken)
    {
        await LoadVersionsAsync(cancellationToken);
        var policy = Load();
        if (policy is not null && !string.IsNullOrEmpty(Input.Draft))
        {
            var engine = GuardEngine.Create(new GuardSetup { Policy = policy });
            var result = engine.Check(Input.Draft, Input.Date ?? DateOnly.FromDateTime(DateTime.UtcNow));
            TryResult = CheckResponse.From(result, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, await guidelines.CurrentAsync(db, cancellationToken));
        }

        return Page();
    }

    private GuardPolicy? Load()
    {
        var loaded = PolicyLoader.Load(Input.Yaml ?? string.Empty, SourceName);
        Errors = loaded.Errors;
        Lines = (Input.Yaml ?? string.Empty).ReplaceLineEndings("\n").Split('\n');
        return loaded.Succeeded ? loaded.Value : null;
    }

    private async Task LoadVersionsAsync(CancellationToken cancellationToken) =>
        Versions = await (from version in db.PolicyVersions.AsNoTracking()
                          join author in db.Users on version.CreatedById equals author.Id into authors
                          from author in authors.DefaultIfEmpty()
                          orderby version.Id descending
                          select new VersionRow(version.Id, version.CreatedAt, author == null ? null : author.DisplayName, version.Comment))
            .ToListAsync(cancellationToken);

    internal sealed record VersionRow(int Id, DateTime CreatedAt, string? Author, string? Comment);

    internal sealed class PolicyInput
    {
        public string Yaml { get; set; } = string.Empty;

        [System.ComponentModel.DataAnnotations.StringLength(500, ErrorMessage = "Please keep the note under 500 characters.")]
        public string? Comment { get; set; }

        public string? Draft { get; set; }

        public DateOnly? Date { get; set; }
    }
}
