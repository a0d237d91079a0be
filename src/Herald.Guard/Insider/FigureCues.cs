using System.Text.RegularExpressions;
using Herald.Guard.Text;

namespace Herald.Guard.Insider;

/// <summary>
/// Whether a sentence states a figure or a forecast, which turns a quiet-period topic from a hint into
/// inside information. Figures: numbers, percentages, currency amounts, "Prozent", "Mio.", "Mrd.",
/// "million", "zweistellig", "double-digit", "verdoppelt" … Numbers that only date or name something
/// are not figures: years ("2026"), dates ("15.12.", "2026-12-01", "15. Dezember"), times ("10:30", "10 Uhr")
/// and labels glued to letters ("Q3", "H1", "FY25"). Forecasts: "guidance", "Prognose", "erwarten",
/// "expect", "outlook", "Ausblick", "wir rechnen mit", "will grow", "wird wachsen" …
/// </summary>
internal static class FigureCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly BoundedRegex FigureWords = new(
        @"[%‰€$£¥]|\b(?:prozent\w*|percent\w*|per[\p{Zs}\t]+cent|mio|mrd|tsd|million\w*|milliard\w*|billion\w*|bn"
        + @"|zweistellig\w*|dreistellig\w*|einstellig\w*|(?:single|double|triple)[\p{Zs}\t-]digit\w*|verdoppel\w*|verdreifach\w*|doubled|tripled|halbiert|halved)\b",
        Options);

    private static readonly BoundedRegex ForecastWords = new(
        @"\b(?:guidance|(?:raise[sd]?|raising|lower(?:s|ed|ing)?|reaffirm\w*|confirm(?:s|ed|ing)?|narrow\w*)[\p{Zs}\t]+(?:our|its|the)[\p{Zs}\t]+(?:[\w-]+[\p{Zs}\t]+)?guidance|prognos\w*|erwart\w*|expect\w*|forecast\w*|outlook|ausblick\w*|anticipat\w*"
        + @"|rechnen[\p{Zs}\t]+(?:wir[\p{Zs}\t]+)?mit|will[\p{Zs}\t]+(?:grow|increase|rise|exceed|beat|double|reach)"
        + @"|(?:wird|werden)[\p{Zs}\t]+(?:\w+[\p{Zs}\t]+)?(?:wachsen|steigen|übertreffen|zulegen))\b",
        Options);

    /// <summary>Whether the sentence states a figure: a number that counts, a percentage, an amount.</summary>
    public static bool HasFigure(ReadOnlySpan<char> sentence) =>
        FigureWords.IsMatch(sentence) || HasNumber(sentence);

    /// <summary>
    /// Whether the sentence states a forecast beyond <c>[topicStart, topicEnd)</c>: a topic that is itself
    /// a forecast word ("guidance") must not be its own cue, but "we confirm our guidance" still is one.
    /// </summary>
    public static bool HasForecast(ReadOnlySpan<char> sentence, int topicStart, int topicEnd)
    {
        foreach (var match in ForecastWords.EnumerateMatches(sentence))
        {
            if (match.Index < topicStart || match.Index + match.Length > topicEnd)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNumber(ReadOnlySpan<char> sentence)
    {
        var i = 0;
        while (i < sentence.Length)
        {
            var found = sentence[i..].IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                return false;
            }

            var start = i + found;
            var end = start + 1;
            while (end < sentence.Length && (char.IsAsciiDigit(sentence[end]) || (IsGroupSeparator(sentence[end]) && end + 1 < sentence.Length && char.IsAsciiDigit(sentence[end + 1]))))
            {
                end++;
            }

            if (!NamesRatherThanCounts(sentence, start, end))
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    // Separators inside one number: "4,2", "1.000", "1'000", "10-15", "2026-12-01".
    private static bool IsGroupSeparator(char c) => c is '.' or ',' or '\'' or '’' or '-';

    private static bool NamesRatherThanCounts(ReadOnlySpan<char> sentence, int start, int end)
    {
        if (start > 0 && char.IsLetter(sentence[start - 1]))
        {
            return true;
        }

        var token = sentence[start..end];
        var next = end < sentence.Length ? sentence[end] : ' ';
        if (token.Length == 4 && !token.ContainsAnyExceptInRange('0', '9') && (token.StartsWith("19") || token.StartsWith("20")))
        {
            return true;
        }

        if (IsIsoDate(token) || (next == '.' && IsDayMonth(token)) || IsDayMonthYear(token))
        {
            return true;
        }

        // "15. Dezember", "3. Quartal": a day or an ordinal, not an amount.
        var afterNext = end + 1 < sentence.Length ? sentence[(end + 1)..] : [];
        if (next == '.' && token.Length <= 2 && afterNext.Length > 1 && char.IsWhiteSpace(afterNext[0]) && afterNext.TrimStart() is [var first, ..] && char.IsLetter(first))
        {
            return true;
        }

        return (next == ':' && afterNext.Length > 0 && char.IsAsciiDigit(afterNext[0]))
            || sentence[end..].TrimStart().StartsWith("uhr", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsIsoDate(ReadOnlySpan<char> token) =>
        token.Length == 10 && token[4] == '-' && token[7] == '-';

    // "15.12" (followed by a dot) or "1.12".
    private static bool IsDayMonth(ReadOnlySpan<char> token)
    {
        var dot = token.IndexOf('.');
        return dot is 1 or 2 && token.Length - dot - 1 is 1 or 2 && !token[(dot + 1)..].Contains('.');
    }

    // "15.12.2026" or "15.12.26".
    private static bool IsDayMonthYear(ReadOnlySpan<char> token)
    {
        var last = token.LastIndexOf('.');
        return last > 0 && IsDayMonth(token[..last]) && token.Length - last - 1 is 2 or 4;
    }
}
