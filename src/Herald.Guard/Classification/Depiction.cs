using System.Text.RegularExpressions;
using Herald.Guard.Text;

namespace Herald.Guard.Classification;

/// <summary>
/// Decides whether a sentence describes something the post shows — a photo, a screenshot, a slide, a stamp
/// on a document — so that a marking quoted in it is what can be seen there ("the footer on every slide says
/// "Strictly confidential – Board only"", „auf dem Bildschirm ist … zu sehen, oben „VS-NfD“"), not a word the
/// author is talking about. It does when it has
/// <list type="bullet">
/// <item>a phrase of seeing: "zu sehen", "sieht man", "steht drauf", "Bildbeschreibung", "you can see", "pictured" …
/// ("im Hintergrund", "in the background" are not: advice uses them for photos in general), or what the pages of a document say
/// („unten auf jeder Seite steht: …“, "it says on every page", "at the bottom of each page it reads");</item>
/// <item>or a thing a marking is seen on — Foto, Bild, Screenshot, Folie, Fußzeile, Stempel, Aufkleber,
/// Whiteboard, photo, picture, slide, footer, header, stamp, sticker … — that is a particular one: with a
/// definite article, a possessive or a demonstrative ("the footer", „auf meinem Screenshot“, "this slide"),
/// or numbered or introducing what follows ("slide 4", "Foto:").</item>
/// </list>
/// It also does when the author says the post quotes a part of a document — a sharing or quoting verb and a passage
/// ("ich teile einen Absatz aus dem Lagebericht, Kopfzeile „VS – Nur für den Dienstgebrauch“", "quoting a paragraph from the
/// report"), or a particular passage introduced with a colon („Oben auf jeder Seite steht „NUR FÜR DEN INTERNEN GEBRAUCH“, aber
/// dieser Absatz ist zu schön …:“) — unless the sentence negates it („ich teile keinen Absatz …“, "I won't quote a section").
/// A banner ("the yellow banner "Sensitivity: Confidential"") is a thing a marking is seen on, like a footer.
/// A thing in general ("a footer saying …", „ein „VERTRAULICH“-Stempel“, "every slide", bare plurals such as
/// „Fotos mit …“) or a kind of thing named by a quoted term ("the "CONFIDENTIAL" stamp") is advice or opinion,
/// not a description of what is shown.
/// </summary>
internal static class Depiction
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // How many words before a thing are searched for its article: "the red footer", „auf dem mittleren Bildschirm“.
    private const int ArticleReach = 3;

    private static readonly BoundedRegex SeeingPhrases = new(
        @"\b(?:zu[\p{Zs}\t]+(?:sehen|erkennen)|(?:sieht|sah)[\p{Zs}\t]+man|seht[\p{Zs}\t]+ihr|siehst[\p{Zs}\t]+du|erkennt[\p{Zs}\t]+man"
        + @"|st(?:eh(?:t|en)|and(?:en)?)[\p{Zs}\t]+(?:drauf|darauf|oben|unten)|bildbeschreibung|bildunterschrift|abgebildet"
        + @"|you[\p{Zs}\t]+can[\p{Zs}\t]+(?:see|spot|read)|can[\p{Zs}\t]+be[\p{Zs}\t]+seen|pictured|image[\p{Zs}\t]+description|alt[\p{Zs}\t]*-?text"
        + @"|(?:auf|on|at[\p{Zs}\t]+the[\p{Zs}\t]+(?:bottom|top|foot|head)[\p{Zs}\t]+of)[\p{Zs}\t]+(?:jeder|every|each|all)[\p{Zs}\t]+(?:[\w-]+[\p{Zs}\t]+)?(?:seite|page|folie|slide)s?"
        + @"(?:[\p{Zs}\t]+[\w-]+){0,3}?[\p{Zs}\t]+(?:steht|stand|stehen|standen|says|said|reads|read)"
        + @"|(?:steht|stand|stehen|standen|says|said|reads)[\p{Zs}\t]+(?:[\w-]+[\p{Zs}\t]+){0,2}(?:auf|on|at[\p{Zs}\t]+the[\p{Zs}\t]+(?:bottom|top)[\p{Zs}\t]+of)[\p{Zs}\t]+(?:jeder|every|each|all)[\p{Zs}\t]+(?:[\w-]+[\p{Zs}\t]+)?(?:seite|page|folie|slide)s?)\b",
        Options);

    // German compounds count ("Schulungsfolie", „Handyfoto“), but not those that mean something else:
    // "Stempel" and "Bild" only alone (Zeitstempel, Vorbild, Leitbild).
    private static readonly BoundedRegex Things = new(
        @"\b(?:\w*(?:foto|folie|screenshot|fu(?:ß|ss)zeile|kopfzeile|aufkleber|deckblatt|titelblatt|whiteboard|flipchart)\w*|stempel|bild(?:er|ern|es)?|bildschirm\w*|monitor\w*"
        + @"|photo(?:s|graph|graphs)?|pic(?:ture)?s?|images?|slides?|(?:slide[\p{Zs}\t]*)?decks?|footers?|headers?|stamps?|stickers?|screens?"
        + @"|flip[\p{Zs}\t]*charts?|cover[\p{Zs}\t]+(?:page|sheet)s?|letterheads?|banners?|\w*banner|infoleiste\w*"
        + @"|\w*(?:rückenschild|ordnerrücken|etikett|wasserzeichen)\w*|ordner|ordnern|spines?|binders?|watermarks?)\b",
        Options);

    private static readonly BoundedRegex QuotingVerbs = new(
        @"\b(?:teile|teilen|zitiere|zitieren|zitiert|poste|share|sharing|shared|quote|quoting|quoted)\b",
        Options);

    private static readonly BoundedRegex Passages = new(
        @"\b(?:absatz|absätze|auszug|auszüge|abschnitt|passage|passagen|textstelle|paragraphs?|excerpts?|extracts?|sections?|passages?)\b",
        Options);

    // A particular passage that the sentence introduces: „aber dieser Absatz ist zu schön …:“, "here is the following section:".
    private static readonly BoundedRegex ParticularPassages = new(
        @"\b(?:diese[rnms]?|folgende[rnms]?|this|these|the[\p{Zs}\t]+following)[\p{Zs}\t]+(?:absatz|absätze|auszug|abschnitt|passage|textstelle|paragraphs?|excerpts?|sections?|passages?)\b",
        Options);

    private static readonly BoundedRegex Negations = new(
        @"\b(?:kein\w*|nicht|nie|niemals|no|not|never|won't|don't|can't|cannot)\b",
        Options);

    // Determiners that make a thing a particular one; contractions of a preposition and the article count too.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particular = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "my", "our", "your", "his", "her", "its", "their",
        "der", "die", "das", "den", "dem", "des", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "jene", "jenem", "jenen", "jener",
        "mein", "meine", "meinem", "meinen", "meiner", "meines", "unser", "unsere", "unserem", "unseren", "unserer", "unseres",
        "dein", "deine", "deinem", "deinen", "deiner", "euer", "eure", "eurem", "euren", "eurer", "sein", "seine", "seinem", "seinen", "seiner",
        "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "am", "vom", "beim", "zum", "zur", "ins", "aufs",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Determiners of a thing in general; the search for an article stops at them.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> General = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "any", "some", "every", "each", "no",
        "ein", "eine", "einem", "einen", "einer", "eines", "kein", "keine", "keinem", "keinen", "keiner", "keines",
        "jede", "jedem", "jeden", "jeder", "jedes", "manche", "manchen",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="sentence"/> describes something the post shows.</summary>
    public static bool Describes(ReadOnlySpan<char> sentence)
    {
        if (SeeingPhrases.IsMatch(sentence) || QuotesPassage(sentence))
        {
            return true;
        }

        foreach (var thing in Things.EnumerateMatches(sentence))
        {
            if (IsParticular(sentence, thing.Index, thing.Index + thing.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence says the post quotes a passage of a document ("ich teile einen Absatz aus …"), or introduces a particular
    /// passage with a colon („aber dieser Absatz ist zu schön, um ihn in der Schublade zu lassen:“).
    /// </summary>
    public static bool QuotesPassage(ReadOnlySpan<char> sentence) =>
        ((QuotingVerbs.IsMatch(sentence) && Passages.IsMatch(sentence)) || IntroducesPassage(sentence)) && !Negations.IsMatch(sentence);

    private static bool IntroducesPassage(ReadOnlySpan<char> sentence) =>
        sentence.TrimEnd().EndsWith(':') && ParticularPassages.IsMatch(sentence);

    private static bool IsParticular(ReadOnlySpan<char> sentence, int start, int end)
    {
        var next = end;
        while (next < sentence.Length && sentence[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next < sentence.Length && (char.IsDigit(sentence[next]) || sentence[next] == ':'))
        {
            return true;
        }

        // A thing right after a quoted term is named by it ("the "CONFIDENTIAL" stamp", „der „VERTRAULICH“-Stempel“):
        // a kind of stamp, whose article is no sign of a particular one.
        var i = start;
        var before = i;
        while (before > 0 && sentence[before - 1] is ' ' or '-' or '\u00A0')
        {
            before--;
        }

        if (before > 0 && before < start && Mention.IsQuote(sentence[before - 1]))
        {
            return false;
        }

        for (var words = 0; words < ArticleReach; words++)
        {
            // Quotes and hyphens are skipped („ein „VERTRAULICH“-Stempel“); other punctuation ends the phrase.
            while (i > 0 && !char.IsLetterOrDigit(sentence[i - 1]))
            {
                if (sentence[i - 1] is ',' or ';' or ':' or '.' or '(' or ')' or '[' or ']' or '!' or '?')
                {
                    return false;
                }

                i--;
            }

            var wordEnd = i;
            while (i > 0 && char.IsLetterOrDigit(sentence[i - 1]))
            {
                i--;
            }

            var word = sentence[i..wordEnd];
            if (word.IsEmpty || General.Contains(word))
            {
                return false;
            }

            if (Particular.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
