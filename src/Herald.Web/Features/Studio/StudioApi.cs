using System.Globalization;
using System.Security.Claims;
using Herald.Web.Features.Check;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Studio;

/// <summary>The studio's autosave API. Only ambassadors write drafts, and each only ever reaches their own.</summary>
internal static class StudioApi
{
    public const string StudioPolicy = "studio";

    public static RouteGroupBuilder MapStudioApi(this RouteGroupBuilder api)
    {
        var drafts = api.MapGroup("/drafts").RequireAuthorization(StudioPolicy).WithTags("Drafts");
        drafts.MapGet("/", ListAsync).WithSummary("Your drafts, newest first");
        drafts.MapPost("/", CreateAsync).WithSummary("Start a draft");
        drafts.MapGet("/{id:int}", GetAsync).WithSummary("One of your drafts");
        drafts.MapPut("/{id:int}", SaveAsync).WithSummary("Autosave a draft");
        drafts.MapPost("/{id:int}/published", PublishAsync).WithSummary("Mark a draft published, with the post's address");
        drafts.MapDelete("/{id:int}", DeleteAsync).WithSummary("Delete a draft");
        return api;
    }

    private static string Me(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private static async Task<Ok<List<DraftSummary>>> ListAsync(ClaimsPrincipal user, DraftStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(Me(user), cancellationToken));

    private static async Task<Results<Ok<DraftResponse>, NotFound>> GetAsync(int id, ClaimsPrincipal user, DraftStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(Me(user), id, cancellationToken) is { } draft ? TypedResults.Ok(DraftResponse.From(draft)) : TypedResults.NotFound();

    private static async Task<Results<Created<DraftResponse>, ValidationProblem>> CreateAsync(
        NewDraftRequest request, ClaimsPrincipal user, DraftStore store, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (TooLong(request.Text, text) is { } problem)
        {
            return problem;
        }

        var draft = await store.CreateAsync(Me(user), request.Text ?? string.Empty, cancellationToken);
        return TypedResults.Created($"/api/v1/drafts/{draft.Id}", DraftResponse.From(draft));
    }

    private static async Task<Results<Ok<SavedDraftResponse>, NotFound, Conflict<SavedDraftResponse>, ValidationProblem>> SaveAsync(
        int id, SaveDraftRequest request, ClaimsPrincipal user, DraftStore store, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (TooLong(request.Text, text) is { } problem)
        {
            return problem;
        }

        var (outcome, revision) = await store.SaveAsync(Me(user), id, request.Text ?? string.Empty, request.Revision, cancellationToken);
        return outcome switch
        {
            DraftStore.Outcome.Done => TypedResults.Ok(new SavedDraftResponse(revision)),
            DraftStore.Outcome.Stale => TypedResults.Conflict(new SavedDraftResponse(revision)),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> PublishAsync(
        int id, PublishRequest request, ClaimsPrincipal user, DraftStore store, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (!DraftStore.IsPublishedUrl(request.Url))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [text["Please paste the post's address (https://…)."]] });
        }

        return await store.MarkPublishedAsync(Me(user), id, request.Url!, cancellationToken) == DraftStore.Outcome.Done ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, ClaimsPrincipal user, DraftStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(Me(user), id, cancellationToken) == DraftStore.Outcome.Done ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ValidationProblem? TooLong(string? draft, IStringLocalizer text) =>
        draft?.Length > DraftChecker.MaxTextLength
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["text"] = [string.Format(CultureInfo.CurrentCulture, text["The draft is longer than {0} characters. Please check it in parts."], DraftChecker.MaxTextLength)],
            })
            : null;
}
