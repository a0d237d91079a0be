using System.Text.RegularExpressions;
using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Classification;

/// <summary>
/// The built-in German and English markings. Severity: <c>block</c> for markings of material that must
/// stay secret (government classifications, strictly confidential, confidential, TLP:RED);
/// <c>warn</c> for markings that only keep material inside the company or its partners (internal use
/// only, restricted, TLP:AMBER). TLP:GREEN and TLP:CLEAR (formerly WHITE) allow public sharing and are
/// not markings here. Government markings count only as labels too: public-sector ambassadors write about
/// "VS-NfD-Laptops" and "den Umgang mit VS-NfD". "NDA" is not a marking either: "the customer is under NDA, so no names" is an
/// author keeping a secret, and NDA customers' names are the policy's business.
/// </summary>
internal static class Markings
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Horizontal white space only: a marking never spans lines.
    private const string Sp = @"[\p{Zs}\t]";

    // Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
    private const string DashChars = @"\-" + "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
    private const string Dash = "[" + DashChars + "]";

    private const string Fuer = "f(?:ü|ue|u)r";

    private const string QuoteHint = " (Only explaining the marking? Put it in quotes.)";
    private const string QuoteHintDe = " (Du erklärst nur die Kennzeichnung? Setz sie in Anführungszeichen.)";

    private static readonly LocalizedText SecretMessage = new(
        "This looks like a document marking. Content marked like this must not be shared in public — is it from an internal document? Leave it out." + QuoteHint,
        "Das sieht nach einer Kennzeichnung aus einem Dokument aus. So gekennzeichnete Inhalte dürfen nicht an die Öffentlichkeit — stammt das aus einem internen Dokument? Dann lass es weg." + QuoteHintDe);

    private static readonly LocalizedText GovernmentMessage = new(
        "This looks like a government classification marking (Verschlusssache). Material marked like this must not be shared in public — if the text comes from such a document, leave it out." + QuoteHint,
        "Das sieht nach einer Verschlusssachen-Kennzeichnung aus. So eingestuftes Material darf nicht an die Öffentlichkeit — stammt der Text aus so einem Dokument, lass ihn weg." + QuoteHintDe);

    private static readonly LocalizedText InternalMessage = new(
        "This looks like an \"internal use only\" marking. If the text comes from an internal document, leave that part out — it was not meant for the public." + QuoteHint,
        "Das sieht nach dem Vermerk „nur für den internen Gebrauch“ aus. Stammt der Text aus einem internen Dokument, lass diesen Teil weg — er war nicht für die Öffentlichkeit gedacht." + QuoteHintDe);

    private static readonly LocalizedText RestrictedMessage = new(
        "This looks like a \"restricted\" document marking. Content marked like this is meant for a limited circle — if it comes from such a document, leave it out." + QuoteHint,
        "Das sieht nach der Kennzeichnung „restricted“ (eingeschränkt) aus. So gekennzeichnete Inhalte sind für einen begrenzten Kreis gedacht — stammt der Text aus so einem Dokument, lass ihn weg." + QuoteHintDe);

    private static readonly LocalizedText TlpRedMessage = new(
        "TLP:RED means the information is for the named recipients only. Shared in public, it breaks the trust of whoever sent it — leave it out. (Only explaining TLP? Put the label in quotes.)",
        "TLP:RED heißt: nur für die genannten Empfänger. Öffentlich geteilt bricht das das Vertrauen der Quelle — lass es weg. (Du erklärst nur TLP? Setz das Label in Anführungszeichen.)");

    private static readonly LocalizedText TlpAmberMessage = new(
        "TLP:AMBER information may be shared only inside the recipients' organisations, on a need-to-know basis — never in public. Leave it out, or share only what has been published since. (Only explaining TLP? Put the label in quotes.)",
        "TLP:AMBER-Informationen dürfen nur innerhalb der empfangenden Organisationen weitergegeben werden, wenn nötig — nie öffentlich. Lass sie weg oder teile nur, was inzwischen veröffentlicht ist. (Du erklärst nur TLP? Setz das Label in Anführungszeichen.)");

    /// <summary>For a quoted marking on something the post shows (a photo, slide or screenshot it describes).</summary>
    public static LocalizedText ShownMessage { get; } = new(
        "What you describe here — a photo, a slide, a screenshot — shows a document marking. Material marked like this is not meant for the public: leave the picture out, or make sure nothing marked can be read on it.",
        "Auf dem, was du hier beschreibst – Foto, Folie oder Screenshot –, ist eine Kennzeichnung zu sehen. So gekennzeichnetes Material ist nicht für die Öffentlichkeit gedacht: lass das Bild weg oder sorg dafür, dass darauf nichts Gekennzeichnetes lesbar ist.");

    /// <summary>Every built-in marking. Where two overlap, the engine keeps the longer finding.</summary>
    public static IReadOnlyList<Marking> All { get; } =
    [
        Create("classification-vs-nfd", Severity.Block, GovernmentMessage, onlyAsLabel: true, ["nfd", "dienstgebrauch"],
            $@"\bVS{Sp}*(?:{Dash}{Sp}*)?NfD\b|\b(?:(?:VS|Verschlusssache){Sp}*{Dash}?{Sp}*)?nur{Sp}+{Fuer}{Sp}+den{Sp}+Dienstgebrauch\b"),
        Create("classification-vs-vertraulich", Severity.Block, GovernmentMessage, onlyAsLabel: true, ["vertraulich"],
            $@"\bVS{Sp}*{Dash}{Sp}*vertraulich\b"),
        Create("classification-tlp-red", Severity.Block, TlpRedMessage, onlyAsLabel: false, ["tlp"],
            $@"\bTLP{Sp}*[:{DashChars}]?{Sp}*red\b", trafficLight: true),
        Create("classification-tlp-amber", Severity.Warn, TlpAmberMessage, onlyAsLabel: false, ["tlp"],
            $@"\bTLP{Sp}*[:{DashChars}]?{Sp}*amber(?:{Sp}*\+{Sp}*strict)?\b", trafficLight: true),
        Create("classification-secret", Severity.Block, SecretMessage, onlyAsLabel: true, ["geheim", "secret"],
            $@"\b(?:streng{Sp}+)?geheim\b|\btop{Sp}*{Dash}?{Sp}*secret\b"),
        Create("classification-strictly-confidential", Severity.Block, SecretMessage, onlyAsLabel: true, ["vertraulich", "confidential"],
            $@"(?:\b|_)(?:streng|strictly|highly)(?:{Sp}+|_)(?:vertraulich|confidential)(?:\b|_)"),
        Create("classification-confidential", Severity.Block, SecretMessage, onlyAsLabel: true, ["vertraulich", "confidential"],
            $@"\b(?:(?:company|business){Sp}+|private{Sp}*(?:&|and){Sp}*)?(?:vertraulich|confidential)\b"),
        Create("classification-internal", Severity.Warn, InternalMessage, onlyAsLabel: false, ["intern"],
            $@"\b(?:(?:strictly{Sp}+)?for{Sp}+)?internal{Sp}+use{Sp}+only\b|\bnur{Sp}+(?:{Fuer}{Sp}+den{Sp}+internen{Sp}+(?:Dienst)?gebrauch|zur{Sp}+internen{Sp}+(?:verwendung|nutzung)|{Fuer}{Sp}+interne{Sp}+zwecke)\b"),
        Create("classification-internal", Severity.Warn, InternalMessage, onlyAsLabel: true, ["intern"],
            $@"\binternal{Sp}+only\b|\bnur{Sp}+intern\b"),

        // Internal with the circle it is meant for: "INTERNAL – HR ONLY", "Internal – Board only", „INTERN – NUR VORSTAND“.
        Create("classification-internal", Severity.Warn, InternalMessage, onlyAsLabel: true, ["intern"],
            $@"\binternal{Sp}*{Dash}{Sp}*(?:[\w&/]+{Sp}+){{1,2}}only\b|\bintern{Sp}*{Dash}{Sp}*nur{Sp}+(?:{Fuer}{Sp}+)?[\w&/]+"),

        // Internal with what the reader may not do with it: „INTERN – nicht zur Weitergabe an Dritte“, "INTERNAL – not for distribution".
        Create("classification-internal", Severity.Warn, InternalMessage, onlyAsLabel: true, ["intern"],
            $@"\bintern{Sp}*{Dash}{Sp}*nicht{Sp}+zur{Sp}+(?:weitergabe|weiterleitung|veröffentlichung)(?:{Sp}+an{Sp}+dritte)?\b"
            + $@"|\binternal{Sp}*{Dash}{Sp}*(?:not{Sp}+for{Sp}+(?:distribution|circulation|publication|forwarding)|do{Sp}+not{Sp}+(?:share|forward|distribute))\b"),

        // A tag in brackets, as mail subjects and document headers carry it: "[INTERNAL]", "[Intern]".
        Create("classification-internal", Severity.Warn, InternalMessage, onlyAsLabel: false, ["intern"],
            $@"\[{Sp}*(?:internal|intern){Sp}*\]"),
        Create("classification-restricted", Severity.Warn, RestrictedMessage, onlyAsLabel: true, ["restricted"],
            @"\brestricted\b"),
    ];

    /// <summary>Any TLP level, shareable or not: used to recognise sentences that explain the protocol.</summary>
    public static BoundedRegex TrafficLightLevel { get; } = new BoundedRegex($@"\bTLP{Sp}*[:{DashChars}]?{Sp}*(?:red|amber|green|clear|white)\b", Options);

    private static Marking Create(string id, Severity severity, LocalizedText message, bool onlyAsLabel, string[] keywords, string pattern, bool trafficLight = false) => new()
    {
        Info = new RuleInfo { Id = id, Category = FindingCategory.Classification, Severity = severity, Message = message },
        Pattern = new BoundedRegex(pattern, Options),
        Keywords = keywords,
        OnlyAsLabel = onlyAsLabel,
        IsTrafficLight = trafficLight,
    };
}
