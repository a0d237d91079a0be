using System.Globalization;
using Herald.Data;
using Herald.Web.Features.Guidelines;
using Herald.Web.Features.Policy;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Check;

/// <summary>Checks a draft with the current policy. Nothing is stored and the text is never logged.</summary>
internal sealed class DraftChecker(HeraldDbContext db, GuardEngines engines, GuidelineLinks guidelines, IStringLocalizer<SharedResource> text)
{
    /// <summary>
    /// Longest draft accepted. LinkedIn posts stop at 3,000 characters and articles at about 110,000;
    /// beyond that the text is not a post.
    /// </summary>
    public const int MaxTextLength = 110_000;

    public Dictionary<string, string[]> Validate(CheckRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Text is null)
        {
            errors["text"] = [text["Please send the draft's text."]];
        }
        else if (request.Text.Length > MaxTextLength)
        {
            errors["text"] = [string.Format(CultureInfo.CurrentCulture, text["The draft is longer than {0} characters. Please check it in parts."], MaxTextLength)];
        }

        return errors;
    }

    public async Task<CheckResponse> CheckAsync(string draft, DateOnly? date, CancellationToken cancellationToken)
    {
        var engine = await engines.CurrentAsync(db, cancellationToken);
        var result = engine.Check(draft, date ?? DateOnly.FromDateTime(DateTime.UtcNow));
        var sections = await guidelines.CurrentAsync(db, cancellationToken);
        return CheckResponse.From(result, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, sections);
    }
}
