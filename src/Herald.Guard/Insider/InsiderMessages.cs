using System.Globalization;
using System.Text;

namespace Herald.Guard.Insider;

/// <summary>The quiet-period messages; the templates are parsed once, the text per period at engine build.</summary>
internal static class InsiderMessages
{
    private static readonly CompositeFormat FiguresEn = CompositeFormat.Parse(
        "{0} is in a quiet period until {1}. Figures and forecasts about its results count as inside information until then — leave them out and wait until the results are published. Investor relations can tell you what is already public.");

    private static readonly CompositeFormat FiguresDe = CompositeFormat.Parse(
        "{0} ist bis zum {1} in einer Ruhephase. Zahlen und Prognosen zu den Ergebnissen gelten bis dahin als Insiderinformation — lass sie weg und warte, bis die Ergebnisse veröffentlicht sind. Investor Relations sagt dir, was schon öffentlich ist.");

    private static readonly CompositeFormat TopicEn = CompositeFormat.Parse(
        "{0} is in a quiet period until {1}, and this touches one of its topics. Even without figures, hints about results can count as inside information — wait until the results are published, or check with investor relations first.");

    private static readonly CompositeFormat TopicDe = CompositeFormat.Parse(
        "{0} ist bis zum {1} in einer Ruhephase, und das berührt eines ihrer Themen. Auch ohne Zahlen können Andeutungen zu den Ergebnissen als Insiderinformation gelten — warte, bis die Ergebnisse veröffentlicht sind, oder frag vorher bei Investor Relations nach.");

    // Written out rather than taken from culture data, so messages are the same on every machine.
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] MonthsDe = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <summary>The rule message when no period is known: it never shows, each finding names its period.</summary>
    public static LocalizedText GenericFigures { get; } = Figures(null, null);

    /// <inheritdoc cref="GenericFigures"/>
    public static LocalizedText GenericTopic { get; } = Topic(null, null);

    public static LocalizedText Figures(string? organization, DateOnly? until) => Format(FiguresEn, FiguresDe, organization, until);

    public static LocalizedText Topic(string? organization, DateOnly? until) => Format(TopicEn, TopicDe, organization, until);

    private static LocalizedText Format(CompositeFormat en, CompositeFormat de, string? organization, DateOnly? until)
    {
        var name = string.IsNullOrWhiteSpace(organization) ? null : organization.Trim();
        return new LocalizedText(
            string.Format(CultureInfo.InvariantCulture, en, name ?? "Your company", until is { } d ? $"{d.Day} {MonthsEn[d.Month - 1]} {d.Year}" : "the results are published"),
            string.Format(CultureInfo.InvariantCulture, de, name ?? "Dein Unternehmen", until is { } e ? $"{e.Day}. {MonthsDe[e.Month - 1]} {e.Year}" : "Tag der Ergebnisveröffentlichung"));
    }
}
