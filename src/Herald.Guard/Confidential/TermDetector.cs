using Herald.Guard.Detection;
using Herald.Guard.Policy;

namespace Herald.Guard.Confidential;

/// <summary>
/// Finds the policy's code names and other confidential terms (block), customers under NDA (block) and
/// people who did not consent to be named (warn, personal data), all with one <see cref="TermMatcher"/>. A term marked
/// <c>match: name</c> counts only where it is written as a name (<see cref="NameForm"/>).
/// </summary>
/// <remarks>
/// Findings carry no replacement: a single replacement string cannot fit both German and English drafts,
/// and the fix is to describe the work, customer or person without the name, which the message explains.
/// When a name is on two lists, the first list in the order above wins.
/// </remarks>
internal sealed class TermDetector : IDetector
{
    private static readonly RuleInfo TermRule = new()
    {
        Id = "policy-confidential-term",
        Category = FindingCategory.Confidential,
        Severity = Severity.Block,
        Message = new LocalizedText(
            "This is an internal name and must stay inside the company. You can still tell the story: describe the work without the name.",
            "Das ist ein interner Name, der im Unternehmen bleiben muss. Die Geschichte kannst du trotzdem erzählen: Beschreib die Arbeit ohne den Namen."),
    };

    private static readonly RuleInfo CustomerRule = new()
    {
        Id = "policy-nda-customer",
        Category = FindingCategory.Confidential,
        Severity = Severity.Block,
        Message = new LocalizedText(
            "This customer is under a non-disclosure agreement: we may not say in public that we work together. Leave the name out or write about \u201ca customer\u201d.",
            "Dieser Kunde steht unter einer Geheimhaltungsvereinbarung (NDA): Wir dürfen nicht öffentlich sagen, dass wir zusammenarbeiten. Lass den Namen weg oder schreib von \u201eeinem Kunden\u201c."),
    };

    private static readonly RuleInfo PersonRule = new()
    {
        Id = "policy-person",
        Category = FindingCategory.PersonalData,
        Severity = Severity.Warn,
        Redaction = Redaction.Partial,
        Message = new LocalizedText(
            "This person did not agree to be named in public; ask them first or leave the name out.",
            "Diese Person hat nicht zugestimmt, öffentlich genannt zu werden; frag sie zuerst oder lass den Namen weg."),
    };

    private readonly TermMatcher _matcher;
    private readonly Entry[] _entries;

    private TermDetector(TermMatcher matcher, Entry[] entries)
    {
        _matcher = matcher;
        _entries = entries;
    }

    /// <summary>Builds the detector, or returns null when the policy names no terms, customers or people.</summary>
    public static TermDetector? Create(GuardPolicy policy)
    {
        var entries = new List<Entry>();
        var names = new List<string>();

        // The names so far, to skip a derived name that is already one: a list lookup would make a large policy's build quadratic.
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in policy.ConfidentialTerms)
        {
            var entry = term.OnlyAsName
                ? new Entry(TermRule, MessageForTerm(term), OnlyAsName: true, NameForm.NoteWords(term.Note))
                : new Entry(TermRule, MessageForTerm(term), NoteWords: NameForm.NoteWords(term.Note), Plurals: PluralsOf(term.Term));
            names.Add(term.Term);
            known.Add(term.Term);
            entries.Add(entry);

            // "Project Lighthouse" is „Projekt Lighthouse“ in a German post (#ProjektLighthouse), and the other way round.
            if (TranslatedProjectWord(term.Term) is { } translated && known.Add(translated))
            {
                names.Add(translated);
                entries.Add(entry);
            }
        }

        foreach (var customer in policy.CustomersUnderNda)
        {
            names.Add(customer);
            known.Add(customer);
            entries.Add(new Entry(CustomerRule, MessageForCustomer(customer)));

            // A customer named after its town is also named with the town first, as German does: "Nordwerft Kiel" is „die Kieler Nordwerft“.
            if (TownFirst(customer) is { } townFirst && known.Add(townFirst))
            {
                names.Add(townFirst);
                entries.Add(new Entry(CustomerRule, MessageForCustomer(customer)));
            }

            // A customer whose first word is a compound ending in its trade is also named by the trade alone: "Alpenmolkerei Sonnhof" is
            // „die Molkerei Sonnhof im Allgäu“.
            if (TradeFirst(customer) is { } tradeFirst && known.Add(tradeFirst))
            {
                names.Add(tradeFirst);
                entries.Add(new Entry(CustomerRule, MessageForCustomer(customer)));
            }
        }

        foreach (var person in policy.PeopleWithoutConsent)
        {
            names.Add(person);
            known.Add(person);
            entries.Add(new Entry(PersonRule, null));
        }

        // Address books and attendee lists write a person "Last, First" („Okafor, Miriam“): the surname is looked up, and counts only
        // with the first name after its comma.
        foreach (var person in policy.PeopleWithoutConsent)
        {
            var words = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 2 && known.Add(words[1]))
            {
                names.Add(words[1]);
                entries.Add(new Entry(PersonRule, null, FirstName: words[0]));
            }
        }

        // A customer is also named without its legal form or sector ("Vesterby's feeder services" for "Vesterby Shipping"), but that short
        // form is often an ordinary word or a surname too ("the prime meridian" for "Meridian Pharma", „Muster“ for "Muster Bank"), so it
        // counts only where clearly written as a name: with a project word or in capitals, or capitalised inside an English sentence and
        // not after another capitalised word ("Thomas Müller's goal" is a person). German capitalises every noun, so there running text is no sign.
        foreach (var customer in policy.CustomersUnderNda)
        {
            if (ShortForm(customer) is { } shortForm && known.Add(shortForm))
            {
                names.Add(shortForm);
                entries.Add(new Entry(CustomerRule, MessageForCustomer(customer), OnlyAsName: true, NoteWords: [], ShortForm: true));
            }
        }

        return names.Count == 0 ? null : new TermDetector(new TermMatcher(names), [.. entries]);
    }

    // The term with its leading project word in the other language ("Project Lighthouse" → "Projekt Lighthouse"), or null.
    private static string? TranslatedProjectWord(string term)
    {
        foreach (var (word, other) in ProjectWordTranslations)
        {
            if (term.Length > word.Length + 1 && term.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
            {
                return other + term[word.Length..];
            }
        }

        return null;
    }

    // A customer of two or more words whose first word is a German compound ending in a trade ("Alpenmolkerei Sonnhof"), with the trade
    // alone in its place ("Molkerei Sonnhof"), or null. The rest of the name keeps it specific.
    private static string? TradeFirst(string customer)
    {
        var words = customer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[1].Length < MinShortForm)
        {
            return null;
        }

        foreach (var trade in Trades)
        {
            if (words[0].Length >= trade.Length + 3 && words[0].EndsWith(trade, StringComparison.OrdinalIgnoreCase))
            {
                return char.ToUpperInvariant(trade[0]) + trade[1..] + " " + string.Join(' ', words[1..]);
            }
        }

        return null;
    }

    // Trades that end German company names' compounds: „Alpenmolkerei“, „Nordseewerft“, „Elbreederei“.
    private static readonly string[] Trades =
    [
        "molkerei", "brauerei", "bäckerei", "metzgerei", "kellerei", "druckerei", "reederei", "spedition", "werft", "mühle", "kühlhaus", "klinikum",
        "kliniken", "logistik", "pharma", "bank", "versicherung", "werke", "stahl", "chemie",
    ];

    private static readonly (string Word, string Other)[] ProjectWordTranslations = [("Project", "Projekt"), ("Projekt", "Project")];

    // A two-word customer whose second word is its town, with the town's German adjective first ("Nordwerft Kiel" → "Kieler Nordwerft",
    // "Hafenbau Bremen" → "Bremer Hafenbau"), or null. Names ending in a legal form or sector word ("Vesterby Shipping") have no town.
    private static string? TownFirst(string customer)
    {
        var words = customer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || words[1].Length < MinShortForm || !char.IsUpper(words[1][0]) || !words[1].All(char.IsLetter)
            || LegalFormsAndSectors.Contains(words[1]))
        {
            return null;
        }

        var town = words[1];
        var adjective = town.EndsWith("en", StringComparison.Ordinal) ? town[..^1] + "r" : town.EndsWith('e') ? town + "r" : town + "er";
        return adjective + " " + words[0];
    }

    // The customer's name without trailing legal forms and sector words ("Castellan Motors GmbH" → "Castellan"), or null when nothing
    // is left that names it: a single word, or one shorter than four letters.
    private static string? ShortForm(string customer)
    {
        var words = customer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = words.Length;
        while (count > 1 && LegalFormsAndSectors.Contains(words[count - 1].TrimEnd('.')))
        {
            count--;
        }

        return count == words.Length || words[0].Length < MinShortForm ? null : string.Join(' ', words[..count]);
    }

    public void Detect(ScanContext context)
    {
        var sink = new Sink(context, _entries);
        _matcher.Scan(context.Text, ref sink);
        sink.ReportRunningText();
    }

    // The term is named in its canonical spelling from the policy; the note says why it is confidential.
    private static LocalizedText MessageForTerm(ConfidentialTerm term) => term.Note is { } note
        ? new LocalizedText(
            $"\u201c{term.Term}\u201d is an internal name ({note}) and must stay inside the company. You can still tell the story: describe the work without the name.",
            $"\u201e{term.Term}\u201c ist ein interner Name ({note}) und muss im Unternehmen bleiben. Die Geschichte kannst du trotzdem erzählen: Beschreib die Arbeit ohne den Namen.")
        : new LocalizedText(
            $"\u201c{term.Term}\u201d is an internal name and must stay inside the company. You can still tell the story: describe the work without the name.",
            $"\u201e{term.Term}\u201c ist ein interner Name und muss im Unternehmen bleiben. Die Geschichte kannst du trotzdem erzählen: Beschreib die Arbeit ohne den Namen.");

    private static LocalizedText MessageForCustomer(string customer) => new(
        $"\u201c{customer}\u201d is a customer under a non-disclosure agreement: we may not say in public that we work together. Leave the name out or write about \u201ca customer\u201d.",
        $"\u201e{customer}\u201c ist ein Kunde unter Geheimhaltungsvereinbarung (NDA): Wir dürfen nicht öffentlich sagen, dass wir zusammenarbeiten. Lass den Namen weg oder schreib von \u201eeinem Kunden\u201c.");

    // Shorter short forms are too often abbreviations or ordinary words.
    private const int MinShortForm = 4;

    // Words that say what kind of company a name belongs to, not which one.
    private static readonly HashSet<string> LegalFormsAndSectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmbh", "ag", "se", "kg", "kgaa", "ohg", "ug", "mbh", "co", "&", "inc", "ltd", "llc", "plc", "corp", "corporation", "sa", "nv", "bv", "ab", "as", "oy",
        "group", "gruppe", "holding", "shipping", "logistics", "logistik", "motors", "pharma", "bank", "versicherung", "insurance", "klinikum",
        "kliniken", "werke", "systems", "solutions", "technologies", "software", "energy", "energie",
    };

    private readonly record struct Entry(
        RuleInfo Rule, LocalizedText? Message, bool OnlyAsName = false, string[]? NoteWords = null, bool ShortForm = false, string? FirstName = null,
        string[]? Plurals = null);

    // A code name is a name and has no plural. A one-word term ("KRANICH") whose plural the draft uses („zwei Sorten Kraniche“, "two
    // falcons") is the ordinary word there, as the bird or the thing: its other uses count only with a name sign (capitals, a project word,
    // quotes, a noun of its note; NameForm). German plurals add -e, -en, -n, -s or -er, English ones -s or -es.
    private static string[]? PluralsOf(string term) =>
        term.Length >= MinPluralStem && term.All(char.IsLetter) ? [.. PluralEndings.Select(ending => term + ending)] : null;

    private static readonly string[] PluralEndings = ["e", "en", "n", "s", "es", "er"];

    // Shorter words make plurals that are other words too ("Ara" → "Aras" is fine, "Oh" → "Ohs" is not worth it).
    private const int MinPluralStem = 4;

    // An -s form before a capitalised word is a name's genitive („Halcyons Erfolg“), not a plural; the matcher takes both for the term.
    private static bool UsesPlural(string text, string[] plurals)
    {
        foreach (var plural in plurals)
        {
            for (var at = text.IndexOf(plural, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(plural, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + plural.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))
                    && !(plural[^1] == 's' && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The length of ", First" right after a surname at end ("Okafor, Miriam"), or 0 when the first name does not follow there.
    private static int FirstNameAfterComma(string text, int end, string firstName)
    {
        var i = end;
        if (i >= text.Length || text[i] != ',')
        {
            return 0;
        }

        i++;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        var nameEnd = i + firstName.Length;
        return nameEnd <= text.Length && text.AsSpan(i, firstName.Length).Equals(firstName, StringComparison.OrdinalIgnoreCase)
            && (nameEnd == text.Length || !char.IsLetterOrDigit(text[nameEnd]))
            ? nameEnd - end
            : 0;
    }

    // Matches of `match: name` terms written only in running text wait until the whole draft is scanned: if the draft also
    // uses the word with an article ("the Tidewater region"), it means the ordinary word there too (NameForm). The lists are
    // made only for such matches, so drafts without them allocate nothing.
    private struct Sink(ScanContext context, Entry[] entries) : ITermSink
    {
        private List<(int Start, int Length, int Entry)>? _runningText;
        private List<int>? _ordinary;

        public void OnMatch(int start, int length, int entry)
        {
            var e = entries[entry];
            if (e.FirstName is { } firstName)
            {
                if (FirstNameAfterComma(context.Text, start + length, firstName) is > 0 and var rest)
                {
                    context.Report(start, length + rest, e.Rule, e.Message);
                }

                return;
            }

            if (!e.OnlyAsName)
            {
                if (e.Plurals is { } plurals && NameForm.Sign(context.Text, start, length, e.NoteWords!) != NameForm.NameSign.Name
                    && UsesPlural(context.Text, plurals))
                {
                    return;
                }

                context.Report(start, length, e.Rule, e.Message);
                return;
            }

            var sign = NameForm.Sign(context.Text, start, length, e.NoteWords!);
            if (e.ShortForm && sign == NameForm.NameSign.RunningText && !NameForm.IsEnglishProperName(context.Text, start, length))
            {
                return;
            }

            switch (sign)
            {
                case NameForm.NameSign.Name:
                    context.Report(start, length, e.Rule, e.Message);
                    break;
                case NameForm.NameSign.RunningText:
                    (_runningText ??= []).Add((start, length, entry));
                    break;
                case NameForm.NameSign.Ordinary:
                    (_ordinary ??= []).Add(entry);
                    break;
                default:
                    break;
            }
        }

        public readonly void ReportRunningText()
        {
            foreach (var (start, length, entry) in _runningText ?? [])
            {
                if (_ordinary is null || !_ordinary.Contains(entry))
                {
                    var e = entries[entry];
                    context.Report(start, length, e.Rule, e.Message);
                }
            }
        }
    }
}
