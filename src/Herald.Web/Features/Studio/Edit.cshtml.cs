using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Features.Check;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Studio;

/// <summary>
/// One draft in the studio. Works without JavaScript (save and check on submit); with it, studio.js
/// autosaves and checks while typing. Someone else's draft id is "not found", for every role.
/// </summary>
[Authorize(Roles = Roles.Ambassador)]
internal sealed class EditModel(DraftStore drafts, DraftChecker checker, HeraldDbContext db, UserManager<HeraldUser> users, IStringLocalizer<SharedResource> text) : PageModel
{
    public Draft Draft { get; private set; } = null!;

    public CheckResponse? Result { get; private set; }

    public string AuthorName { get; private set; } = string.Empty;

    public string AuthorTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(int id, [FromForm(Name = "text")] string? content, int revision, CancellationToken cancellationToken)
    {
        var me = users.GetUserId(User)!;
        var draftText = content ?? string.Empty;
        if (draftText.Length > DraftChecker.MaxTextLength)
        {
            ModelState.AddModelError(string.Empty, string.Format(System.Globalization.CultureInfo.CurrentCulture, text["The draft is longer than {0} characters. Please check it in parts."], DraftChecker.MaxTextLength));
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var (outcome, _) = await drafts.SaveAsync(me, id, draftText, revision + 1, cancellationToken);
        if (outcome == DraftStore.Outcome.NotFound)
        {
            return NotFound();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Result = await checker.CheckAsync(Draft.Text, null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, string? url, CancellationToken cancellationToken)
    {
        if (!DraftStore.IsPublishedUrl(url))
        {
            ModelState.AddModelError(string.Empty, text["Please paste the post's address (https://…)."]);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        return await drafts.MarkPublishedAsync(users.GetUserId(User)!, id, url!, cancellationToken) == DraftStore.Outcome.Done
            ? Redirect("/studio")
            : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var me = users.GetUserId(User)!;
        var draft = await drafts.GetAsync(me, id, cancellationToken);
        if (draft is null)
        {
            return false;
        }

        Draft = draft;
        var author = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        AuthorName = author;
        AuthorTitle = await db.AmbassadorProfiles.AsNoTracking().Where(p => p.UserId == me).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken)
            ?? AmbassadorProfile.DefaultTitle;
        return true;
    }
}
