namespace Herald.Web.Features.Scout;

/// <summary>The files of one Scout run as the browser sent them; only <see cref="People"/> is required.</summary>
internal sealed record ScoutUpload(IFormFile People, IFormFile? Interactions, IFormFile? SelfNominations, IFormFile? OptOuts, IFormFile? Visibility)
{
    public long TotalBytes => new[] { People, Interactions, SelfNominations, OptOuts, Visibility }.Sum(f => f?.Length ?? 0);
}
