using System.Globalization;
using Herald.Scout;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Scout;

/// <summary>Shows a problem with Scout's files in the reader's language; Scout words every problem in English and German.</summary>
internal static class InputProblemText
{
    /// <summary>"people.csv, line 3: …" (or "people.csv: …" for the whole file) in the current UI language.</summary>
    public static string Describe(this InputProblem problem, IStringLocalizer text)
    {
        var message = problem.Message.Get(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        return problem.Line > 0
            ? string.Format(CultureInfo.CurrentCulture, text["{0}, line {1}: {2}"], problem.File, problem.Line, message)
            : string.Format(CultureInfo.CurrentCulture, text["{0}: {1}"], problem.File, message);
    }
}
