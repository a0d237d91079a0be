using System.Text.RegularExpressions;
using Herald.Guard.Text;

namespace Herald.Guard.Classification;

/// <summary>
/// A post may talk about a marking without carrying one: "Was bedeutet VS-NfD eigentlich?" explains it,
/// „VERTRAULICH“ in quotes names it. A marking is such a mention, and not flagged, when it is
/// <list type="bullet">
/// <item>in quotes or backticks, alone or opening or closing a quoted label („Streng vertraulich – nur Vorstand“), unless
/// the sentence describes something the post shows and the quote is what can be seen there (<see cref="Depiction"/>);</item>
/// <item>in a sentence that explains or compares markings: "bedeutet", "heißt", "steht für", "erklärt",
/// "Unterschied", "Stufen", "means", "stands for", "explained", "levels", "what is" …, or that warns of
/// markings as phishing bait ("Betreff", "subject line", "lure");</item>
/// <item>a TLP level in a sentence that names two or more TLP levels ("TLP:RED, TLP:AMBER, TLP:GREEN und TLP:CLEAR"), or in a
/// draft that walks through the scheme, one level a line (<see cref="ExplainsTrafficLightScheme"/>).</item>
/// </list>
/// A marking in the subject of a mail header the post reproduces ("Betreff: VERTRAULICH: …" at the start of a line) is carried,
/// not named as bait, unless phishing is the context (<see cref="InMailHeader"/>).
/// A marking in label form (a line of its own) is its own sentence, so an explanation on the next line
/// does not excuse it.
/// </summary>
internal static class Mention
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly BoundedRegex ExplainingWords = new(
        @"\b(?:bedeute[nt]?|bedeutung(?:en)?|hei(?:ß|ss)t|hei(?:ß|ss)en|steh(?:t|en)[\p{Zs}\t]+f(?:ü|ue)r|erkl(?:ä|ae)r\w*|definiert|definition(?:en)?|gemeint"
        + @"|unterschied\w*|stufen|einstufungen|kennzeichnungen|was[\p{Zs}\t]+(?:ist|sind)|wof(?:ü|ue)r"
        + @"|means|meaning|stands?[\p{Zs}\t]+for|explain\w*|defined?|definitions?|difference|levels|markings|labels|what[\p{Zs}\t]+(?:is|are|does))\b",
        Options);

    // Where a marking sits in a mail: in warnings of phishing bait ("Betreff: VERTRAULICH") it is named, not carried.
    private static readonly BoundedRegex BaitWords = new(
        @"\b(?:betreff\w*|subject[\p{Zs}\t]+lines?|subjects?|lures?)\b",
        Options);

    // Phishing and scams: a marking shown in their context is their bait. (Attackers are not enough: advisories speak of them.)
    private static readonly BoundedRegex PhishingContext = new(
        @"\b(?:\w*phish\w*|smishing|vishing|scam\w*|spam\w*|fake\w*|betrug\w*|betrüger\w*|gefälscht\w*|köder\w*|lures?|bait|fraud\w*)\b",
        Options);

    // A marking named in prose for a particular document: „Das Dokument ist als streng vertraulich eingestuft“, "the deck is classified
    // as strictly confidential", "was marked confidential" — not advice on marking („sollten als vertraulich gekennzeichnet werden“).
    private static readonly BoundedRegex MarkedAs = new(
        @"\b(?:(?:ist|sind|war|waren|wurde|wurden)[\p{Zs}\t]+(?:[\w-]+[\p{Zs}\t]+){0,2}als[\p{Zs}\t]+(?:(?:streng|strikt)[\p{Zs}\t]+)?(?:vertraulich|geheim|intern|vs-nfd)[\p{Zs}\t]+"
        + @"(?:eingestuft|gekennzeichnet|markiert|klassifiziert|deklariert)"
        + @"|(?:is|are|was|were)[\p{Zs}\t]+(?:[\w-]+[\p{Zs}\t]+){0,2}(?:classified|marked|labell?ed|flagged)[\p{Zs}\t]+(?:as[\p{Zs}\t]+)?(?:(?:strictly|highly)[\p{Zs}\t]+)?(?:confidential|secret|internal))\b",
        Options);

    // The author passes on what the marked document holds: „dass ich sie euch hier zusammenfasse“, "here are", "I'll summarise".
    private static readonly BoundedRegex PassesOn = new(
        @"\b(?:zusammenfass\w*|fasse[\p{Zs}\t]+(?:[\w-]+[\p{Zs}\t]+){0,4}zusammen|zeige|teile|zitiere|hier[\p{Zs}\t]+(?:sind|ist|kommt|kommen)|folgende\w*"
        + @"|here(?:'s|’s|[\p{Zs}\t]+is|[\p{Zs}\t]+are|[\p{Zs}\t]+comes)|summari[sz]\w*|sharing|i(?:'ll|’ll|[\p{Zs}\t]+will)?[\p{Zs}\t]+(?:share|show|quote)|the[\p{Zs}\t]+following|below)\b",
        Options);

    // A refusal to pass it on: „zeige ich nicht“, "I can't share", "nothing from it".
    private static readonly BoundedRegex Withheld = new(
        @"\b(?:nicht|nichts|kein\w*|not|nothing|never|nie|can't|can’t|cannot|won't|won’t)\b",
        Options);

    // How far before a quoted passage its introduction is looked at for phishing context.
    private const int IntroductionReach = 200;

    // How far a quoted passage may run, and how many words after its marking make it a passage rather than a label.
    private const int MaxPassage = 600;
    private const int MinPassageWords = 8;

    /// <summary>
    /// Whether the marking at <c>[start, end)</c> stands in quotes: right between two ("VS-NfD"), or at one end of a
    /// quoted label whose other part a separator sets off ("Strictly confidential – Board only").
    /// </summary>
    public static bool IsQuoted(string text, int start, int end)
    {
        var opens = start > 0 && IsQuote(text[start - 1]);
        var closes = end < text.Length && IsQuote(text[end]);
        return (opens && (closes || LabelForm.SeparatorFollows(text, end))) || (closes && LabelForm.SeparatorPrecedes(text, start));
    }

    /// <summary>Whether <paramref name="c"/> is a quotation mark or backtick, in any of the usual typographies.</summary>
    public static bool IsQuote(char c) => c is '"' or '\'' or '`' or '„' or '“' or '”' or '‚' or '‘' or '’' or '«' or '»' or '‹' or '›' or '＂';

    /// <summary>
    /// Whether <paramref name="sentence"/> names the marking of a document in prose and passes on what it holds: „Das Dokument ist als
    /// streng vertraulich eingestuft, aber die drei Folien fasse ich euch hier zusammen:“, "The report is marked confidential, but here
    /// are its three findings". Saying that a document is marked and that its content stays out („… deshalb zeige ich nichts daraus“) is not.
    /// </summary>
    public static bool MarkedInProse(ReadOnlySpan<char> sentence) =>
        MarkedAs.IsMatch(sentence) && PassesContentOn(sentence);

    /// <summary>Whether <paramref name="sentence"/> passes a document's content on („hier zusammenfasse“, "here are") rather than holding it back.</summary>
    public static bool PassesContentOn(ReadOnlySpan<char> sentence) => PassesOn.IsMatch(sentence) && !Withheld.IsMatch(sentence);

    /// <summary>
    /// Whether the marking at <c>[start, end)</c> is part of a file name: the word it is joined into ends in an extension of two to
    /// four letters ("Lagebild_STRENG_VERTRAULICH.pptx", "Report-Q4_internal_only.pdf").
    /// </summary>
    public static bool InFileName(string text, int start, int end)
    {
        var i = end;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            i++;
        }

        if (i >= text.Length - 2 || text[i] != '.')
        {
            return false;
        }

        var extension = 0;
        while (i + 1 + extension < text.Length && char.IsAsciiLetter(text[i + 1 + extension]))
        {
            extension++;
        }

        var after = i + 1 + extension;
        return extension is >= 2 and <= 4 && (after == text.Length || !char.IsLetterOrDigit(text[after]));
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> explains or compares markings, or warns of them as bait ("Betreff", "subject line").
    /// A subject line the post shows ("Auf dem Screenshot seht ihr … mit dem Betreff „[NUR FÜR DEN INTERNEN GEBRAUCH] …“")
    /// is carried, not named, unless the sentence speaks of phishing.
    /// </summary>
    public static bool Explains(ReadOnlySpan<char> sentence) =>
        ExplainingWords.IsMatch(sentence)
        || (BaitWords.IsMatch(sentence) && (PhishingContext.IsMatch(sentence) || !Depiction.Describes(sentence)));

    /// <summary>
    /// Whether the marking at <c>[start, end)</c> opens a quoted passage — the quote goes on past a sentence end with
    /// at least <see cref="MinPassageWords"/> words ("TLP:AMBER+STRICT — Recipients may share this only … ; indicators attached.") —
    /// which reproduces the marked document itself. Passages introduced as phishing or scam examples are their bait.
    /// </summary>
    public static bool HeadsQuotedPassage(string text, int start, int end)
    {
        if (start == 0 || ClosingQuote(text[start - 1]) is not { } close)
        {
            return false;
        }

        var limit = Math.Min(text.Length, end + MaxPassage);
        var closeAt = text.AsSpan(end, limit - end).IndexOfAny(close, '\n');
        if (closeAt < 0 || text[end + closeAt] == '\n')
        {
            return false;
        }

        var passage = text.AsSpan(end, closeAt).TrimEnd();
        var sentenceEnd = passage.IndexOfAny(".;!?");
        if (sentenceEnd < 0 || sentenceEnd == passage.Length - 1)
        {
            return false;
        }

        var introduction = text.AsSpan(Math.Max(0, start - IntroductionReach), Math.Min(start, IntroductionReach));
        return passage.Count(' ') >= MinPassageWords && !PhishingContext.IsMatch(introduction) && !PhishingContext.IsMatch(passage);
    }

    // The quotation mark that closes a passage opened by <paramref name="open"/>; single quotes are apostrophes too often.
    private static char? ClosingQuote(char open) => open switch
    {
        '"' => '"',
        '„' => '“',
        '“' => '”',
        '«' => '»',
        '»' => '«',
        _ => null,
    };

    // A draft naming this many different TLP levels explains the scheme: a shared report carries one level, perhaps two.
    private const int SchemeLevels = 3;

    // Mail header fields whose value is the subject line.
    private static readonly string[] SubjectFields = ["betreff", "subject", "re", "aw", "fw", "fwd", "wg"];

    /// <summary>
    /// Whether the draft names at least three different TLP levels (one a line, say): it walks through the Traffic Light
    /// Protocol rather than carrying a level on something it shares.
    /// </summary>
    public static bool ExplainsTrafficLightScheme(ReadOnlySpan<char> text)
    {
        var seen = 0;
        foreach (var match in Markings.TrafficLightLevel.EnumerateMatches(text))
        {
            var value = text.Slice(match.Index, match.Length);
            seen |= 1 << (char.ToLowerInvariant(value[value.LastIndexOfAny(" \t:-\u00A0") + 1]) - 'a');
        }

        return int.PopCount(seen) >= SchemeLevels;
    }

    /// <summary>
    /// Whether the marking at <paramref name="start"/> is the subject of a mail header the post reproduces: its line starts with
    /// "Betreff:", "Subject:" (or "AW:", "Fwd:" …) and nothing else comes before the marking, and the text before it does not speak
    /// of phishing or scams — a warning would show bait ("Betreff: VERTRAULICH – Rechnung"), a shared mail its own subject.
    /// </summary>
    public static bool InMailHeader(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var line = text.AsSpan(lineStart, start - lineStart).Trim();
        if (line.IsEmpty || line[^1] != ':')
        {
            return false;
        }

        var field = line[..^1].TrimEnd();
        var known = false;
        foreach (var name in SubjectFields)
        {
            known |= field.Equals(name, StringComparison.OrdinalIgnoreCase);
        }

        var introduction = text.AsSpan(Math.Max(0, lineStart - IntroductionReach), Math.Min(lineStart, IntroductionReach));
        return known && !PhishingContext.IsMatch(introduction);
    }

    /// <summary>Whether <paramref name="sentence"/> names two or more different TLP levels.</summary>
    public static bool NamesSeveralTrafficLightLevels(ReadOnlySpan<char> sentence)
    {
        var first = '\0';
        foreach (var match in Markings.TrafficLightLevel.EnumerateMatches(sentence))
        {
            // The level is the match's last word; its first letter (r, a, g, c, w) tells levels apart.
            var value = sentence.Slice(match.Index, match.Length);
            var level = char.ToLowerInvariant(value[value.LastIndexOfAny(" \t:-\u00A0") + 1]);
            if (first == '\0')
            {
                first = level;
            }
            else if (level != first)
            {
                return true;
            }
        }

        return false;
    }
}
