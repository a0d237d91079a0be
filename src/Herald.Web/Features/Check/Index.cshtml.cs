using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Herald.Web.Features.Check;

/// <summary>"Can I post this?" for every employee: the Guard's check without the studio. Nothing is stored.</summary>
[EnableRateLimiting(Infrastructure.ProtectionExtensions.CheckLimit)]
internal sealed class IndexModel(DraftChecker checker) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    public CheckResponse? Result { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new CheckRequest(Text ?? string.Empty, null);
        foreach (var (_, messages) in checker.Validate(request))
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(string.Empty, message);
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            Result = await checker.CheckAsync(request.Text!, null, cancellationToken);
        }

        return Page();
    }
}
