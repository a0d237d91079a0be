using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Herald.Web.Features.Check;

internal static class CheckApi
{
    public static RouteGroupBuilder MapCheckApi(this RouteGroupBuilder api)
    {
        api.MapPost("/check", CheckAsync)
            .RequireRateLimiting(ProtectionExtensions.CheckLimit)
            .WithName("CheckDraft")
            .WithSummary("Check a draft before it is posted")
            .WithDescription("Runs the Guard with the organisation's current policy. Nothing is stored. Messages follow the request's language (Accept-Language: de or en).");
        return api;
    }

    private static async Task<Results<Ok<CheckResponse>, ValidationProblem>> CheckAsync(CheckRequest request, DraftChecker checker, CancellationToken cancellationToken)
    {
        var errors = checker.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await checker.CheckAsync(request.Text!, request.Date, cancellationToken));
    }
}
