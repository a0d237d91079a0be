namespace Herald.Guard.Text;

/// <summary>
/// Finds the sentence around a span, for rules that judge a hit by its neighbours ("bei uns", a figure,
/// "bedeutet"). A line break always ends a sentence (LinkedIn posts are built from short lines);
/// '!', '?' and '…' end one; '.' ends one when followed by white space, unless it closes a number
/// ("15. Dezember", "2,5 Mio.") or a short abbreviation ("z. B.", "bzw.", "Mrd.").
/// </summary>
internal static class Sentences
{
    // A sentence is looked for at most this far on either side of the span, so that judging many
    // hits in a draft without punctuation stays linear. Longer than almost any real sentence.
    public const int MaxReach = 300;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ca", "bzw", "vgl", "ggf", "inkl", "evtl", "bspw", "usw", "mio", "mrd", "tsd", "nr", "dr", "prof", "st",
        "z", "b", "d", "h", "u", "a", "e", "g", "i", "vs", "mr", "ms", "mrs", "no", "approx", "incl",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentence containing <c>[start, end)</c>: its start (inclusive) and end (exclusive).</summary>
    public static (int Start, int End) Around(string text, int start, int end)
    {
        var from = start;
        var limit = Math.Max(0, start - MaxReach);
        while (from > limit && !EndsSentenceBefore(text, from))
        {
            from--;
        }

        var to = end;
        limit = Math.Min(text.Length, end + MaxReach);
        while (to < limit && !EndsSentenceBefore(text, to + 1))
        {
            to++;
        }

        return (from, Math.Min(to + (to < text.Length ? 1 : 0), text.Length));
    }

    // Whether the character at position - 1 ends a sentence (so position starts a new one).
    private static bool EndsSentenceBefore(string text, int position)
    {
        if (position <= 0 || position > text.Length)
        {
            return position <= 0;
        }

        var c = text[position - 1];
        switch (c)
        {
            case '\n' or '\r' or '!' or '?' or '…':
                return true;
            case '.':
                return (position == text.Length || char.IsWhiteSpace(text[position])) && !ClosesNumberOrAbbreviation(text, position - 1);
            default:
                return false;
        }
    }

    private static bool ClosesNumberOrAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }

        if (char.IsDigit(word[^1]))
        {
            return true;
        }

        return word.Length <= 6 && Abbreviations.Contains(word);
    }
}
