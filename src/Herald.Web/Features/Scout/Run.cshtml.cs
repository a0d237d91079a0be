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

namespace Herald.Web.Features.Scout;

/// <summary>
/// One shortlist: who Scout suggested and why, which departments and locations it covers, the personal invitation
/// texts. The lead removes and adds people, edits the texts and sends the invitations, or discards the whole run.
/// </summary>
[Authorize(Policy = PagesExtensions.ManageProgramme)]
internal sealed class RunModel(
    HeraldDbContext db,
    ScoutInvitations sender,
    UserManager<HeraldUser> users,
    Audit audit,
    IStringLocalizer<SharedResource> text) : PageModel
{
    // The invitation's message column holds 2,000 characters; the drafts are about 1,200.
    public const int MaxDraftLength = 2000;
    public const int MaxNoteLength = 500;

    public ScoutRun Run { get; private set; } = null!;

    public IReadOnlyList<CandidateRow> Shortlist { get; private set; } = [];

    public IReadOnlyList<CandidateRow> Removed { get; private set; } = [];

    public IReadOnlyList<ScoutCandidate> Available { get; private set; } = [];

    public IReadOnlyList<string> Departments { get; private set; } = [];

    public IReadOnlyList<string> Locations { get; private set; } = [];

    public IReadOnlyList<string> UncoveredDepartments { get; private set; } = [];

    public int LocationsCovered { get; private set; }

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(int id, Dictionary<int, string>? drafts, CancellationToken cancellationToken)
    {
        if (!await SaveDraftsAsync(id, drafts, cancellationToken))
        {
            return await InvalidAsync(id, cancellationToken);
        }

        Notice = text["Saved."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int candidateId, Dictionary<int, string>? drafts, CancellationToken cancellationToken) =>
        await MoveAsync(id, candidateId, drafts, remove: true, cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(int id, int candidateId, Dictionary<int, string>? drafts, CancellationToken cancellationToken) =>
        await MoveAsync(id, candidateId, drafts, remove: false, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(int id, int candidateId, string? note, CancellationToken cancellationToken)
    {
        if (note?.Length > MaxNoteLength)
        {
            ModelState.AddModelError(string.Empty, text["Please keep the note under 500 characters."]);
            return await InvalidAsync(id, cancellationToken);
        }

        var candidate = await db.ScoutCandidates.Include(c => c.Run)
            .SingleOrDefaultAsync(c => c.Id == candidateId && c.RunId == id && c.State == ScoutCandidateState.Available, cancellationToken);
        if (candidate is null)
        {
            return NotFound();
        }

        var lead = await users.GetUserAsync(User);
        var person = new Person { Id = candidate.PersonKey, Department = candidate.Department, Name = candidate.Name, Email = candidate.Email, Location = candidate.Location };
        var assessment = new PersonAssessment
        {
            Person = person,
            Score = 0,
            Expertise = 0,
            Degree = 0,
            Betweenness = 0,
            Participation = 0,
            Constraint = null,
            DepartmentsReached = 0,
            Visibility = 0,
            TopicTerms = [],
            SelfNominated = false,
            OptedOut = false,
            Reasons = [],
        };
        candidate.State = ScoutCandidateState.Added;
        candidate.Note = ScoutRunner.Clip(note, MaxNoteLength);
        candidate.Draft = ScoutEngine.DraftInvitation(assessment, new InvitationSettings { Sender = lead!.DisplayName }).Body.Get(candidate.Run!.Language);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(lead.Id, "scout.candidate-added", ScoutRunner.Id(candidate.Id), cancellationToken);
        Notice = text["Saved."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSendAsync(int id, Dictionary<int, string>? drafts, CancellationToken cancellationToken)
    {
        if (!await SaveDraftsAsync(id, drafts, cancellationToken))
        {
            return await InvalidAsync(id, cancellationToken);
        }

        var summary = await sender.SendAsync(users.GetUserId(User)!, id, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        var parts = new List<string> { string.Format(CultureInfo.CurrentCulture, text["Invitations sent: {0}."], summary.Sent) };
        if (summary.AlreadyInvited > 0)
        {
            parts.Add(string.Format(CultureInfo.CurrentCulture, text["Already invited, not invited again: {0}."], summary.AlreadyInvited));
        }

        if (summary.AlreadyAmbassadors > 0)
        {
            parts.Add(string.Format(CultureInfo.CurrentCulture, text["Already ambassadors: {0}."], summary.AlreadyAmbassadors));
        }

        if (summary.WithoutEmail > 0)
        {
            parts.Add(string.Format(CultureInfo.CurrentCulture, text["Without an e-mail address in the staff list, not invited: {0}."], summary.WithoutEmail));
        }

        if (summary.Failed > 0)
        {
            parts.Add(string.Format(CultureInfo.CurrentCulture, text["Could not be invited (the e-mail address cannot be used for an account): {0}."], summary.Failed));
        }

        Notice = string.Join(' ', parts);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDiscardAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.ScoutRuns.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return NotFound();
        }

        await audit.RecordAsync(users.GetUserId(User), "scout.run-discarded", ScoutRunner.Id(id), cancellationToken);
        Notice = text["The shortlist was discarded."];
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> MoveAsync(int id, int candidateId, Dictionary<int, string>? drafts, bool remove, CancellationToken cancellationToken)
    {
        if (!await SaveDraftsAsync(id, drafts, cancellationToken))
        {
            return await InvalidAsync(id, cancellationToken);
        }

        var candidate = await db.ScoutCandidates.SingleOrDefaultAsync(c => c.Id == candidateId && c.RunId == id && c.InvitationId == null, cancellationToken);
        var (from, to) = candidate?.State switch
        {
            ScoutCandidateState.Suggested when remove => (ScoutCandidateState.Suggested, ScoutCandidateState.Removed),
            ScoutCandidateState.Removed when !remove => (ScoutCandidateState.Removed, ScoutCandidateState.Suggested),
            // Someone the lead added goes back to the staff list, unless the staff list is gone after sending.
            ScoutCandidateState.Added when remove => (ScoutCandidateState.Added, ScoutCandidateState.Available),
            _ => (default(ScoutCandidateState?), default(ScoutCandidateState?)),
        };
        if (candidate is null || from is null)
        {
            return NotFound();
        }

        candidate.State = to!.Value;
        if (to == ScoutCandidateState.Available)
        {
            candidate.Note = null;
            candidate.Draft = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(users.GetUserId(User), remove ? "scout.candidate-removed" : "scout.candidate-restored", ScoutRunner.Id(candidate.Id), cancellationToken);
        Notice = text["Saved."];
        return RedirectToPage(new { id });
    }

    /// <summary>Stores the edited invitation texts of people on the shortlist who are not invited yet; false when one is too long.</summary>
    private async Task<bool> SaveDraftsAsync(int id, Dictionary<int, string>? drafts, CancellationToken cancellationToken)
    {
        if (drafts is null || drafts.Count == 0)
        {
            return true;
        }

        if (drafts.Values.Any(d => d?.Length > MaxDraftLength))
        {
            ModelState.AddModelError(string.Empty, text["Please keep each invitation text under 2,000 characters."]);
            return false;
        }

        var ids = drafts.Keys.ToList();
        var candidates = await db.ScoutCandidates
            .Where(c => c.RunId == id && ids.Contains(c.Id) && c.InvitationId == null && (c.State == ScoutCandidateState.Suggested || c.State == ScoutCandidateState.Added))
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            var draft = drafts[candidate.Id]?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            candidate.Draft = string.IsNullOrEmpty(draft) ? null : draft;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<IActionResult> InvalidAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var run = await db.ScoutRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null)
        {
            return false;
        }

        Run = run;
        var candidates = await db.ScoutCandidates.AsNoTracking()
            .Where(c => c.RunId == id && c.State != ScoutCandidateState.Available)
            .ToListAsync(cancellationToken);
        Available = await db.ScoutCandidates.AsNoTracking()
            .Where(c => c.RunId == id && c.State == ScoutCandidateState.Available)
            .OrderBy(c => c.Name ?? c.PersonKey)
            .ToListAsync(cancellationToken);
        var status = await StatusAsync(candidates, cancellationToken);
        var german = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de";
        CandidateRow Row(ScoutCandidate c) => new(c, Lines(german ? c.ReasonsDe : c.ReasonsEn), status[c.Id]);
        Shortlist = [.. candidates
            .Where(c => c.State is ScoutCandidateState.Suggested or ScoutCandidateState.Added)
            .OrderBy(c => c.Rank ?? int.MaxValue)
            .ThenBy(c => c.Id)
            .Select(Row)];
        Removed = [.. candidates.Where(c => c.State == ScoutCandidateState.Removed).OrderBy(c => c.Rank).Select(Row)];
        Departments = Lines(run.Departments);
        Locations = Lines(run.Locations);
        var covered = Shortlist.Select(r => r.Candidate.Department).ToHashSet(StringComparer.OrdinalIgnoreCase);
        UncoveredDepartments = [.. Departments.Where(d => !covered.Contains(d))];
        LocationsCovered = Shortlist.Select(r => r.Candidate.Location).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count();
        Warnings = [.. StoredWarnings.Parse(run.Warnings).Select(w => w.Describe(text))];
        return true;
    }

    /// <summary>What stands in the way of inviting each person, from Herald's own records (matched by e-mail address).</summary>
    private async Task<Dictionary<int, CandidateStatus>> StatusAsync(List<ScoutCandidate> candidates, CancellationToken cancellationToken)
    {
        var emails = candidates.Where(c => c.Email is not null).Select(c => users.NormalizeEmail(c.Email)).Distinct().ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail != null && emails.Contains(u.NormalizedEmail))
            .Select(u => new { u.Id, u.NormalizedEmail })
            .ToListAsync(cancellationToken);
        var ids = accounts.Select(a => a.Id).ToList();
        var ambassadors = (await (from ur in db.UserRoles
                                  join r in db.Roles on ur.RoleId equals r.Id
                                  where r.Name == Roles.Ambassador && ids.Contains(ur.UserId)
                                  select ur.UserId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var invited = (await db.Invitations.Where(i => ids.Contains(i.PersonId) && i.Status == InvitationStatus.Pending).Select(i => i.PersonId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var byEmail = accounts.GroupBy(a => a.NormalizedEmail!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        return candidates.ToDictionary(c => c.Id, c =>
        {
            if (c.InvitationId is not null)
            {
                return CandidateStatus.Invited;
            }

            if (c.Email is null)
            {
                return CandidateStatus.NoEmail;
            }

            if (!byEmail.TryGetValue(users.NormalizeEmail(c.Email), out var account))
            {
                return CandidateStatus.NoAccount;
            }

            return ambassadors.Contains(account) ? CandidateStatus.Ambassador
                : invited.Contains(account) ? CandidateStatus.OpenInvitation
                : CandidateStatus.Ready;
        });
    }

    private static string[] Lines(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    internal enum CandidateStatus
    {
        Ready,
        NoAccount,
        NoEmail,
        Ambassador,
        OpenInvitation,
        Invited,
    }

    internal sealed record CandidateRow(ScoutCandidate Candidate, IReadOnlyList<string> Reasons, CandidateStatus Status);
}
