namespace Herald.Guard.Classification;

/// <summary>
/// Decides whether a word that is also ordinary language ("vertraulich", "confidential", "restricted")
/// is written as a marking. It is when it is
/// <list type="bullet">
/// <item>in capitals ("VERTRAULICH"), unless the next word is in capitals too (a shouted headline such as
/// "CONFIDENTIAL COMPUTING") and not one that banners use ("CONFIDENTIAL INFORMATION", "VERTRAULICH – NUR FÜR …");</item>
/// <item>a multi-word marking in title case ("Strictly Confidential", "For Internal Use Only");</item>
/// <item>followed by a colon ("Vertraulich: …"), unless a connecting word puts it in the middle of a sentence
/// ("… hier poste statt nur intern: Weil …") or it ends a title in running text ("I think of L.A. Confidential: …"), or in brackets
/// ("[vertraulich]");</item>
/// <item>the value of a classification field ("Einstufung: vertraulich", "Classification: Confidential");</item>
/// <item>alone on its line, or at the start of a line followed by a separator ("Vertraulich – nur Vorstand"),
/// or at the end of a line after one ("Seite 3 | Vertraulich").</item>
/// </list>
/// In running text ("vertrauliche Gespräche", "treated strictly confidential") it is not.
/// </summary>
internal static class LabelForm
{
    // How far a label's line is looked at on either side; label lines are short.
    private const int LabelLineReach = 120;

    // Field names whose value is a classification; matched as the end of the word before the colon,
    // so compounds count too ("Geheimhaltungsstufe:", "Vertraulichkeitsklasse:").
    private static readonly string[] FieldNameEndings =
    [
        "einstufung", "klassifizierung", "klassifikation", "kennzeichnung", "stufe", "klasse", "schutzbedarf", "vertraulichkeitsbezeichnung", "vertraulichkeit",
        "classification", "sensitivity", "label", "marking", "level",
    ];

    // Capitalised words that follow a marking on banners; after them the marking is still a label.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BannerWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "information", "informationen", "document", "dokument", "unterlage", "unterlagen", "draft", "entwurf", "material", "data", "daten",
        "nur", "only", "do", "not", "nicht", "for", "für",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that continue a sentence; a marking right after one is part of the prose even when a colon follows
    // ("statt nur intern: Weil …", "rather than internal only: …"). A label starts a line or follows a field name.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "statt", "anstatt", "auch", "nicht", "sondern", "oder", "und", "aber", "als", "noch", "eher", "bloß", "lieber",
        "instead", "than", "also", "not", "or", "and", "but", "rather", "just", "merely",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsLabel(string text, int start, int length)
    {
        var end = start + length;
        var value = text.AsSpan(start, length);
        return (IsCapitals(value) && !NextWordIsCapitals(text, end))
            || (value.Contains(' ') && IsTitleCase(value))
            || (NextVisible(text, end) == ':' && !FollowsConnectingWord(text, start) && !EndsTitle(text, start, value))
            || (PreviousVisible(text, start) is '(' or '[' or '{' or '<' && NextVisible(text, end) is ')' or ']' or '}' or '>')
            || IsFieldValue(text, start)
            || StandsAloneOnLine(text, start, end);
    }

    private static bool FollowsConnectingWord(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        var wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return wordEnd > i + 1 && ConnectingWords.Contains(text.AsSpan(i + 1, wordEnd - i - 1));
    }

    // A title-case word that ends a name in running text: "I think of L.A. Confidential: …", "the film Hotel Confidential:". The word before
    // it is capitalised and itself follows a lower-case word on the line, so the colon closes the title, not a label at a line's start.
    private static bool EndsTitle(string text, int start, ReadOnlySpan<char> value)
    {
        if (value.Length < 2 || !char.IsUpper(value[0]) || !char.IsLower(value[1]))
        {
            return false;
        }

        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        var nameEnd = i + 1;
        while (i >= 0 && !char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        // The word before must not end a sentence ("Aus dem Protokoll. Nur intern: …"); an abbreviation ("L.A.") has a dot inside too.
        var name = text.AsSpan(i + 1, nameEnd - i - 1);
        if (name.IsEmpty || !char.IsUpper(name[0]) || (name[^1] is '.' or '!' or '?' && name[..^1].IndexOf('.') < 0))
        {
            return false;
        }

        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        return i >= 0 && char.IsLower(text[i]);
    }

    private static bool IsCapitals(ReadOnlySpan<char> value)
    {
        var letters = 0;
        foreach (var c in value)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool NextWordIsCapitals(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        var wordStart = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        return word.Length >= 2 && IsCapitals(word) && !BannerWords.Contains(word);
    }

    private static bool IsTitleCase(ReadOnlySpan<char> value)
    {
        var atWordStart = true;
        foreach (var c in value)
        {
            if (!char.IsLetter(c))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && !char.IsUpper(c))
            {
                return false;
            }

            atWordStart = false;
        }

        return true;
    }

    private static bool IsFieldValue(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        if (i < 0 || text[i] is not (':' or '='))
        {
            return false;
        }

        i--;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        var wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        var word = text.AsSpan(i + 1, wordEnd - i - 1);
        foreach (var ending in FieldNameEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StandsAloneOnLine(string text, int start, int end)
    {
        // A label line is short; looking further would make many hits on one huge line quadratic.
        var windowStart = Math.Max(0, start - LabelLineReach);
        var newlineBefore = text.AsSpan(windowStart, start - windowStart).LastIndexOf('\n');
        var lineStart = newlineBefore >= 0 ? windowStart + newlineBefore + 1 : windowStart;
        var windowEnd = Math.Min(text.Length, end + LabelLineReach);
        var newlineAfter = text.AsSpan(end, windowEnd - end).IndexOf('\n');
        var lineEnd = newlineAfter >= 0 ? end + newlineAfter : windowEnd;

        var before = text.AsSpan(lineStart, start - lineStart);
        var after = text.AsSpan(end, lineEnd - end);
        var nothingBefore = (newlineBefore >= 0 || windowStart == 0) && !ContainsWordCharacter(before);
        var nothingAfter = (newlineAfter >= 0 || windowEnd == text.Length) && !ContainsWordCharacter(after) && after.IndexOfAny(".!?,") < 0;
        return (nothingBefore && nothingAfter)
            || (nothingBefore && IsSeparator(FirstVisible(after)))
            || (nothingAfter && IsSeparator(LastVisible(before)));
    }

    private static bool ContainsWordCharacter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(char c) => c is ':' or '|' or '/' or '-' or '–' or '—' or '·' or '•';

    /// <summary>
    /// Whether a separator that sets a label off from what follows comes right after <paramref name="end"/>
    /// ("Strictly confidential – Board only"). A hyphen counts only between spaces: "VS-NfD-Laptops" is one word.
    /// </summary>
    public static bool SeparatorFollows(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        return i < text.Length && IsSeparator(text[i]) && (text[i] != '-' || (i > end && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])));
    }

    /// <summary>Whether a separator sets a label off from what comes before <paramref name="start"/> ("Seite 3 | Vertraulich").</summary>
    public static bool SeparatorPrecedes(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        return i >= 0 && IsSeparator(text[i]) && (text[i] != '-' || (i < start - 1 && i > 0 && char.IsWhiteSpace(text[i - 1])));
    }

    private static char FirstVisible(ReadOnlySpan<char> span)
    {
        var trimmed = span.TrimStart();
        return trimmed.IsEmpty ? '\0' : trimmed[0];
    }

    private static char LastVisible(ReadOnlySpan<char> span)
    {
        var trimmed = span.TrimEnd();
        return trimmed.IsEmpty ? '\0' : trimmed[^1];
    }

    private static char NextVisible(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        return i < text.Length ? text[i] : '\0';
    }

    private static char PreviousVisible(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        return i >= 0 ? text[i] : '\0';
    }
}
