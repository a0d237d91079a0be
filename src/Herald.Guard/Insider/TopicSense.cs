using System.Text.RegularExpressions;
using Herald.Guard.Posture;
using Herald.Guard.Text;

namespace Herald.Guard.Insider;

/// <summary>
/// Whether a quiet-period topic word is meant in another sense than the company's results:
/// <list type="bullet">
/// <item>advice: "guidance from CISA", "the BSI's security guidance", "official guidance on patching";</item>
/// <item>private money: "Umsätze auf der Kreditkartenabrechnung kontrollieren", "check the transactions on your bank statement" —
/// a sentence about cards, accounts or statements that does not speak for the company ("wir", "unser", "our").</item>
/// <item>another organisation's results: "one of the big carriers reported revenue of … for its year", „ein Verband hat seine
/// Quartalszahlen veröffentlicht“, "Microsoft reported revenue of …", "laut einer Studie" — a sentence that reports or cites
/// others and does not speak for the company (<see cref="IsAboutOthers"/>); "the CFO reported revenue of …" still counts;</item>
/// <item>a topic without figures in a sentence that speaks in general ("Many companies publish their earnings in January",
/// <see cref="IsGeneral"/>);</item>
/// <item>a word in quotes in such a sentence ("earnings" that never arrive), or a compound with another meaning
/// (Umsatzsteuer, Gewinnspiel, gewinnen, Salesforce: <see cref="IsOtherWord"/>);</item>
/// <item>a measure that is not business: phishing reports, trainings, incidents, or a charity event's takings („der Umsatz des Basars“,
/// "the bake sale's revenue": <see cref="MeasuresSomethingElse"/>).</item>
/// </list>
/// All run only on the sentence of a topic hit (private money once per sentence), so they cost nothing on drafts without one.
/// </summary>
internal static class TopicSense
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Authorities and bodies whose "guidance" is advice, not a forecast.
    private const string Advisers =
        @"cisa|bsi|nist|enisa|ncsc|nsa|fbi|cert\w*|owasp|iso|sans|mitre|microsoft|google|vendors?|regulators?|authorit(?:y|ies)|agenc(?:y|ies)|government\w*|experts?|behörde\w*|ministeri\w*|bafin|ec|eu";

    private static readonly BoundedRegex AdviceAfter = new(
        $@"^guidance[\p{{Zs}}\t]+(?:(?:from|by|of|issued[\p{{Zs}}\t]+by|published[\p{{Zs}}\t]+by|vom|von|des|der)[\p{{Zs}}\t]+(?:the[\p{{Zs}}\t]+|dem[\p{{Zs}}\t]+|der[\p{{Zs}}\t]+)?(?:{Advisers})\b"
        + @"|on[\p{Zs}\t]+(?:how|securing|patching|hardening|ransomware|phishing|passwords?|mfa|ics|ot|industrial|cloud|incident))",
        Options);

    private static readonly BoundedRegex AdviceBefore = new(
        $@"(?:\b(?:{Advisers})(?:'s|’s|s)?|\b(?:security|cyber|cybersecurity|technical|official|public|practical|hardening|patching|best-practice|expert))[\p{{Zs}}\t]+$",
        Options);

    private static readonly BoundedRegex PrivateMoney = new(
        @"\b(?:\w*kartenabrechnung\w*|kontoauszu\w*|\w*konto|girokont\w*|onlinebanking|online-banking|banking-app|(?:deine[rnm]?|eure[rnm]?|ihre[rnm]?|der)[\p{Zs}\t]+(?:kredit|debit|ec-|bank)?karte"
        + @"|(?:your|my)[\p{Zs}\t]+(?:credit[\p{Zs}\t-]+|debit[\p{Zs}\t-]+|bank[\p{Zs}\t-]+)?cards?|card[\p{Zs}\t]+statements?|bank[\p{Zs}\t]+(?:statements?|accounts?)|checking[\p{Zs}\t]+accounts?|online[\p{Zs}\t]+banking)\b",
        Options);

    // Reporting verbs: "reported", "veröffentlicht". They point to another organisation only together with a
    // third-person owner ("its", "seine") or a named reporter ("Microsoft reported"): "the CFO reported revenue of …" is still about the company.
    private static readonly BoundedRegex Reporting = new(
        @"\b(?:reported|reports|announced|announces|published|publishes|posted|disclosed|told|tells|informed|mitgeteilt|teilte|veröffentlicht\w*|melde(?:t|te|ten)|berichte(?:t|te|ten)|verzeichne(?:t|te|ten))\b",
        Options);

    // Words between a reporter and the verb, skipped up to twice: "Microsoft has just announced", "Tata Motors later reported".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "just", "recently", "today", "hat", "haben", "gerade", "heute", "kürzlich",
        "later", "also", "then", "since", "subsequently", "eventually", "finally", "später", "dann", "auch", "zuletzt", "schließlich",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Who reports the company's own figures, and pronouns that say nothing about who it is.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnReporters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "cfo", "ceo", "coo", "cto", "cio", "vorstand", "board", "management", "geschäftsführung", "geschäftsleitung", "finanzvorstand", "finanzchef",
        "finanzchefin", "finance", "finanzabteilung", "controlling", "vertrieb", "sales", "team", "ir", "relations", "aufsichtsrat", "konzern",
        "unternehmen", "company", "firma", "gruppe", "group", "chef", "chefin", "leitung", "president", "präsident", "chair", "chairman", "vorsitzende",
        "it", "they", "he", "she", "er", "sie", "es", "this", "that", "das", "dies", "i", "ich", "you", "du",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxSubjectLength = 40;
    private const int MaxAuxiliaries = 2;

    private static readonly BoundedRegex ThirdPersonOwner = new(@"\b(?:its|their|seine[nmrs]?|ihre[nmrs]?|deren|dessen)\b", Options);

    // A third-person owner right before the topic, at most one word apart: "Its earnings for that quarter", „deren Umsatz“.
    private static readonly BoundedRegex OtherOwnerBefore = new(
        @"\b(?:its|their|seine[nmrs]?|ihre[nmrs]?|deren|dessen)[\p{Zs}\t]+(?:[\w-]+[\p{Zs}\t]+)?$",
        Options);

    // What a topic word measures when it is not business: „Quartalszahlen aus dem Phishing-Meldepostfach“, "earnings of the phishing simulation",
    // „der Umsatz des Basars“, "the revenue of the bake sale" — a charity event's takings are no business result.
    private static readonly BoundedRegex OtherMeasureAfter = new(
        @"^[\p{Zs}\t]+(?:aus|von|vom|zu[mr]?|of|from|for|on|des|der|beim|bei|unseres|unserer)[\p{Zs}\t]+(?:(?:de[mnrs]|die|das|the|our|unsere[mnrs]?)[\p{Zs}\t]+)?(?:[\w-]+[\p{Zs}\t]+)?"
        + @"[\w-]*(?:postfach|mailbox|inbox|meldung|reports?\b|schulung|training|awareness|kampagne|campaign|simulation|helpdesk|servicedesk|service-desk|ticket|phishing|spam|incident|vorfall|vorfäll|unfall|accident"
        + @"|" + CharityEvents + ")",
        Options);

    // The same before the topic word: "the bake sale's revenue", "our raffle earnings", „Basar-Umsatz“ written apart.
    private static readonly BoundedRegex OtherMeasureBefore = new(
        @"[\w-]*(?:" + CharityEvents + @")(?:'s|’s|s)?[\p{Zs}\t-]*$",
        Options);

    // A tax authority named after revenue: "HM Revenue & Customs", "Inland Revenue", "the Internal Revenue Service", "Canada Revenue Agency".
    private static readonly BoundedRegex AuthorityBefore = new(
        @"\b(?:hm|hmrc|inland|his[\p{Zs}\t]+majesty(?:'s|’s)|her[\p{Zs}\t]+majesty(?:'s|’s))[\p{Zs}\t]+$",
        Options);

    private static readonly BoundedRegex AuthorityAfter = new(@"^[\p{Zs}\t]+(?:service|agency|commissioners)\b", Options);

    // Charity events, whose takings a post may compare with last year's: bazaars, bake sales, raffles, charity runs, fundraisers.
    private const string CharityEvents =
        @"basar\w*|bazaars?|bake[\p{Zs}\t-]sales?|kuchenverkauf\w*|tombola\w*|raffles?|flohmarkt\w*|spendenlauf\w*|spendenaktion\w*|benefiz\w*|charity|fundraiser\w*|weihnachtsmarkt\w*";

    // What security or a risk does to the topic in general: "security protects revenue", „Ransomware gefährdet Umsatz“ — a value, no result.
    private static readonly BoundedRegex ValueVerbBefore = new(
        @"\b(?:protects?|protecting|safeguards?|secures?|threatens?|endangers?|costs?|schützt|schützen|sichert|sichern|gefährdet|gefährden|bedroht|bedrohen|kostet|kosten)"
        + @"[\p{Zs}\t]+(?:(?:the|our|unseren|unser|den)[\p{Zs}\t]+)?$",
        Options);

    // Sources and other companies: the figures are someone else's.
    private static readonly BoundedRegex OtherSource = new(
        @"\b(?:study|studies|survey|studie\w*|umfrage\w*|marktstudie\w*|according[\p{Zs}\t]+to|laut|analysts?|analyst(?:en|innen)|competitors?|wettbewerber\w*|konkurrent\w*|rivals?)\b",
        Options);

    // Statements about companies or people in general.
    private static readonly BoundedRegex General = new(
        @"\b(?:viele|vielen|manche|einige|die[\p{Zs}\t]+meisten|oft|häufig|meist(?:ens)?|generell|grundsätzlich|typischerweise|in[\p{Zs}\t]+der[\p{Zs}\t]+regel"
        + @"|jede[rsnm]?[\p{Zs}\t]+(?:firma|unternehmen|aktiengesellschaft)|many|most|often|usually|typically|generally|in[\p{Zs}\t]+general|every[\p{Zs}\t]+(?:company|business|firm)|companies|firms)\b",
        Options);

    // Criminals and attackers, their victims and their trade: their "revenue" is the proceeds of crime, never the company's results.
    private static readonly BoundedRegex Criminals = new(
        @"\b(?:gangs?|\w+-gangs?|\w*criminals?|cybercrim\w*|attackers?|hackers?|threat[\p{Zs}\t-]+actors?|extortionists?|kriminell\w*|cyberkriminell\w*|täter\w*|angreifer\w*|erpresser\w*|banden?"
        + @"|opfer|victims?|\w*ransomware\w*)\b",
        Options);

    // The quiet period itself: saying that one is under way ("wir sind in der Ruhephase vor dem Jahresergebnis") says nothing about results.
    private static readonly BoundedRegex QuietPeriodWords = new(
        @"\b(?:ruhephase\w*|ruheperiode\w*|stillhaltefrist\w*|quiet[\p{Zs}\t-]+periods?|closed[\p{Zs}\t-]+periods?|blackout[\p{Zs}\t-]+periods?|silent[\p{Zs}\t-]+periods?)\b",
        Options);

    // Compounds and names in which a topic means something else: value-added tax, a prize draw, a CRM product.
    private static readonly string[] OtherWords = ["umsatzsteuer", "gewinnspiel", "gewinner", "gewinnung", "gewinnen", "gewinnt", "salesforce"];

    /// <summary>Whether the topic word at <c>[topicStart, topicEnd)</c> of <paramref name="sentence"/> is "guidance" given as advice.</summary>
    public static bool IsAdvice(ReadOnlySpan<char> sentence, int topicStart, int topicEnd) =>
        sentence[topicStart..topicEnd].Equals("guidance", StringComparison.OrdinalIgnoreCase)
        && (AdviceAfter.IsMatch(sentence[topicStart..]) || AdviceBefore.IsMatch(sentence[..topicStart]));

    /// <summary>
    /// Whether the sentence cites a source or a competitor ("laut einer Studie", "analysts", "Wettbewerber") or reports what
    /// another organisation published about itself ("reported revenue … for its last financial year", „hat seine Quartalszahlen
    /// veröffentlicht“), and does not speak for the company.
    /// </summary>
    public static bool IsAboutOthers(ReadOnlySpan<char> sentence, string? companyName) =>
        !SpeaksForCompany(sentence, companyName)
        && (OtherSource.IsMatch(sentence) || (Reporting.IsMatch(sentence) && (ThirdPersonOwner.IsMatch(sentence) || HasOtherSubject(sentence, companyName))));

    // A named reporter right before the verb ("Microsoft reported", "Siemens meldete", "Microsoft has just announced") that is
    // neither the company nor one of its roles ("the CFO reported", „der Vorstand meldete“): another organisation.
    private static bool HasOtherSubject(ReadOnlySpan<char> sentence, string? companyName)
    {
        foreach (var match in Reporting.EnumerateMatches(sentence))
        {
            var subject = WordBefore(sentence, match.Index, out var subjectStart);
            for (var skipped = 0; skipped < MaxAuxiliaries && Auxiliaries.Contains(subject); skipped++)
            {
                subject = WordBefore(sentence, subjectStart, out subjectStart);
            }

            if (subject.Length >= 2 && char.IsUpper(subject[0]) && !subject.ContainsAnyInRange('0', '9') && !OwnReporters.Contains(subject)
                && (companyName is null || !subject.Equals(companyName, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> sentence, int position, out int wordStart)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(sentence[end - 1]))
        {
            end--;
        }

        wordStart = end;
        while (wordStart > 0 && end - wordStart < MaxSubjectLength && (char.IsLetterOrDigit(sentence[wordStart - 1]) || sentence[wordStart - 1] is '-' or '&'))
        {
            wordStart--;
        }

        return sentence[wordStart..end];
    }

    /// <summary>
    /// Whether the topic word at <paramref name="topicStart"/> belongs to another organisation named before ("Its earnings for that
    /// quarter took a heavy hit", „deren Umsatz“) in a sentence that does not speak for the company.
    /// </summary>
    public static bool IsOthersResult(ReadOnlySpan<char> sentence, int topicStart, string? companyName) =>
        OtherOwnerBefore.IsMatch(sentence[..topicStart]) && !SpeaksForCompany(sentence, companyName);

    /// <summary>
    /// Whether the topic word ending at <paramref name="topicEnd"/> is named for a measure that is not business: „Unsere
    /// Quartalszahlen aus dem Phishing-Meldepostfach“, "our earnings from the phishing simulation" — reports, mailboxes, trainings, incidents —
    /// or for a charity event („der Umsatz des Basars“, "the bake sale's revenue").
    /// </summary>
    public static bool MeasuresSomethingElse(ReadOnlySpan<char> sentence, int topicStart, int topicEnd) =>
        OtherMeasureAfter.IsMatch(sentence[topicEnd..]) || OtherMeasureBefore.IsMatch(sentence[..topicStart])
        || AuthorityBefore.IsMatch(sentence[..topicStart]) || AuthorityAfter.IsMatch(sentence[topicEnd..]);

    /// <summary>Whether the sentence speaks for the company: "wir", "unser", "we", "our", or the organisation's name.</summary>
    public static bool SpeaksForCompany(ReadOnlySpan<char> sentence, string? companyName) =>
        FirstPerson.Appears(sentence) || (companyName is not null && sentence.Contains(companyName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a sentence without figures speaks in general rather than about the company: "Many companies publish their
    /// earnings in January", „Quartalszahlen sind für viele Anleger oft verwirrend“. Not when it speaks for the company.
    /// </summary>
    public static bool IsGeneral(ReadOnlySpan<char> sentence, string? companyName) =>
        General.IsMatch(sentence) && !SpeaksForCompany(sentence, companyName);

    /// <summary>
    /// Whether the sentence is about criminals or attackers ("For the gangs, that is a real drop in revenue", „der Umsatz der
    /// Erpresserbanden“) and does not speak for the company: their money, not the company's results.
    /// </summary>
    public static bool IsAboutCriminals(ReadOnlySpan<char> sentence, string? companyName) =>
        Criminals.IsMatch(sentence) && !SpeaksForCompany(sentence, companyName);

    /// <summary>
    /// Whether a sentence without figures names the quiet period itself ("Wir sind in der Ruhephase vor dem Jahresergebnis",
    /// "our quiet period before earnings"): it explains why the author says nothing, it says nothing about the results.
    /// </summary>
    public static bool NamesQuietPeriod(ReadOnlySpan<char> sentence) => QuietPeriodWords.IsMatch(sentence);

    /// <summary>
    /// Whether the topic word at <paramref name="topicStart"/> is the object of what security or a risk does in general ("It protects
    /// revenue – ours and our customers'", „Ransomware gefährdet Umsatz“): said without a figure, a value rather than a result.
    /// </summary>
    public static bool IsValueStatement(ReadOnlySpan<char> sentence, int topicStart) => ValueVerbBefore.IsMatch(sentence[..topicStart]);

    /// <summary>Whether the topic word at <c>[start, end)</c> stands alone in quotes ("earnings"): a word named, not a statement.</summary>
    public static bool IsQuotedWord(ReadOnlySpan<char> sentence, int start, int end) =>
        start > 0 && end < sentence.Length && IsQuote(sentence[start - 1]) && IsQuote(sentence[end]);

    /// <summary>Whether the folded word holding a topic is a compound with another meaning ("umsatzsteuer-id", "gewinnspiel").</summary>
    public static bool IsOtherWord(ReadOnlySpan<char> foldedWord)
    {
        foreach (var other in OtherWords)
        {
            if (foldedWord.Contains(other, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '„' or '“' or '”' or '‚' or '‘' or '’' or '«' or '»';

    /// <summary>Whether the sentence is about private cards and accounts and does not speak for the company.</summary>
    public static bool IsAboutPrivateMoney(ReadOnlySpan<char> sentence) =>
        PrivateMoney.IsMatch(sentence) && !FirstPerson.Appears(sentence);
}
