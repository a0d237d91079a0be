using Herald.Data.Entities;

namespace Herald.Web.Features.Studio;

internal sealed record DraftSummary(int Id, string Preview, DateTime UpdatedAt, DateTime? PublishedAt, string? PublishedUrl);

internal sealed record DraftResponse(int Id, string Text, int Revision, DateTime UpdatedAt, DateTime? PublishedAt, string? PublishedUrl)
{
    public static DraftResponse From(Draft draft) => new(draft.Id, draft.Text, draft.Revision, draft.UpdatedAt, draft.PublishedAt, draft.PublishedUrl);
}

internal sealed record NewDraftRequest(string? Text);

/// <summary>An autosave: the full text and the editor's revision counter (increasing with every save).</summary>
internal sealed record SaveDraftRequest(string? Text, int Revision);

internal sealed record SavedDraftResponse(int Revision);

internal sealed record PublishRequest(string? Url);
