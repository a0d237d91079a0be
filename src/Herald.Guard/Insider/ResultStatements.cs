using System.Buffers;
using System.Text.RegularExpressions;
using Herald.Guard.Patterns;
using Herald.Guard.Text;

namespace Herald.Guard.Insider;

/// <summary>
/// Statements about the company's results that use none of the topic words: "Das laufende Quartal liegt 12 % über dem
/// Vorjahresquartal", "we will close 2026 roughly 18 % above plan", "our order intake has passed €200 million",
/// "heading for the best result in the company's history". They count during a quiet period whose topics are results
/// (revenue, profit, "Quartalszahlen" …, <see cref="TopicSynonyms.BringsResults"/>) when the sentence
/// <list type="bullet">
/// <item>speaks for the company ("wir", "our", the organisation's name) or names the current period ("das laufende Quartal",
/// "this year", the quarter the check date lies in: "Q4", „das vierte Quartal“, "fourth quarter");</item>
/// <item>does not cite others, speak in general or about private money (<see cref="TopicSense"/>), nor measure something
/// other than business (reporting rates, incidents, attacks, accidents, followers, staff, projects and their schedule …);</item>
/// <item>and makes a claim about results: a period with a percentage or an amount, or a business measure, compared with a
/// baseline ("12 % über dem Vorjahr", "18 % above plan", "top line passed last year's", or without a figure „2026 deutlich über dem
/// Vorjahr“); a business measure (Auftragseingang, order intake, top line, Marge, EBIT, Wachstum, growth, "we grew", „wir sind …
/// gewachsen“ …) with a percentage, an amount or a word such as "zweistellig", "double digits"; or a record for a period or a result
/// ("das stärkste Quartal in der Geschichte", "the best year ever", "best result in the company's history"); a business measure compared
/// by a comparative ("a clearly higher dividend than last year's", "more new business in 2026 than in 2024 and 2025 combined"); a multiple
/// ("Free Cashflow … gegenüber dem Vorjahr mehr als verdoppelt"); profit as an idiom („wieder schwarze Zahlen“, "back in the black"); a
/// dividend raised („die Dividende anheben“); profit (Gewinn, profit) changed by a share or a percentage, or compared („der Gewinn dürfte
/// um ein Drittel schrumpfen“, "our profit will shrink by about a third"); or the result against the market's expectations ("clearly ahead of what the analysts
/// currently expect", „über den Erwartungen der Analysten“ — analysts count as others elsewhere, here they are the yardstick).</item>
/// </list>
/// A charity event's takings (bazaar, bake sale, raffle, donations) are not business.
/// A prefilter over the folded draft finds the cue words (baselines, measures, history words); only the sentences that hold
/// one are judged, once each.
/// </summary>
internal static class ResultStatements
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Sp = @"[\p{Zs}\t]+";

    // Folded cue words: a sentence without one of them makes no claim of this kind.
    private static readonly string[] CueWords =
    [
        "vorjahr", "plan", "budget", "last year", "prior year", "previous year", "year over year", "year-over-year",
        "auftragseingang", "auftragsbestand", "order intake", "bookings", "top line", "topline", "marge", "margin", "ebit",
        "wachstum", "growth", "geschichte", "history", "aller zeiten", "all-time", "all time", "year ever", "quarter ever",
        "jahr ever", "seit gründung", "grew", "grown", "gewachsen", "outlook", "forecast", "prognose", "ausblick",
        "schwarze zahlen", "schwarzen zahlen", "rote zahlen", "roten zahlen", "in the black", "break-even", "break even", "broke even", "gewinnschwelle",
        "cashflow", "cash flow", "cash-flow", "dividend", "ausschüttung", "analyst", "consensus", "konsens", "markterwartung", "new business", "neugeschäft",
        "contract value", "börsengang", "ipo", "going public", "went public", "erstmals", "first time", "als geplant", "than planned", "als erwartet",
        "than expected", "than we planned", "than we expected", "als wir geplant", "als wir erwartet", "cfo", "finanzvorstand", "finanzvorständin",
        "gewinn", "profit",
    ];

    // Cues that also end German compounds: "Gewinnmarge", "Umsatzwachstum", "Jahresbudget".
    private static readonly string[] TailCues = ["marge", "wachstum", "budget", "prognose", "geschichte", "gewinn"];

    /// <summary>The folded cue words, for prefilters that look at the draft before it is folded.</summary>
    public static IReadOnlyList<string> CueWordList => CueWords;

    /// <summary>
    /// The cue words as a prefilter over the folded draft, each its own rule (see <see cref="CueLength"/>). Sixty words, some
    /// with umlauts, are too many for a vectorised search, which then stops at nearly every word.
    /// </summary>
    public static KeywordAutomaton Cues { get; } = new([.. CueWords.Select((cue, i) => (cue, i))]);

    /// <summary>The length of the cue word that <see cref="Cues"/> reports as <paramref name="rule"/>.</summary>
    public static int CueLength(int rule) => CueWords[rule].Length;

    /// <summary>
    /// Whether the prefilter's hit at <paramref name="at"/> of the folded draft is a cue word rather than part of another word:
    /// it starts a word ("Vorjahresquartal", "margins") or ends a compound (<see cref="TailCues"/>), and "plan" is "plan", "plans" or
    /// "Planung", never "geplant" or "planning". Keeps the sentence checks off the many everyday words that hold a cue.
    /// </summary>
    public static bool IsCue(ReadOnlySpan<char> folded, int at)
    {
        // Most hits lie inside other words ("explain"): there only the compound endings can be cues.
        var startsWord = at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
        foreach (var cue in startsWord ? CueWords : TailCues)
        {
            if (cue[0] != folded[at] || !folded[at..].StartsWith(cue, StringComparison.Ordinal))
            {
                continue;
            }

            var end = at + cue.Length;
            var wordEnd = end;
            while (wordEnd < folded.Length && char.IsLetter(folded[wordEnd]))
            {
                wordEnd++;
            }

            if (cue == "plan")
            {
                return startsWord && (wordEnd - end <= 1 || folded[end..wordEnd].SequenceEqual("ung"));
            }

            return startsWord || (wordEnd == end && TailCues.Contains(cue));
        }

        return false;
    }

    private const string Baseline =
        @"(?:vorjahr\w*|vorjahresquartal\w*|plan|planung|budget|last" + Sp + @"year(?:'s|’s)?|prior" + Sp + @"year(?:'s|’s)?|previous" + Sp + @"year(?:'s|’s)?)";

    private static readonly BoundedRegex Comparison = new(
        @"\b(?:(?:über|unter|oberhalb|unterhalb|gegenüber|vs\.?|versus|vergleich" + Sp + @"zu[mr]?|compared" + Sp + @"(?:with|to)|above|below|ahead" + Sp + @"of|behind|beyond|passed|exceeded|beat|beaten|surpassed|übertroffen|überschritten|überholt)"
        + Sp + @"(?:(?:dem|den|der|das|die|the|our|unser\w*)" + Sp + @")?" + Baseline
        + @"|(?:added|adding|adds|gained|put)(?:" + Sp + @"[\w-]+){1,4}" + Sp + @"(?:to|on)" + Sp + @"(?:(?:the|our)" + Sp + @")?" + Baseline
        + Sp + @"(?:business|results?|figures?|numbers|top" + Sp + @"line|sales|bookings)"
        + @"|year[\p{Zs}\t-]+over[\p{Zs}\t-]+year|yoy)\b",
        Options);

    // A business measure compared with a baseline or an earlier year by a comparative: "a clearly higher dividend than last year's", "more new
    // business in 2026 than in 2024 and 2025 combined", „Neugeschäft höher als im Vorjahr“. Only with a measure (Measure): "9 % less diesel
    // than last year" is no result.
    private static readonly BoundedRegex ComparativeThan = new(
        @"\b(?:higher|lower|more|less|bigger|better|stronger|larger|greater|höher\w*|mehr|weniger|niedriger\w*|besser\w*|stärker\w*|größer\w*)(?:" + Sp + @"[\w-]+){0,4}"
        + Sp + @"(?:than|als)" + Sp + @"(?:(?:in|im|the|our|unser\w*|de[mnr]|das)" + Sp + @")?(?:" + Baseline + @"|(?:19|20)\d\d)\b",
        Options);

    // A business period doing clearly better or worse than planned or expected: „Das Geschäftsjahr 2026 läuft deutlich besser als geplant“,
    // "our fiscal year is running far better than we planned" — a result told against the plan without naming it. Needs a business period
    // (BusinessPeriod: "the weather this year was far better than expected" is none) and a degree.
    private static readonly BoundedRegex ThanPlanned = new(
        @"\b(?:deutlich|klar|spürbar|erheblich|viel|weit|significantly|well|much|far|clearly|comfortably)" + Sp + @"(?:besser|stärker|höher|schwächer|schlechter|better|stronger|higher|weaker|worse)"
        + Sp + @"(?:als|than)" + Sp + @"(?:(?:we|wir)" + Sp + @")?(?:geplant|erwartet|budgetiert|planned|expected|budgeted|forecast|projected)\b",
        Options);

    private static readonly BoundedRegex BusinessPeriod = new(
        @"\b(?:geschäftsjahr\w*|\w*quartal\w*|quarters?|fiscal|financial" + Sp + @"year|business" + Sp + @"year|(?:unser\w*|our)" + Sp + @"(?:jahr|year))\b",
        Options);

    // Who presents the results: "when our CFO steps on stage in March, the number she presents will start with a bigger digit than last
    // year's", „die Zahl, die unser Finanzvorstand im März vorstellt, …“ — the figure compared with the baseline is the result.
    private static readonly BoundedRegex ResultsPresenter = new(
        @"\b(?:cfo|chief" + Sp + @"financial" + Sp + @"officer|finanzvorst(?:a|ä)nd\w*|finanzchef\w*|bilanzpressekonferenz\w*|earnings" + Sp + @"call|hauptversammlung\w*|annual" + Sp + @"general" + Sp + @"meeting)\b",
        Options);

    // Crossing an amount for the first time: „dass wir als Unternehmen in diesem Jahr erstmals die halbe Milliarde knacken“, "we'll cross the
    // half-billion mark for the first time". Needs an amount (PercentOrMoney) that is not a count of things (CountedThings).
    private static readonly BoundedRegex Threshold = new(
        @"\b(?:(?:erstmals|zum" + Sp + @"ersten" + Sp + @"mal|for" + Sp + @"the" + Sp + @"first" + Sp + @"time)(?:" + Sp + @"[\w€$£.,-]+){0,6}" + Sp
        + @"(?:knack\w*|geknackt|überschreit\w*|überschritten|übertreffen|übertroffen|cross\w*|pass(?:es|ed|ing)?|break\w*|broke|top(?:s|ped)?|hit)"
        + @"|(?:knack\w*|geknackt|überschreit\w*|überschritten|cross\w*|pass(?:es|ed|ing)?|break\w*|broke|top(?:s|ped)?|hit)" + Sp + @"(?:(?:the|die|den|das)" + Sp + @")?(?:[\w€$£.,-]+" + Sp + @"){0,3}"
        + @"(?:[\w-]*mark|[\w-]*marke|schwelle|threshold|barrier)(?:" + Sp + @"[\w-]+){0,6}" + Sp + @"(?:erstmals|for" + Sp + @"the" + Sp + @"first" + Sp + @"time))\b",
        Options);

    // Amounts of things rather than money: "a million parcels", „erstmals eine Million Sendungen“.
    private static readonly BoundedRegex CountedThings = new(
        @"\b(?:million\w*|milliard\w*|mio\.?|mrd\.?|billion|bn|tausend|thousand)" + Sp + @"(?:(?:an|of)" + Sp + @")?(?:[\w-]+" + Sp + @")?(?:pakete\w*|parcels?|sendungen|shipments?|packages?|kilometer\w*|km|kunden|customers?|users?|nutzer\w*|geräte\w*|devices?"
        + @"|follower\w*|views|aufrufe\w*|downloads?|tonnen|tons|tonnes|paletten|pallets?|container\w*|teu|fahrten|trips|scans?|stopps?|stops|deliveries|zustellungen)\b",
        Options);

    private static readonly BoundedRegex Period = new(
        @"\b(?:\w*quartal\w*|quarters?|\w*jahr|\w*jahres|geschäftsjahr\w*|years?|fiscal|full-year|20[0-9]{2}|q[1-4]|h[12])\b",
        Options);

    private static readonly BoundedRegex Measure = new(
        @"\b(?:auftragseing(?:a|ä)ng\w*|auftragsbestand\w*|order" + Sp + @"intake|bookings|top" + Sp + @"line|topline|\w*marge|margins?|ebit\w*|umsatzrendite"
        + @"|wachstum|growth|net" + Sp + @"income|cash" + Sp + @"flow|\w*cash-?flow\w*|dividend\w*|dividende\w*|\w*ausschüttung\w*|new" + Sp + @"business|\w*neugeschäft\w*"
        + @"|(?:annual" + Sp + @")?contract" + Sp + @"value|acv"
        + @"|we(?:'ve|’ve|" + Sp + @"have)?(?:" + Sp + @"\w+)?" + Sp + @"(?:grew|grown)|wir(?:" + Sp + @"\w+){0,3}" + Sp + @"gewachsen)\b",
        Options);

    // Profit, which this policy's topics may leave out (Gewinn, profit): a claim only with a change by a share or a percentage (ByShare) or a
    // comparison, since "every euro of profit goes to the hospice" names an amount of money without stating one.
    private static readonly BoundedRegex Profit = new(
        @"\b(?:(?:jahres|quartals|netto|brutto|konzern|vorsteuer)?gewinn(?:e|s|es)?|(?:(?:net|annual|full-year)" + Sp + @")?profits?)\b",
        Options);

    // A change by a share or a percentage: „um ein Drittel“, „um etwa 12 Prozent“, "by about a third", "by 12 %".
    private static readonly BoundedRegex ByShare = new(
        @"\b(?:um|by)" + Sp + @"(?:(?:etwa|rund|gut|knapp|fast|ungefähr|about|around|roughly|nearly|almost|some)" + Sp + @")?"
        + @"(?:(?:ein|a|one)" + Sp + @"(?:drittel|viertel|fünftel|zehntel|third|fifth|tenth)|die" + Sp + @"hälfte|half|\d+(?:[.,]\d+)?[\p{Zs}\t]*(?:%|prozent\b|percent\b))",
        Options);

    // A comparison made strong by a word instead of a figure: "deutlich über dem Vorjahr", "comfortably above plan".
    private static readonly BoundedRegex Degree = new(
        @"\b(?:deutlich|klar|spürbar|erheblich|kräftig|weit|significantly|well|comfortably|clearly|solidly|far)" + Sp + @"(?:über|oberhalb|above|ahead|beyond|past)\b",
        Options);

    // A percentage, an amount, or a multiple ("mehr als verdoppelt", "doubled").
    private static readonly BoundedRegex PercentOrMoney = new(
        @"[%€$£]|\b(?:prozent\w*|percent\w*|eur|euro|usd|dollars?|mio|mrd|million\w*|milliard\w*|billion\w*|bn|zweistellig\w*|dreistellig\w*|einstellig\w*|(?:single|double|triple)[\p{Zs}\t-]digit\w*"
        + @"|verdoppelt|verdreifacht|vervierfacht|vervielfacht|halbiert|doubled|tripled|quadrupled|halved"
        + @"|(?:a|one|ein(?:e|en)?)" + Sp + @"(?:fifth|third|sixth|tenth|fünftel|drittel|sechstel|zehntel)|halbe" + Sp + @"milliarde|half" + Sp + @"(?:a" + Sp + @")?billion)\b",
        Options);

    // Whether the company makes a profit, as an idiom: „wieder schwarze Zahlen“, „in den roten Zahlen“, "back in the black", "break even"
    // ("in the red" is left out: dashboards and budgets of security teams are "in the red" too).
    private static readonly BoundedRegex Profitability = new(
        @"\b(?:schwarze[n]?" + Sp + @"zahlen|rote[n]?" + Sp + @"zahlen|in" + Sp + @"the" + Sp + @"black|(?:break|broke|breaking)(?:-|" + Sp + @")?even|gewinnschwelle)\b",
        Options);

    // A dividend raised or to be raised: "a higher dividend", „die Dividende anheben“ — derived from the year's result.
    private static readonly BoundedRegex DividendChange = new(
        @"\b(?:(?:höhere[nr]?|higher|increased|erhöhte[nr]?|steigende[nr]?|raise|raising|erhöhen|increase|special)" + Sp + @"(?:[\w-]+" + Sp + @")?(?:dividend\w*|\w*dividende\w*|\w*ausschüttung\w*)"
        + @"|(?:dividend\w*|\w*dividende\w*)" + Sp + @"(?:[\w-]+" + Sp + @"){0,3}(?:erhöhen|erhöht|anheben|angehoben|raise|raised|increase|increased))\b",
        Options);

    // The result against the market's expectations: "clearly ahead of what the analysts currently expect", „über den Erwartungen der
    // Analysten“, "beat consensus". Analysts count as others elsewhere; here they are the yardstick.
    private static readonly SearchValues<string> ExpectationWords = SearchValues.Create(
        ["analyst", "consensus", "konsens", "erwartung", "expect", "estimate", "forecast"], StringComparison.OrdinalIgnoreCase);

    private static readonly BoundedRegex Expectations = new(
        @"\b(?:(?:ahead" + Sp + @"of|above|beyond|below|short" + Sp + @"of|beat|beating|exceed\w*|miss\w*)" + Sp + @"(?:what" + Sp + @")?(?:(?:the|our)" + Sp + @")?(?:[\w-]+" + Sp + @")?"
        + @"(?:(?:analysts?|market|street)(?:'s|’s|'|’)?(?:" + Sp + @"[\w-]+)?" + Sp + @"(?:expect\w*|estimates?|forecasts?)|consensus)"
        + @"|(?:über|unter|oberhalb|unterhalb|übertreffen|übertroffen|verfehl\w*)" + Sp + @"(?:(?:den|die|der)" + Sp + @")?(?:[\w-]+" + Sp + @")?"
        + @"(?:analystenerwartung\w*|markterwartung\w*|konsens\w*|erwartungen" + Sp + @"(?:der|des)" + Sp + @"(?:analysten|analystinnen|marktes|markts|börse)))",
        Options);

    private static readonly BoundedRegex Superlative = new(
        @"\b(?:stärkste\w*|beste\w*|erfolgreichste\w*|höchste\w*|best|strongest|highest|biggest|record|rekord\w*)\b",
        Options);

    private static readonly BoundedRegex ResultOrPeriod = new(
        @"\b(?:\w*quartal\w*|quarters?|\w*jahr|\w*jahres|years?|\w*ergebnis\w*|results?|\w*rekord\w*|record)\b",
        Options);

    private static readonly BoundedRegex History = new(
        @"\b(?:in" + Sp + @"der" + Sp + @"(?:\w+" + Sp + @")?geschichte|(?:firmen|unternehmens)geschichte|history|aller" + Sp + @"zeiten|all[\p{Zs}\t-]time|seit" + Sp + @"(?:der" + Sp + @")?gründung|(?:year|quarter|jahr)" + Sp + @"ever"
        + @"|seit" + Sp + @"(?:dem" + Sp + @"|unserem" + Sp + @")?börsengang|since" + Sp + @"(?:(?:the|our)" + Sp + @")?(?:ipo|listing|flotation)|since" + Sp + @"(?:we" + Sp + @")?(?:going|went)" + Sp + @"public)\b",
        Options);

    // Where the company will land against the outlook it gave: "at the upper end of the outlook we gave the market", „am oberen Ende
    // unserer Prognose“, "we'll beat our forecast", „die Prognose übertreffen“, "raise our outlook" — guidance without the topic word.
    private static readonly BoundedRegex Guidance = new(
        @"\b(?:(?:upper|lower|top|high|low|bottom)" + Sp + @"end" + Sp + @"of" + Sp + @"(?:(?:the|our|its)" + Sp + @")?(?:[\w-]+" + Sp + @")?(?:outlook|forecast|guidance)(?:" + Sp + @"range)?"
        + @"|(?:oberen|unteren)" + Sp + @"ende" + Sp + @"(?:(?:der|unserer|unseres|des)" + Sp + @")?(?:[\w-]+" + Sp + @")?(?:\w*prognose|spanne|ausblicks?|erwartungen)"
        + @"|(?:raise|raising|raised|beat|beating|exceed|exceeding|top|topping|übertreffen|übertroffen|anheben|angehoben|erhöhen|erhöht)" + Sp
        + @"(?:(?:the|our|unsere|unseren|die|den)" + Sp + @")?(?:[\w-]+" + Sp + @")?(?:outlook|forecast|\w*prognose|ausblick)"
        + @"|(?:outlook|forecast|\w*prognose|ausblick)" + Sp + @"(?:[\w-]+" + Sp + @"){0,3}(?:übertreffen|übertroffen|anheben|angehoben|erhöhen|erhöht|raised|beaten|exceeded))\b",
        Options);

    // A record in the company's history, whatever was counted: "the largest single run in the history of this company", „der größte
    // Auftrag in der Firmengeschichte“.
    private static readonly BoundedRegex CompanyHistory = new(
        @"\b(?:history" + Sp + @"of" + Sp + @"(?:this|the|our)" + Sp + @"(?:company|firm|business|group)|company(?:'s|’s)?" + Sp + @"history|(?:firmen|unternehmens)geschichte"
        + @"|geschichte" + Sp + @"(?:unserer|unseres|der" + Sp + @"firma|des" + Sp + @"unternehmens))\b",
        Options);

    private static readonly BoundedRegex Largest = new(@"\b(?:largest|größte\w*|umsatzstärkste\w*)\b", Options);

    // Who a sentence is about, in the third person: "its", "their", „deren“, "Maersk's".
    private static readonly BoundedRegex ThirdPerson = new(
        @"\b(?:its|their|they|seine[nmrs]?|ihre[nmrs]?|deren|dessen)\b|\b\w+(?:'s|’s)" + Sp,
        Options);

    // Measures of security, safety and people: "Meldequote 12 % über dem Vorjahr" is no business result. Rates are named compounds
    // ("Klickrate", "error rate") so that verbs ending in "rate" („ich verrate“) do not count as one.
    private static readonly BoundedRegex OtherMeasures = new(
        @"\b(?:\w*quoten?|\w*(?:klick|fehler|melde|erfolgs|ausfall|abschluss|bestehens|teilnahme|unfall|fluktuations|krankheits|erkennungs|click|error|success|failure|response|open|detection|bounce|conversion)rate[ns]?|rates?|\w*phishing\w*|klick\w*|clicks?|meldung\w*|reports?|tickets?|incidents?|vorfäll\w*|vorfall\w*|\w*unfall\w*|\w*unfäll\w*|accidents?"
        + @"|schulung\w*|trainings?|teilnehm\w*|participa\w*|follower\w*|likes?|downloads?|mitarbeitende\w*|beschäftigte\w*|employees?|staff|headcount|bewerbung\w*|applications?"
        + @"|\w*spende\w*|spenden|donations?|charit(?:y|ies)|\w*basar\w*|bake" + Sp + @"sales?|tombola|raffles?|fundrais\w*|benefiz\w*|non-?profit\w*|gemeinnützig\w*|profit-?sharing|profit" + Sp + @"sharing|gewinnbeteiligung\w*"
        + @"|kunden(?:zufriedenheit|bewertung)\w*|nps|uptime|verfügbarkeit|availability|patch\w*|schwachstell\w*|vulnerabilit\w*"
        + @"|\w*angriff\w*|attacks?|\w*ransomware\w*|\w*malware\w*|threats?|bedrohung\w*|cyber\w*|kolleg\w*|colleagues?|analysts?|analyst(?:en|innen)|team(?:'s|’s)?" + Sp + @"growth|teamwachstum|azubi\w*|auszubildend\w*|apprentices?|trainees?|hires?|neueinstellung\w*|members?|mitglied\w*|migration\w*|rollout\w*|projekt\w*|projects?|zeitplan\w*|schedule\w*|roadmap\w*)\b",
        Options);

    // The quarter the check date lies in, as the draft may name it: "Q4", „4. Quartal“, „das vierte Quartal“, "fourth quarter".
    private static readonly BoundedRegex[] CurrentQuarter =
    [
        Quarter(1, "erste", "first"), Quarter(2, "zweite", "second"), Quarter(3, "dritte", "third"), Quarter(4, "vierte", "fourth"),
    ];

    private static readonly BoundedRegex CurrentPeriodWords = new(
        @"\b(?:laufende\w*" + Sp + @"(?:quartal\w*|jahr\w*|geschäftsjahr\w*)|(?:dieses|diesem|dieser)" + Sp + @"(?:quartal\w*|jahr\w*|geschäftsjahr\w*)|(?:this|the" + Sp + @"current|current)" + Sp + @"(?:quarter|year|fiscal" + Sp + @"year))\b",
        Options);

    /// <summary>
    /// Where in the sentence at <paramref name="bounds"/> of <paramref name="text"/> a claim about the company's results is made (start and
    /// length within the sentence), or null.
    /// </summary>
    /// <remarks>The claim's own patterns run first: most sentences with a cue ("Planung", "history") make none, and the checks of
    /// voice and sense cost more.</remarks>
    /// <remarks>
    /// A sentence that continues the one before it on the same line takes its voice from there: „Wir werden das Geschäftsjahr mit einem
    /// Gewinnsprung abschließen. Das EBIT wird bei rund 14 Millionen Euro liegen …“. The sentence before is looked at only for a claim
    /// that has no voice of its own.
    /// </remarks>
    public static (int Start, int Length)? Claim(string text, (int Start, int End) bounds, DateOnly date, string? companyName)
    {
        var sentence = text.AsSpan(bounds.Start, bounds.End - bounds.Start);
        var againstExpectations = sentence.IndexOfAny(ExpectationWords) >= 0 ? First(Expectations, sentence) : null;
        if ((againstExpectations ?? Candidate(sentence)) is not { } claim
            || !(SpeaksForCompanyOrNow(sentence, date, companyName)
                || (!HasOwnSubject(sentence) && TopicSense.SpeaksForCompany(PreviousSentence(text, bounds.Start), companyName)))
            || (againstExpectations is null && OtherMeasures.IsMatch(Clause(sentence, claim.Start)))
            || TopicSense.IsAboutOthers(sentence, companyName) || TopicSense.IsGeneral(sentence, companyName) || TopicSense.IsAboutPrivateMoney(sentence))
        {
            return null;
        }

        return claim;
    }

    private static (int Start, int Length)? Candidate(ReadOnlySpan<char> sentence)
    {
        var measure = First(Measure, sentence);
        if (First(Comparison, sentence) is { } compared
            && (measure is not null || (Period.IsMatch(sentence) && (PercentOrMoney.IsMatch(sentence) || Degree.IsMatch(sentence)))))
        {
            return compared;
        }

        if (measure is { } measured && PercentOrMoney.IsMatch(sentence))
        {
            return measured;
        }

        if (measure is not null && First(ComparativeThan, sentence) is { } comparative)
        {
            return comparative;
        }

        if (First(Profit, sentence) is { } profit && (ByShare.IsMatch(sentence) || ComparativeThan.IsMatch(sentence)))
        {
            return profit;
        }

        if ((First(Guidance, sentence) ?? First(Profitability, sentence) ?? First(DividendChange, sentence)) is { } guidance)
        {
            return guidance;
        }

        if (BusinessPeriod.IsMatch(sentence) && First(ThanPlanned, sentence) is { } thanPlanned)
        {
            return thanPlanned;
        }

        if (ResultsPresenter.IsMatch(sentence) && (First(ComparativeThan, sentence) ?? First(Comparison, sentence)) is { } presented)
        {
            return presented;
        }

        if (First(Threshold, sentence) is { } threshold && PercentOrMoney.IsMatch(sentence) && !CountedThings.IsMatch(sentence))
        {
            return threshold;
        }

        return History.IsMatch(sentence) && (ResultOrPeriod.IsMatch(sentence) || CompanyHistory.IsMatch(sentence))
            ? First(Superlative, sentence) ?? First(Largest, sentence)
            : null;
    }

    // The part of the sentence from the last colon before the claim: a lead-in („Weil mich die Kolleginnen fragen, …: Unser Free Cashflow …“,
    // "good news for everyone, including the employees in our share plan: …") does not say what the claim measures.
    // A salutation before the claim („Liebe Kolleginnen und Kollegen, das Geschäftsjahr …“, "Dear colleagues, …") says whom it is for, not what it measures.
    private static ReadOnlySpan<char> Clause(ReadOnlySpan<char> sentence, int claimStart)
    {
        var clause = sentence[(sentence[..claimStart].LastIndexOf(':') + 1)..];
        var comma = clause.IndexOf(',');
        return comma > 0 && comma < claimStart && Salutation.IsMatch(clause[..comma]) ? clause[(comma + 1)..] : clause;
    }

    private static readonly BoundedRegex Salutation = new(@"^[\p{Zs}\t„“""»]*(?:liebe[rs]?|hallo|hi|hello|dear|moin|servus)\b", Options);

    // The sentence before the one starting at start, on the same line; empty at a line's start.
    private static ReadOnlySpan<char> PreviousSentence(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\u00A0')
        {
            end--;
        }

        if (end == 0 || text[end - 1] == '\n')
        {
            return [];
        }

        var (from, to) = Sentences.Around(text, end - 1, end);
        return text.AsSpan(from, to - from);
    }

    // A sentence that names who it is about in the third person ("Maersk's EBIT …", "Their margin …") does not continue the company's voice.
    private static bool HasOwnSubject(ReadOnlySpan<char> sentence) => ThirdPerson.IsMatch(sentence);

    private static bool SpeaksForCompanyOrNow(ReadOnlySpan<char> sentence, DateOnly date, string? companyName) =>
        TopicSense.SpeaksForCompany(sentence, companyName) || CurrentPeriodWords.IsMatch(sentence) || CurrentQuarter[(date.Month - 1) / 3].IsMatch(sentence)
        || NamesCurrentBusinessYear(sentence, date);

    // The business year of the check date named with its number: „das Geschäftsjahr 2026“, "fiscal year 2026", "FY 2026".
    private static bool NamesCurrentBusinessYear(ReadOnlySpan<char> sentence, DateOnly date)
    {
        Span<char> year = stackalloc char[4];
        if (!date.Year.TryFormat(year, out var written, provider: System.Globalization.CultureInfo.InvariantCulture) || written != 4)
        {
            return false;
        }

        for (var at = sentence.IndexOf(year); at > 0; at = Next(sentence, at, year))
        {
            var before = sentence[..at].TrimEnd();
            if (before.EndsWith("geschäftsjahr", StringComparison.OrdinalIgnoreCase) || before.EndsWith("fiscal year", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("financial year", StringComparison.OrdinalIgnoreCase) || before.EndsWith("business year", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("fy", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> sentence, int at, ReadOnlySpan<char> year)
        {
            var next = sentence[(at + 1)..].IndexOf(year);
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    private static (int Start, int Length)? First(BoundedRegex regex, ReadOnlySpan<char> sentence)
    {
        foreach (var match in regex.EnumerateMatches(sentence))
        {
            return (match.Index, match.Length);
        }

        return null;
    }

    private static BoundedRegex Quarter(int number, string german, string english) => new(
        $@"\b(?:q{number}|{number}\.{Sp}quartal\w*|{german}\w*{Sp}quartal\w*|{english}{Sp}quarter)\b",
        Options);
}
