using Herald.Guard.Text;

namespace Herald.Guard.Confidential;

/// <summary>
/// Decides whether a code name that is also an ordinary word (policy <c>match: name</c>: "Polarlicht", "Nebelhorn")
/// is written as a name here. It is when it is
/// <list type="bullet">
/// <item>in capitals: "POLARLICHT";</item>
/// <item>glued to a project word or a number: "Polarlicht-Rollout", "#TeamPolarlicht", "#polarlicht2027", "Kormoran-Baustelle";</item>
/// <item>next to a project word: "Projekt Polarlicht", "Codename Polarlicht", "the Polarlicht team", "Polarlicht pilot";</item>
/// <item>in running text without an article or determiner up to two words before it (not counting one before a preposition right
/// before it: „die für Kormoran pendeln“), as names go: „Seeadler geht im Frühjahr live“, "we launched Polarlicht last week" — in English also capitalised and not a sentence's first word, in German not between a
/// verb of physical position or motion and a place („Am Morgen lag Treibholz auf dem Vorplatz“ is the thing).</item>
/// </list>
/// The ordinary word — „das Polarlicht über dem Fjord“, "we hiked up the Nebelhorn", the hashtag #Polarlicht alone,
/// „ein Polarlicht-Foto“ — is not.
/// More signs of a name: a compound or neighbour that is a noun of the term's policy note, which says what the
/// project is („Pegelstand-Dashboard“ for a note „Internes Kennzahlen-Dashboard“, „vom Rechenzentrum Hafenkante“ for a note „Neues
/// Rechenzentrum“); a year after it, as editions of events and exercises are named ("Nebelhorn 2027 is going to run"); a title that opens a quotation,
/// set off by a dash or colon („Windrose – Shortlist und nächste Schritte“); and going live, which projects do and things do not
/// ("Gezeitenwechsel has been live since October", „Seeadler ist seit Montag live“) without an article before it.
/// The word that closes a quoted title after other words („eine alte Folge „Notruf Hafenkante““) belongs to that title — a series,
/// a book, a place — and is no sign either way.
/// Running text is the weakest sign (<see cref="NameSign.RunningText"/>): the caller drops it when the same draft uses the
/// word with an article elsewhere, because a draft uses a word in one sense ("the Tidewater region of Virginia …
/// Thank you, Tidewater").
/// Runs only on matches of such terms, so it costs nothing elsewhere.
/// </summary>
internal static class NameForm
{
    /// <summary>How a match of a <c>match: name</c> term is written.</summary>
    public enum NameSign
    {
        /// <summary>Not as a name: a hashtag alone, a compound with an ordinary word.</summary>
        None,

        /// <summary>As a thing or a place: with an article or determiner ("the Nebelhorn", „das Polarlicht“).</summary>
        Ordinary,

        /// <summary>In running text without an article, as names go; the weakest sign.</summary>
        RunningText,

        /// <summary>Clearly as a name: capitals, a project word, a number, a noun of the note, a quoted title.</summary>
        Name,
    }

    private static readonly string[] NoNoteWords = [];
    // Words that make a neighbouring word the name of a project, team or programme.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProjectWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "projekt", "projekte", "projekts", "projektes", "project", "projects", "team", "teams", "rollout", "roll-out", "pilot", "piloten", "pilotprojekt",
        "launch", "go-live", "golive", "release", "programm", "program", "programme", "initiative", "vorhaben", "sprint", "kickoff", "kick-off",
        "workstream", "taskforce", "task-force", "steuerkreis", "lenkungskreis", "roadmap", "migration", "plattform", "platform", "baustelle",
        "codename", "code-name", "codenamen", "deal", "phase", "squad",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Articles and determiners: after them, up to an adjective away, the word is a thing or a place ("the Nebelhorn",
    // „das grüne Polarlicht“, „am Nebelhorn“). Possessives of the company ("unser", "our") are not among them: "our Seeadler" is a project.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "some", "any", "every", "each", "no", "my", "your", "his", "her", "their",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem",
        "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "aufs", "dieser", "diese", "dieses", "diesen", "diesem", "jeder", "jede", "jedes",
        "mein", "meine", "meinen", "meinem", "dein", "deine", "sein", "seine", "ihr", "ihre", "welch", "welche", "solch", "solche",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Prepositions that open a phrase of their own: an article before them belongs to another noun or is a relative pronoun
    // („drei Kollegen, die für Kormoran pendeln“), so the word after them has no article up to two words back; the article of a thing
    // would follow the preposition („für den Kormoran“).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "für", "mit", "von", "bei", "nach", "zu", "aus", "gegen", "ohne", "um", "durch", "seit", "for", "with", "from", "to", "by", "about", "without", "on",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs of physical position or motion (past and present) that things do and projects do not.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhysicalVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "lag", "lagen", "liegt", "liegen", "trieb", "trieben", "treibt", "treiben", "schwamm", "schwammen", "schwimmt", "schwimmen", "flog", "flogen",
        "fliegt", "fliegen", "kreiste", "kreisten", "kreist", "kreisen", "leuchtete", "leuchteten", "leuchtet", "leuchten", "landete", "landeten",
        "nistet", "nisten", "brütet", "brüten", "hing", "hingen", "hängt", "stieg", "steigt",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Prepositions that open a place.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Places = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "auf", "im", "am", "an", "in", "über", "unter", "vor", "hinter", "neben", "zwischen", "ins", "ans", "bei", "beim",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Where a project "lies": in plan, on ice, within budget.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProjectPlaces = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "zeitplan", "budget", "eis", "kurs", "soll", "rahmen", "prozent", "ziel", "verzug",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "we", "our", "is", "are", "was", "were", "to", "of", "with", "for", "this", "that", "it", "you", "have", "has", "on", "at",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GermanWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "und", "wir", "unser", "unsere", "ist", "sind", "mit", "für", "ein", "eine", "zu", "von", "den", "dem", "nicht", "auf", "im",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // How many words after a name "live" may come, and the words it may come over ("has been live", „ist seit Montag live“).
    private const int MaxLiveWords = 4;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LiveWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "been", "is", "was", "went", "goes", "going", "now", "already", "finally", "ist", "war", "ging", "geht", "gehen", "seit",
        "jetzt", "bereits", "schon", "endlich", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "heute", "gestern",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // A compound's parts are joined by these inside one token: "Polarlicht-Rollout", "polarlicht_v2".
    private const string Joiners = "-_";

    // Neighbouring words are looked at only this far, so that a match inside a huge run of letters stays cheap.
    private const int MaxReach = 40;

    /// <summary>
    /// The nouns of a policy note, which say what the project is: capitalised words of five letters or more, the note's first
    /// word only when it has no adjective ending („Internes“, „Neue“ are left out; „Sensorik“ stays).
    /// </summary>
    public static string[] NoteWords(string? note)
    {
        if (note is null)
        {
            return NoNoteWords;
        }

        var words = note.Split([' ', '-', '/', ',', '(', ')', '.', ':', ';'], StringSplitOptions.RemoveEmptyEntries);
        return [.. words
            .Where((w, i) => w.Length >= 5 && char.IsUpper(w[0]) && w.All(char.IsLetter)
                && (i > 0 || !(w.EndsWith('e') || w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal))))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>How the match at <c>[start, start + length)</c> is written; <paramref name="noteWords"/> from <see cref="NoteWords"/>.</summary>
    public static NameSign Sign(string text, int start, int length, string[] noteWords)
    {
        var end = start + length;
        var value = text.AsSpan(start, length);
        if (IsCapitals(value))
        {
            return NameSign.Name;
        }

        var before = GluedPart(text, start, forward: false);
        var after = GluedPart(text, end, forward: true);
        if (!before.IsEmpty || !after.IsEmpty)
        {
            // A compound: a name when its other part is a project word, a number or a noun of the note, an ordinary word otherwise.
            return IsProjectWordOrNumber(before) || IsProjectWordOrNumber(after) || IsNoteWord(before, noteWords) || IsNoteWord(after, noteWords)
                ? NameSign.Name
                : NameSign.None;
        }

        var previous = WordBefore(text, start, out var previousStart);
        var next = WordAfter(text, end);
        if (ProjectWords.Contains(previous) || ProjectWords.Contains(next) || IsNoteWord(next, noteWords) || IsNoteWord(previous, noteWords)
            || OpensQuotedTitle(text, start, end)
            || (previous.Equals("name", StringComparison.OrdinalIgnoreCase) && WordBefore(text, previousStart, out _).Equals("code", StringComparison.OrdinalIgnoreCase)))
        {
            return NameSign.Name;
        }

        if (ClosesOthersTitle(text, start, end, previousStart))
        {
            return NameSign.None;
        }

        // Running text: a thing or a place takes an article ("das Polarlicht", "the Nebelhorn", "das grüne Polarlicht"); a name
        // goes without ("Seeadler geht live", "we launched Polarlicht"). A hashtag alone (#Polarlicht) says nothing either way.
        if (IsDeterminer(previous, text, start, end) || (!Prepositions.Contains(previous) && IsDeterminer(WordBefore(text, previousStart, out _), text, start, end)))
        {
            return NameSign.Ordinary;
        }

        if (IsHashtag(text, start))
        {
            return NameSign.None;
        }

        if (GoesLive(text, end) || IsYear(next))
        {
            return NameSign.Name;
        }

        // English capitalises only names, but also every sentence's first word.
        if (IsEnglish(text, start, end))
        {
            return char.IsUpper(value[0]) && !StartsSentence(text, start) ? NameSign.RunningText : NameSign.None;
        }

        return IsPhysicalScene(text, previous, end) ? NameSign.Ordinary : NameSign.RunningText;
    }

    // German running text where the word is a thing lying, drifting or flying somewhere: a verb of physical position or motion
    // right before it and a place right after („Am Morgen lag Treibholz auf dem Vorplatz“, „Nachts leuchtete Polarlicht über dem
    // Fjord“). A project is not there („Seit Montag läuft Seeadler im Pilotbetrieb“), and "in plan" or "on ice" are a project's places
    // („Danach lag Treibholz im Zeitplan“).
    private static bool IsPhysicalScene(string text, ReadOnlySpan<char> previous, int end)
    {
        if (!PhysicalVerbs.Contains(previous))
        {
            return false;
        }

        if (!Places.Contains(WordAfter(text, end, out var placeEnd)))
        {
            return false;
        }

        // The place's noun is one of the next two words: „im Zeitplan“, „auf dem Vorplatz“.
        return !ProjectPlaces.Contains(WordAfter(text, placeEnd, out var nextEnd)) && !ProjectPlaces.Contains(WordAfter(text, nextEnd, out _));
    }

    /// <summary>
    /// Whether the running-text match at <c>[start, start + length)</c> is capitalised inside an English sentence, not at its start and
    /// not after another capitalised word: "onboarding Vesterby's services" is a name, "Thomas Müller's goal" is a person's.
    /// </summary>
    public static bool IsEnglishProperName(string text, int start, int length)
    {
        var previous = WordBefore(text, start, out _);
        return char.IsUpper(text[start]) && !StartsSentence(text, start) && IsEnglish(text, start, start + length)
            && (previous.IsEmpty || !char.IsUpper(previous[0]));
    }

    private static bool IsNoteWord(ReadOnlySpan<char> word, string[] noteWords)
    {
        foreach (var noteWord in noteWords)
        {
            if (word.Equals(noteWord, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A title in quotes that the word opens, set off by a dash or a colon: „Windrose – Shortlist und nächste Schritte“.
    private static bool OpensQuotedTitle(string text, int start, int end)
    {
        if (start == 0 || !IsQuoteOrJoiner(text[start - 1]) || text[start - 1] is '-' or '–')
        {
            return false;
        }

        var i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i < text.Length && (text[i] == ':' || (text[i] is '–' or '—' or '-' && i > end && i + 1 < text.Length && text[i + 1] == ' '));
    }

    // "live" within the next few words, reached only over the words that say when or since when: "has been live", „ist seit Montag live“.
    private static bool GoesLive(string text, int end)
    {
        var position = end;
        for (var i = 0; i < MaxLiveWords; i++)
        {
            var word = WordAfter(text, position, out position);
            if (word.Equals("live", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!LiveWords.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    // The match closes a quoted title of two or three words that it does not open: „Notruf Hafenkante“, "Tales of the Hafenkante".
    private static bool ClosesOthersTitle(string text, int start, int end, int previousStart)
    {
        if (end >= text.Length || !IsTitleQuote(text[end]) || start == 0 || !char.IsWhiteSpace(text[start - 1]))
        {
            return false;
        }

        if (previousStart > 0 && IsTitleQuote(text[previousStart - 1]))
        {
            return true;
        }

        WordBefore(text, previousStart, out var firstStart);
        return firstStart > 0 && firstStart < previousStart && IsTitleQuote(text[firstStart - 1]);

        static bool IsTitleQuote(char c) => c is '"' or '„' or '“' or '”' or '«' or '»';
    }

    // "an" is the English article but a German preposition: „seit Monaten an Ankerkette arbeitet“ names a project.
    private static bool IsDeterminer(ReadOnlySpan<char> word, string text, int start, int end) =>
        Determiners.Contains(word) && (!word.Equals("an", StringComparison.OrdinalIgnoreCase) || IsEnglish(text, start, end));

    private static bool IsHashtag(string text, int start) => start > 0 && text[start - 1] == '#';

    // An edition's year after the name, as events and exercises are named ("Nebelhorn 2027 is going to run …").
    private static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && !word.ContainsAnyExceptInRange('0', '9') && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));

    private static bool IsCapitals(ReadOnlySpan<char> value)
    {
        var letters = 0;
        foreach (var c in value)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static bool IsProjectWordOrNumber(ReadOnlySpan<char> part) =>
        !part.IsEmpty && (ProjectWords.Contains(part) || !part.ContainsAnyExceptInRange('0', '9'));

    // The part of the same token glued to the match on one side, up to the next joiner: "Team" in "#TeamPolarlicht",
    // "Rollout" in "Polarlicht-Rollout-Plan", "2027" in "#polarlicht2027".
    private static ReadOnlySpan<char> GluedPart(string text, int at, bool forward)
    {
        var i = at;
        if (forward)
        {
            if (i < text.Length && Joiners.Contains(text[i]))
            {
                i++;
            }

            var partStart = i;
            var limit = Math.Min(text.Length, partStart + MaxReach);
            while (i < limit && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            return text.AsSpan(partStart, i - partStart);
        }

        if (i > 0 && Joiners.Contains(text[i - 1]))
        {
            i--;
        }

        var partEnd = i;
        var floor = Math.Max(0, partEnd - MaxReach);
        while (i > floor && char.IsLetterOrDigit(text[i - 1]))
        {
            i--;
        }

        return text.AsSpan(i, partEnd - i);
    }

    private static ReadOnlySpan<char> WordBefore(string text, int position, out int wordStart)
    {
        var i = position;
        var floor = Math.Max(0, position - MaxReach);
        while (i > floor && (char.IsWhiteSpace(text[i - 1]) || IsQuoteOrJoiner(text[i - 1])))
        {
            if (text[i - 1] == '\n')
            {
                break;
            }

            i--;
        }

        var wordEnd = i;
        floor = Math.Max(0, wordEnd - MaxReach);
        while (i > floor && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-'))
        {
            i--;
        }

        wordStart = i;
        return text.AsSpan(i, wordEnd - i).Trim('-');
    }

    private static ReadOnlySpan<char> WordAfter(string text, int position) => WordAfter(text, position, out _);

    private static ReadOnlySpan<char> WordAfter(string text, int position, out int wordEnd)
    {
        var i = position;
        var limit = Math.Min(text.Length, position + MaxReach);
        while (i < limit && text[i] != '\n' && (char.IsWhiteSpace(text[i]) || IsQuoteOrJoiner(text[i])))
        {
            i++;
        }

        var wordStart = i;
        limit = Math.Min(text.Length, wordStart + MaxReach);
        while (i < limit && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        wordEnd = i;
        return text.AsSpan(wordStart, i - wordStart).Trim('-');
    }

    private static bool IsQuoteOrJoiner(char c) => c is '"' or '\'' or '„' or '“' or '”' or '‚' or '‘' or '’' or '«' or '»' or '-' or '–';

    // Capitalised because it opens a sentence, a line or a list item, not because it is a name.
    private static bool StartsSentence(string text, int start)
    {
        var i = start;
        var floor = Math.Max(0, start - MaxReach);
        while (i > floor && (text[i - 1] is ' ' or '\t' or '\u00A0' || IsQuoteOrJoiner(text[i - 1])))
        {
            i--;
        }

        return i == 0 || text[i - 1] is '.' or '!' or '?' or '\n' or ':' or '•' or '…';
    }

    // English when the sentence holds more English than German function words.
    private static bool IsEnglish(string text, int start, int end)
    {
        var (from, to) = Sentences.Around(text, start, end);
        var sentence = text.AsSpan(from, to - from);
        var english = 0;
        var german = 0;
        foreach (var word in LetterWords.In(sentence))
        {
            english += EnglishWords.Contains(word) ? 1 : 0;
            german += GermanWords.Contains(word) ? 1 : 0;
        }

        return english > german;
    }
}
