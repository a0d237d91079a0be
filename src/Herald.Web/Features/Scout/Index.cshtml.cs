using System.Globalization;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Scout;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Herald.Web.Features.Scout;

/// <summary>
/// Scout for the programme lead: upload the staff list (and who works with whom), choose the share and how much
/// department coverage counts, and get a shortlist to review. Scout suggests; it never enrols anyone.
/// </summary>
[Authorize(Policy = PagesExtensions.ManageProgramme)]
internal sealed class IndexModel(
    HeraldDbContext db,
    ScoutRunner runner,
    UserManager<HeraldUser> users,
    IOptions<ProtectionOptions> protection,
    IStringLocalizer<SharedResource> text) : PageModel
{
    // How much covering one more department counts, by the level the lead picks: Scout's λ in score units (0.2 is its
    // default). Levels rather than numbers in the form, so that no decimal separator depends on the reader's language.
    public static IReadOnlyList<double> CoverageChoices { get; } = [0, 0.1, 0.2, 0.4];

    // What the run keeps of the topic: a vocabulary of a few hundred terms fits easily.
    private const int MaxTopicLength = 4000;

    [BindProperty]
    public RunInput Input { get; set; } = new();

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public double UploadMegabytes => protection.Value.ScoutUploadBytes / (1024 * 1024.0);

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" ? "de" : "en";
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? people, IFormFile? interactions, IFormFile? selfNominations, IFormFile? optOuts, IFormFile? visibility, CancellationToken cancellationToken)
    {
        var upload = people is null ? null : new ScoutUpload(people, interactions, selfNominations, optOuts, visibility);
        if (upload is null)
        {
            ModelState.AddModelError(string.Empty, text["Please choose the staff list (people.csv)."]);
        }
        else if (upload.TotalBytes > protection.Value.ScoutUploadBytes)
        {
            ModelState.AddModelError(string.Empty, string.Format(CultureInfo.CurrentCulture, text["Scout in the browser takes files of up to {0:0.##} MB together. For a larger company, use the herald scout command."], UploadMegabytes));
        }

        if (Input.SharePercent is < 1 or > 10)
        {
            ModelState.AddModelError(string.Empty, text["The share must be between 1 and 10 percent of staff."]);
        }

        if (Input.Coverage < 0 || Input.Coverage >= CoverageChoices.Count)
        {
            ModelState.AddModelError(string.Empty, text["Please choose how much department coverage counts."]);
        }

        var terms = (Input.Topic ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (Input.Topic?.Length > MaxTopicLength)
        {
            ModelState.AddModelError(string.Empty, text["Please keep the topic terms under 4,000 characters."]);
        }
        else if (terms.Length > 0 && TopicVocabulary.TryCreate(terms) is null)
        {
            ModelState.AddModelError(string.Empty, text["Please write topic terms with letters or digits, one per line."]);
        }

        if (!ModelState.IsValid || upload is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var lead = await users.GetUserAsync(User);
        var settings = new ScoutRunSettings(Input.SharePercent / 100.0, CoverageChoices[Input.Coverage], terms, Input.Language == "de" ? "de" : "en");
        var outcome = await runner.RunAsync(lead!.Id, lead.DisplayName, upload, settings, cancellationToken);
        if (outcome.RunId is { } id)
        {
            return RedirectToPage("Run", new { id });
        }

        Problems = outcome.Problems;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Runs = await db.ScoutRuns.AsNoTracking()
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new RunRow(
                r.Id,
                r.CreatedAt,
                r.CreatedBy!.DisplayName,
                r.PeopleCount,
                r.Candidates.Count(c => c.State == ScoutCandidateState.Suggested || c.State == ScoutCandidateState.Added),
                r.SentAt))
            .ToListAsync(cancellationToken);

    internal sealed record RunRow(int Id, DateTime CreatedAt, string CreatedBy, int People, int OnShortlist, DateTime? SentAt);

    internal sealed class RunInput
    {
        public int SharePercent { get; set; } = 3;

        /// <summary>An index into <see cref="CoverageChoices"/>; 2 is Scout's default.</summary>
        public int Coverage { get; set; } = 2;

        public string? Topic { get; set; }

        public string Language { get; set; } = "en";
    }
}
