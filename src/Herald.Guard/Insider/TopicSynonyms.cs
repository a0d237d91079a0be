using System.Buffers;
using System.Text.RegularExpressions;
using Herald.Guard.Text;

namespace Herald.Guard.Insider;

/// <summary>
/// Other words for the usual quiet-period topics, so that "Unsere Erlöse liegen 9 Prozent über dem Vorjahr"
/// or "we sold €410 million in a quarter" count when the policy lists "Umsatz" or "revenue". A policy topic
/// brings in the group it belongs to (<see cref="Groups"/>): revenue (Umsatz, Erlöse, sales, turnover …),
/// profit (Gewinn, Ertrag, EBIT, profit …), outlook (Prognose, Ausblick, forecast …); "Quartalszahlen" and
/// "results" bring revenue and profit. Because these words have everyday senses ("Sales team",
/// "ein Gewinn für alle", "the weather forecast"), a synonym counts only when its sentence
/// <list type="bullet">
/// <item>speaks for the company: "wir", "unser", "we", "our" or the organisation's name;</item>
/// <item>and states a figure (<see cref="FigureCues.HasFigure"/>) — for outlook words, a figure or a change
/// ("hebt die Prognose an", "raised our forecast"); for the verbs "sold", "verkauft", "umgesetzt",
/// "erwirtschaftet", an amount of money ("€410 million", "3 Mio. Euro").</item>
/// </list>
/// A synonym matches as a whole word with its inflection ("Erlöse", "profits") or in a compound with a
/// financial part ("Quartalsgewinn", "Gewinnwachstum"), never inside unrelated compounds ("Gewinnspiel", "Zeitgewinn").
/// </summary>
internal static class TopicSynonyms
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>What a synonym needs besides the company's voice.</summary>
    public enum Need
    {
        /// <summary>A figure in the sentence.</summary>
        Figure,

        /// <summary>A figure or a change of the forecast.</summary>
        FigureOrChange,

        /// <summary>An amount of money.</summary>
        Amount,
    }

    // Group name, the folded parts of a policy topic that bring the group in, and the group's words (folded).
    private static readonly (string Name, string[] TopicKeys, (string Word, Need Need)[] Words)[] Groups =
    [
        ("revenue", ["umsatz", "umsätz", "erlös", "revenue", "sales", "turnover", "zahlen", "results", "figures"],
        [
            ("umsatz", Need.Figure), ("umsätze", Need.Figure), ("erlös", Need.Figure), ("erlöse", Need.Figure), ("umsatzerlöse", Need.Figure),
            ("revenue", Need.Figure), ("revenues", Need.Figure), ("sales", Need.Figure), ("turnover", Need.Figure), ("topline", Need.Figure),
            ("sold", Need.Amount), ("verkauft", Need.Amount), ("umgesetzt", Need.Amount), ("erwirtschaftet", Need.Amount),
        ]),
        ("profit", ["gewinn", "ergebnis", "earnings", "profit", "überschuss", "ebit", "ertrag", "erträg", "zahlen", "results", "figures", "income"],
        [
            ("gewinn", Need.Figure), ("gewinne", Need.Figure), ("ertrag", Need.Figure), ("erträge", Need.Figure), ("überschuss", Need.Figure),
            ("jahresergebnis", Need.Figure), ("quartalsergebnis", Need.Figure), ("betriebsergebnis", Need.Figure), ("konzernergebnis", Need.Figure),
            ("ebit", Need.Figure), ("ebitda", Need.Figure), ("marge", Need.Figure), ("profit", Need.Figure), ("profits", Need.Figure),
            ("earnings", Need.Figure),
        ]),
        ("outlook", ["guidance", "prognose", "ausblick", "outlook", "forecast"],
        [
            ("prognose", Need.FigureOrChange), ("jahresprognose", Need.FigureOrChange), ("ausblick", Need.FigureOrChange),
            ("guidance", Need.FigureOrChange), ("forecast", Need.FigureOrChange), ("jahresziel", Need.FigureOrChange),
        ]),
    ];

    // Parts a financial compound may add before or after a synonym: "Quartals|gewinn", "Gewinn|wachstum".
    private static readonly string[] CompoundHeads =
        ["quartals", "jahres", "halbjahres", "netto", "brutto", "konzern", "rekord", "gesamt", "vorsteuer", "operativ", "q1", "q2", "q3", "q4"];

    private static readonly string[] CompoundTails =
        ["wachstum", "plus", "steigerung", "sprung", "zuwachs", "rückgang", "einbruch", "ziel", "ziele", "erwartung", "erwartungen", "growth"];

    // Inflection endings a synonym may carry: "Gewinns", "Erlösen", "profits".
    private static readonly string[] Endings = ["", "s", "n", "e", "en", "es", "er"];

    private static readonly BoundedRegex Change = new(
        @"\b(?:hebt|heben|hob|angehoben|anheben|erhöh\w*|senk\w*|gesenkt|bestätig\w*|übertr\w*|raise[sd]?|raising|lift\w*|lower(?:s|ed|ing)?|cut|beat|exceed\w*|above|upgrade[sd]?)\b",
        Options);

    private static readonly BoundedRegex Money = new(
        @"[€$£]|\b(?:eur|euro|usd|dollars?|pfund|mio|mrd|million\w*|milliard\w*|billion\w*|bn)\b",
        Options);

    /// <summary>The synonyms the given policy topics bring in, or an empty array when none does.</summary>
    public static (string Word, Need Need)[] For(IEnumerable<string> foldedTopics)
    {
        var topics = foldedTopics.ToArray();
        return [.. Groups
            .Where(g => topics.Any(t => g.TopicKeys.Any(k => t.Contains(k, StringComparison.Ordinal))))
            .SelectMany(g => g.Words)
            .DistinctBy(w => w.Word, StringComparer.Ordinal)];
    }

    /// <summary>Whether the policy topics are results: one of them brings in the revenue or the profit group.</summary>
    public static bool BringsResults(IEnumerable<string> foldedTopics)
    {
        var topics = foldedTopics.ToArray();
        return Groups.Where(g => g.Name is "revenue" or "profit").Any(g => topics.Any(t => g.TopicKeys.Any(k => t.Contains(k, StringComparison.Ordinal))));
    }

    /// <summary>
    /// The prefilter for the synonyms: every inflection and compound of a synonym contains it. A leading umlaut is left
    /// out ("berschuss" for "überschuss"), because the vectorised search is many times faster when every string starts
    /// with ASCII letters; the hit is grown to its whole word before it is judged.
    /// </summary>
    public static SearchValues<string>? Prefilter((string Word, Need Need)[] synonyms) =>
        synonyms.Length == 0 ? null : SearchValues.Create(
            [.. synonyms.Select(s => s.Word.TrimStart(NonAsciiLetters)).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);

    private static readonly char[] NonAsciiLetters = ['ä', 'ö', 'ü', 'ß'];

    /// <summary>
    /// Whether the folded word <paramref name="word"/> is the synonym <paramref name="synonym"/> with an inflection
    /// ending, or a financial compound of it.
    /// </summary>
    public static bool IsWordFor(ReadOnlySpan<char> word, string synonym)
    {
        var at = word.IndexOf(synonym, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var head = word[..at];
        var tail = word[(at + synonym.Length)..];
        var headFits = head.IsEmpty || EqualsAny(head, CompoundHeads);
        if (!headFits)
        {
            return false;
        }

        foreach (var ending in Endings)
        {
            if (tail.Equals(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "Gewinnwachstum", "Umsatz-Plus": a financial part after an optional joint and hyphen.
        var rest = tail.TrimStart("s-");
        return EqualsAny(rest, CompoundTails);
    }

    /// <summary>Whether the sentence meets what the synonym needs besides the company's voice.</summary>
    public static bool Meets(Need need, ReadOnlySpan<char> sentence, int wordStart, int wordEnd) => need switch
    {
        Need.Amount => Money.IsMatch(sentence) && FigureCues.HasFigure(sentence),
        Need.FigureOrChange => FigureCues.HasFigure(sentence) || Change.IsMatch(sentence[..wordStart]) || Change.IsMatch(sentence[wordEnd..]),
        _ => FigureCues.HasFigure(sentence),
    };

    private static bool EqualsAny(ReadOnlySpan<char> value, string[] parts)
    {
        foreach (var part in parts)
        {
            if (value.Equals(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
