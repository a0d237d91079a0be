using System.Buffers;
using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Posture;

/// <summary>
/// Finds details that help attackers, judged by their sentence (<see cref="PostureRules"/>):
/// <list type="bullet">
/// <item>software with a concrete version at the company ("bei uns läuft noch Exchange 2013", or out of support and still in use at a
/// named place of the company: "the print stations in Hall 3 still run Windows Embedded Standard 7 – out of extended support") — <c>warn</c>;</item>
/// <item>ongoing or just-happened incidents ("wir werden gerade angegriffen", "we were breached yesterday"), also in other
/// words ("mit einer Flut von Anfragen überrollt", "one of our mailboxes is in the hands of an attacker") or by their traces
/// („die IT hat uns gebeten, keinen Rechner einzuschalten“, a ransom note on the screens, forged mail still going out from the company's own
/// account while nobody knows how) — <c>block</c>;</item>
/// <item>gaps in the defences ("wir haben kein MFA", "we don't patch", „auf den Kassen-PCs läuft bis heute kein EDR“, backups never
/// tested, „Seitdem laufen die Server ohne Echtzeitscan“, a login that asks only for a password), defences switched off ("MFA is still
/// switched off for the partner accounts"), fixes not applied, known CVEs a system is open to or software unchanged for years ("we still
/// haven't rolled out the fix", „…, der für CVE-2024-3400 anfällig ist“, "running the same firmware since 2021") and services open or
/// opened to the internet ("RDP is still open to the internet", „SSH … aus dem Internet freigegeben“, „eine offene Firewall-Ausnahme“) —
/// <c>warn</c>;</item>
/// <item>weaknesses built in: devices still on their maker's default password („haben bis heute das Werkspasswort vom Hersteller“), a flat
/// network („die Steuerungen hängen im selben Netz wie die Büro-PCs“, "not segmented"), devices that take commands without a login („die
/// Steuerungen haben keine Anmeldung“), passwords or data over cleartext protocols ("still
/// accepts uploads over plain FTP", „Passwörter im Klartext“), a workaround not applied ("we haven't been able to apply the workaround") —
/// <c>warn</c>;</item>
/// <item>the product behind a defence ("unsere Firewall ist eine FortiGate") — <c>hint</c>.</item>
/// </list>
/// The same words about others, at home or in general ("Viele Firmen nutzen noch Windows Server 2008",
/// "Windows 10 läuft noch auf Rechnern zu Hause",
/// "Log4Shell affected Log4j 2.14", "wir werden täglich angegriffen") are security education and pass.
/// Patterns run only on sentences that can hold a finding: versions where a number follows a product word
/// (<see cref="SoftwareTrigger"/>); incidents and defences where one of a few stems occurs and the sentence
/// speaks in the first person (<see cref="FirstPerson"/>), or for the gap rules its paragraph does. Advice ("turn on MFA!"), others,
/// private devices, conditions, the past and defences in place pass. Immutable and thread-safe.
/// </summary>
internal sealed class PostureDetector : IDetector
{
    // How far before a product a possessive is looked for ("unser altes Exchange 2013").
    private const int PossessiveReach = 30;

    private static readonly RuleInfo SoftwareVersion = Rule("posture-software-version", Severity.Warn, PostureMessages.SoftwareVersion);
    private static readonly RuleInfo Incident = Rule("posture-incident", Severity.Block, PostureMessages.Incident);
    private static readonly RuleInfo DefenceGap = Rule("posture-defence-gap", Severity.Warn, PostureMessages.DefenceGap);
    private static readonly RuleInfo DefenceProduct = Rule("posture-defence-product", Severity.Hint, PostureMessages.DefenceProduct);
    private static readonly RuleInfo DefenceOff = Rule("posture-defence-off", Severity.Warn, PostureMessages.DefenceOff);
    private static readonly RuleInfo Unpatched = Rule("posture-unpatched", Severity.Warn, PostureMessages.Unpatched);
    private static readonly RuleInfo ExposedService = Rule("posture-exposed-service", Severity.Warn, PostureMessages.ExposedService);
    private static readonly RuleInfo DefaultPassword = Rule("posture-default-password", Severity.Warn, PostureMessages.DefaultPassword);
    private static readonly RuleInfo FlatNetwork = Rule("posture-flat-network", Severity.Warn, PostureMessages.FlatNetwork);
    private static readonly RuleInfo Cleartext = Rule("posture-cleartext", Severity.Warn, PostureMessages.Cleartext);

    // Every match of an incident rule, or the attack word its check requires, contains one of these stems. All the stem sets
    // below are found in one pass over a draft (Stems); a set is kept small so that it lets through few sentences.
    private static readonly string[] IncidentStems =
        ["griff", "hack", "attack", "breach", "vorfall", "incident", "promi", "erpress", "verschlüssel", "encrypt", "hit", "ransomware", "malware", "trojan", "ddos", "infiz",
            "schadsoftware", "schadprogramm", "schadcode"];

    private static readonly SentenceRule[] IncidentRules =
    [
        new(Incident, PostureRules.IncidentNow, Applies),
        new(Incident, PostureRules.IncidentPast, static s => PostureRules.RecentOrNow.IsMatch(s) && Applies(s)),
        new(Incident, PostureRules.IncidentHitUs, static s => PostureRules.RecentOrNow.IsMatch(s) && PostureRules.AttackWord.IsMatch(s) && Applies(s)),
        new(Incident, PostureRules.IncidentOngoing, static s => PostureRules.IncidentOwnership.IsMatch(s) && Applies(s)),
        new(Incident, PostureRules.IncidentSystems, static s => PostureRules.AttackWord.IsMatch(s) && Applies(s)),
        new(Incident, PostureRules.IncidentSystemsPast, static s => PostureRules.RecentOrNow.IsMatch(s) && PostureRules.AttackWord.IsMatch(s) && Applies(s)),
        new(Incident, PostureRules.IncidentInProgress, Applies, PostureRules.AttackPart),

        // "We are still recovering from the attack" is one incident: the aftermath counts when IncidentInProgress has not already named it.
        new(Incident, PostureRules.IncidentAftermath, static s => PostureRules.AttackWord.IsMatch(s) && !PostureRules.IncidentInProgress.IsMatch(s) && Applies(s)),
        new(Incident, PostureRules.IncidentAttackerInside, Applies),
        new(Incident, PostureRules.IncidentGettingBackIn, static s => (PostureRules.AttackWord.IsMatch(s) || PostureRules.Attacker.IsMatch(s)) && Applies(s)),
    ];

    // Incidents described without an attack's name (a flood of requests, a mailbox in an attacker's hands): sentences are
    // looked at only when they hold one of these stems ("bernommen" finds "übernommen"; "angreifer" the German takeovers, which
    // name the attacker).
    private static readonly string[] ParaphraseStems =
        ["flut", "flood", "hands", "angreifer", "bernommen", "taken over", "hijack", "regained"];

    private static readonly SentenceRule[] ParaphraseRules =
    [
        new(Incident, PostureRules.IncidentFlood, static s => PostureRules.Outage.IsMatch(s) && RecentOrOngoing(s) && Applies(s)),
        new(Incident, PostureRules.IncidentTakeover, static s => (PostureRules.AttackWord.IsMatch(s) || PostureRules.Attacker.IsMatch(s)) && RecentOrOngoing(s) && Applies(s)),
        new(Incident, PostureRules.IncidentAttackerInside, Applies),
        new(Incident, PostureRules.IncidentGettingBackIn, static s => (PostureRules.AttackWord.IsMatch(s) || PostureRules.Attacker.IsMatch(s)) && Applies(s)),
    ];

    // Incidents still going on as the author writes ("as I write this", „noch nicht vorbei“): the sentence is judged with its
    // paragraph, which names the attack ("We're still cleaning up as I write this:" under a paragraph about a phishing mail).
    private static readonly string[] WhileWritingStems =
        ["write", "writing", "schreibe", "vorbei", "over yet", "i type", "typing", "tippe"];

    // Every match of a defence rule contains one of these stems, except a password-only login and real-time scanning missing on a device,
    // which count only in a sentence that also holds one (it names the VPN, the second factor, the EDR …).
    private static readonly string[] DefenceStems =
        ["mfa", "2fa", "faktor", "second factor", "second-factor", "edr", "xdr", "antivir", "viren", "backup", "sicherung", "firewall", "patch", "siem", "soc", "vpn", "update",
            "aktualis"];

    private static readonly SentenceRule[] DefenceRules =
    [
        new(DefenceGap, PostureRules.MissingDefence, static s => Applies(s) && !PostureRules.TellsThePast.IsMatch(s) && !PostureRules.NoDeviceWithout.IsMatch(s), PostureRules.MissingPart)
        {
            Requires = Negation.Appears,
        },
        new(DefenceGap, PostureRules.NotPatching, static s => Applies(s) && !PostureRules.TellsThePast.IsMatch(s)),
        new(DefenceProduct, PostureRules.OwnDefence, static s => PostureRules.SecurityVendor.IsMatch(s) && !PostureRules.PrivateContext.IsMatch(s)),
    ];

    // The rules below say of the company's own systems what attackers would like to know, often without "we" in the very sentence
    // („Auf den Leitstand-PCs läuft bis heute kein EDR“ in a paragraph about "our rollout"): they run on sentences whose paragraph
    // speaks for the company (RunOwnRules) and leave out others, the general, conditions, advice, the past and gaps since closed.
    // Those about a defence by name run on the sentences the defence stems found.
    private static readonly SentenceRule[] OwnDefenceRules =
    [
        new(DefenceGap, PostureRules.StillMissing, OwnGap, PostureRules.MissingPart) { Requires = Negation.Appears },
        new(DefenceGap, PostureRules.DeviceWithout, static s => !PostureRules.NoDeviceWithout.IsMatch(s) && OwnGap(s), PostureRules.MissingPart) { Requires = Negation.Appears },
        new(DefenceGap, PostureRules.DevicesHadNone, static s => !PostureRules.NoDeviceWithout.IsMatch(s) && !PostureRules.StillMissing.IsMatch(s) && OwnGap(s), PostureRules.MissingPart)
        {
            Requires = Negation.Appears,
        },
        new(DefenceGap, PostureRules.PasswordOnly, static s => !PostureRules.NotEnough.IsMatch(s) && !PostureRules.NoLonger.IsMatch(s) && OwnGap(s)),
        new(DefenceOff, PostureRules.DefenceOff, static s => !PostureRules.OffDenied.IsMatch(s) && OwnGap(s)),
        new(DefenceGap, PostureRules.BackupUntested, OwnGap),
        new(ExposedService, PostureRules.ExposedService, static s => !PostureRules.Negated.IsMatch(s) && !PostureRules.Removed.IsMatch(s) && OwnGap(s)),
    ];

    // Words at least one of which every match of OwnDefenceRules holds: a negation or absence, "off", "open" and the like.
    private static readonly SearchValues<string> OwnDefenceCues = SearchValues.Create(
        ["kein", "ohne", "without", "no ", "nobody", "off", "disabled", "deactivat", "geschaltet", "deaktiviert", "nie", "never", "not", "nicht", "haven", "hasn",
            "don", "doesn", "open", "offen", "aktiv", "active", "erreichbar", "reachable", "accessible", "exposed", "facing", "any-any", "any any", "only", "nur",
            "plain", "lediglich"],
        StringComparison.OrdinalIgnoreCase);

    // Fixes not applied, software unchanged for years, services open to the internet.
    private static readonly string[] FixStems =
        ["fix", "patch", "update", "upgrade", "cve-", "vulnerab", "verwundbar", "schwachstell", "aktualis", "same", "firmware", "rdp", "ssh", "remote desktop", "exception", "ausnahme"];

    private static readonly SentenceRule[] FixRules =
    [
        new(Unpatched, PostureRules.Unpatched, static s => PostureRules.FixOrWeakness.IsMatch(s) && OwnGap(s)),
        new(Unpatched, PostureRules.StaleSince, OwnGap),
        new(Unpatched, PostureRules.VulnerableTo, static s => !PostureRules.Unpatched.IsMatch(s) && PostureRules.PresentState.IsMatch(s) && !PostureRules.NotVulnerable.IsMatch(s) && OwnGap(s)),
        new(ExposedService, PostureRules.ExposedService, static s => !PostureRules.Negated.IsMatch(s) && !PostureRules.Removed.IsMatch(s) && OwnGap(s)),
    ];

    // Words at least one of which every match of FixRules holds.
    private static readonly SearchValues<string> FixCues = SearchValues.Create(
        ["haven", "hasn", "didn", "not", "yet to", "nicht", "vulnerable", "verwundbar", "anf", "unpatched", "ungepatcht", "same", "selbe", "gleiche", "never",
            "wasn", "weren", "no ", "seit", "open", "offen", "aktiv", "active", "erreichbar", "reachable", "accessible", "exposed", "facing", "any-any", "any any",
            "affected", "betroffen", "internet"],
        StringComparison.OrdinalIgnoreCase);

    // Weaknesses built in: default passwords, devices without a login, flat networks, cleartext protocols, and workarounds not applied, in
    // a set of their own: added to the stems above, they made the sentences those rules are run on twice as costly.
    // The password words are named by what sets them apart ("werksp", "klartext"): "passw" alone lets through every sentence of password advice.
    private static readonly string[] WeaknessStems =
        ["default", "werksp", "standardp", "standard-p", "passwortschutz", "anmeldung", "authenti", "segment", "netz wie", "network as", "flat net", "ftp",
            "telnet", "klartext", "cleartext", "workaround"];

    private static readonly SentenceRule[] WeaknessRules =
    [
        // A negation must be the "never changed" itself ("kein Gerät hat noch das Standardpasswort" denies the gap), and a change closes it.
        new(DefaultPassword, PostureRules.DefaultPassword, static s => PostureRules.StillOrNeverChanged.IsMatch(s)
            && (PostureRules.NeverChanged.IsMatch(s) || (!PostureRules.Negated.IsMatch(s) && !PostureRules.Changed.IsMatch(s))) && OwnGap(s)),
        new(DefenceGap, PostureRules.NoLogin, static s => PostureRules.LoginDevice.IsMatch(s) && !PostureRules.NoDeviceWithout.IsMatch(s) && !PostureRules.NoLonger.IsMatch(s)
            && !PostureRules.Advice.IsMatch(s) && OwnGap(s)),
        new(FlatNetwork, PostureRules.FlatNetwork, static s => !PostureRules.NoLonger.IsMatch(s) && !PostureRules.Retired.IsMatch(s) && OwnGap(s)),
        new(Cleartext, PostureRules.Cleartext, static s => !PostureRules.Advice.IsMatch(s) && !PostureRules.NoLonger.IsMatch(s) && !PostureRules.Retired.IsMatch(s)
            && !PostureRules.MovedOff.IsMatch(s) && OwnGap(s), PostureRules.CleartextPart),
        new(Unpatched, PostureRules.Unpatched, static s => PostureRules.FixOrWeakness.IsMatch(s) && OwnGap(s)),
    ];

    // Words at least one of which every match of WeaknessRules holds.
    private static readonly SearchValues<string> WeaknessCues = SearchValues.Create(
        ["still", "noch", "heute", "jetzt", "this day", "nie", "never", "nobody", "niemand", "keiner", "unchanged", "unver", "weiterhin", "wie vor", "kein", "ohne",
            "no ", "without", "missing", "fehlend", "lack", "not", "nicht", "flat", "flach", "plain", "klartext", "clear", "plaintext", "unencrypt", "unverschl",
            "same", "selbe", "gleiche", "unsegment", "haven", "hasn", "didn", "yet to"],
        StringComparison.OrdinalIgnoreCase);

    // Access and detection: one account or password for everyone, access without a login, links or tokens that never expire, no SPF or
    // DMARC for the mail domain, nothing logged or logs kept only for hours. A set of its own, so that the sentences it lets through meet only
    // these rules ("logs" and "anonym" are frequent enough to make the defence or weakness sets costlier).
    private static readonly string[] AccessStems =
        ["sammelk", "gruppenk", "shared acc", "shared log", "shared pass", "shared cred", "same pass", "same log", "same acc", "selben kont", "selbe kont",
            "selben pass", "selbe pass", "selben kenn", "selbe kenn", "anonym", "without logging", "without signing", "expire", "verfall", "nie ab", "niemals ab",
            "spf", "dkim", "dmarc", "logs", "logging", "log nothing", "protokollier", "protokolle"];

    private static readonly SentenceRule[] AccessRules =
    [
        new(DefenceGap, PostureRules.SharedAccount, static s => PostureRules.AllOfThem.IsMatch(s) && !PostureRules.Negated.IsMatch(s) && !PostureRules.Replaced.IsMatch(s)
            && !PostureRules.Advice.IsMatch(s) && OwnGap(s)),
        new(DefenceGap, PostureRules.AnonymousAccess, static s => !PostureRules.Negated.IsMatch(s) && !PostureRules.Removed.IsMatch(s) && !PostureRules.Advice.IsMatch(s) && OwnGap(s)),
        new(DefenceGap, PostureRules.NeverExpire, OwnGap),
        new(DefenceGap, PostureRules.MissingMailAuth, static s => !PostureRules.NoLonger.IsMatch(s) && OwnGap(s)),
        new(DefenceGap, PostureRules.NoLogging, static s => !PostureRules.PrivacyContext.IsMatch(s) && !PostureRules.Advice.IsMatch(s) && !PostureRules.NoLonger.IsMatch(s) && OwnGap(s)),
    ];

    // Words at least one of which every match of AccessRules holds.
    private static readonly SearchValues<string> AccessCues = SearchValues.Create(
        ["alle", "all", "every", "jede", "sämtlich", "ganze", "whole", "anonym", "without", "ohne", "never", "nie", "not", "nicht", "don", "doesn", "won",
            "kein", "no ", "weder", "neither", "fehl", "missing", "nothing", "nichts", "hour", "stunde"],
        StringComparison.OrdinalIgnoreCase);

    // An incident's traces told in passing: computers to stay off, a ransom note on the screens („Lösegeld“ found as "segeld"), mail
    // going out from the company's own account.
    private static readonly string[] TraceStems =
        ["schalt", "hochf", "hochzuf", "turn on", "switch", "power on", "turned off", "textdatei", "text file", "segeld", "ransom", "erpresser", "von unser", "from our"];

    private static readonly SentenceRule[] TraceRules =
    [
        new(Incident, PostureRules.IncidentContainment, static s => (RecentOrOngoing(s) || PostureRules.UntilFurtherNotice.IsMatch(s)) && !PostureRules.NotAnAttack.IsMatch(s) && !PostureRules.Hypothetical.IsMatch(s) && Applies(s)),
        new(Incident, PostureRules.IncidentRansomNote, static s => RecentOrOngoing(s) && !PostureRules.Hypothetical.IsMatch(s) && Applies(s)),
        new(Incident, PostureRules.IncidentSenderAbuse, static s => PostureRules.UnknownCause.IsMatch(s) && RecentOrOngoing(s) && !PostureRules.Hypothetical.IsMatch(s) && Applies(s),
            ParagraphCheck: static p => PostureRules.ForgedContext.IsMatch(p)),
    ];

    // Words at least one of which every match of TraceRules holds.
    private static readonly SearchValues<string> TraceCues = SearchValues.Create(
        ["kein", "nicht", "nie", "not", "don", "never", "keep", "leave", "zeig", "show", "display", "unklar", "unclear", "investigat", "such", "knows"],
        StringComparison.OrdinalIgnoreCase);

    // The searches for sentences that may hold a finding, by their stems above: one pass over a draft finds them all.
    private static readonly TriggerStems Stems = new([IncidentStems, ParaphraseStems, DefenceStems, FixStems, WeaknessStems, TraceStems, WhileWritingStems, AccessStems]);

    // The searches in the order Stems holds their stems.
    private enum StemSet
    {
        Incident,
        Paraphrase,
        Defence,
        Fix,
        Weakness,
        Trace,
        WhileWriting,
        Access,
    }

    /// <summary>Every sentence rule, for tests that check what the rules promise (a <see cref="SentenceRule.Requires"/> test never leaves a match).</summary>
    internal static IEnumerable<SentenceRule> SentenceRules =>
        [.. IncidentRules, .. ParaphraseRules, .. DefenceRules, .. OwnDefenceRules, .. FixRules, .. WeaknessRules, .. TraceRules, .. AccessRules];

    public void Detect(ScanContext context)
    {
        FindSoftwareVersions(context);
        var stems = Stems.Find(context.Text);
        if (stems.Count == 0)
        {
            return;
        }

        RunOnFirstPersonSentences(context, new TriggerSentences(context.Text, stems, (int)StemSet.Incident), IncidentRules);
        RunOnFirstPersonSentences(context, new TriggerSentences(context.Text, stems, (int)StemSet.Paraphrase), ParaphraseRules);
        RunOnDefenceSentences(context, new TriggerSentences(context.Text, stems, (int)StemSet.Defence));
        RunOnOwnSentences(context, new TriggerSentences(context.Text, stems, (int)StemSet.Fix), FixCues, FixRules);
        RunOnOwnSentences(context, new TriggerSentences(context.Text, stems, (int)StemSet.Weakness), WeaknessCues, WeaknessRules);
        RunOnOwnSentences(context, new TriggerSentences(context.Text, stems, (int)StemSet.Trace), TraceCues, TraceRules);
        FindIncidentsWhileWriting(context, new TriggerSentences(context.Text, stems, (int)StemSet.WhileWriting));
        RunOnOwnSentences(context, new TriggerSentences(context.Text, stems, (int)StemSet.Access), AccessCues, AccessRules);
    }

    // The defence rules in one search for their stems: those that need "we" in the sentence, then those whose owner may be in the paragraph.
    private static void RunOnDefenceSentences(ScanContext context, TriggerSentences sentences)
    {
        var text = context.Text;
        foreach (var sentence in sentences)
        {
            var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            var firstPerson = FirstPerson.Appears(span);
            if (firstPerson)
            {
                foreach (var rule in DefenceRules)
                {
                    rule.Run(context, sentence);
                }
            }

            RunOwnRules(context, sentence, span, OwnDefenceCues, OwnDefenceRules, firstPerson);
        }
    }

    // Runs rules on the sentences with a stem whose sentence or paragraph speaks for the company. A sentence without any of the
    // rules' cue words is left before a pattern runs (a pattern costs about as much per character as the whole stem search); the
    // paragraph is looked at only when a rule's pattern matches.
    private static void RunOnOwnSentences(ScanContext context, TriggerSentences sentences, SearchValues<string> cues, SentenceRule[] rules)
    {
        var text = context.Text;
        foreach (var sentence in sentences)
        {
            RunOwnRules(context, sentence, text.AsSpan(sentence.Start, sentence.End - sentence.Start), cues, rules, firstPerson: null);
        }
    }

    private static void RunOwnRules(ScanContext context, (int Start, int End) sentence, ReadOnlySpan<char> span, SearchValues<string> cues, SentenceRule[] rules, bool? firstPerson)
    {
        if (span.IndexOfAny(cues) < 0)
        {
            return;
        }

        bool? own = null;
        foreach (var rule in rules)
        {
            if (!rule.Matches(span))
            {
                continue;
            }

            own ??= (firstPerson ?? FirstPerson.Appears(span)) || SpeaksForCompany(context.Text, sentence);
            if (!own.Value)
            {
                return;
            }

            rule.Run(context, sentence);
        }
    }

    private static bool SpeaksForCompany(string text, (int Start, int End) sentence)
    {
        var paragraph = Paragraphs.Around(text, sentence);
        return FirstPerson.Appears(text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start));
    }

    // A gap at the company itself, now: not others or the general, no condition, advice, past or closed gap, not at home, no exercise.
    // "their" after "our …" is ours ("our warehouse servers keep their logs for 24 hours").
    private static bool OwnGap(ReadOnlySpan<char> sentence) =>
        (!PostureRules.OwnGapExcluded.IsMatch(sentence) || (PostureRules.TheirsAreOurs.IsMatch(sentence) && !PostureRules.OwnGapExcludedBesidesTheirs.IsMatch(sentence)))
        && !PostureRules.TellsThePast.IsMatch(sentence)
        && !PostureRules.PrivateContext.IsMatch(sentence)
        && (!PostureRules.Rehearsal.IsMatch(sentence) || PostureRules.NoRehearsal.IsMatch(sentence));

    private static void FindIncidentsWhileWriting(ScanContext context, TriggerSentences sentences)
    {
        var text = context.Text;
        foreach (var sentence in sentences)
        {
            var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            if (!Applies(span) || !(PostureRules.NotOver.IsMatch(span) || PostureRules.Ongoing.IsMatch(span))
                || !(FirstPerson.Appears(span) || SpeaksForCompany(text, sentence)))
            {
                continue;
            }

            foreach (var match in PostureRules.IncidentWhileWriting.EnumerateMatches(span))
            {
                var paragraph = Paragraphs.Around(text, sentence);
                if (PostureRules.IncidentContext.IsMatch(text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start)))
                {
                    context.Report(sentence.Start + match.Index, match.Length, Incident);
                }

                break;
            }
        }
    }

    private static void FindSoftwareVersions(ScanContext context)
    {
        var text = context.Text;
        var position = 0;
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                break;
            }

            var digit = position + found;
            if (SoftwareTrigger.FollowsProductWord(text, digit))
            {
                var sentence = Sentences.Around(text, digit, digit + 1);
                if (ReportOwnSoftware(context, PostureRules.SoftwareVersion, sentence, ownedByNext: false)
                    && !PostureRules.Generalisation.IsMatch(text.AsSpan(sentence.Start, sentence.End - sentence.Start)) && NextSentenceRunsIt(text, sentence))
                {
                    ReportOwnSoftware(context, PostureRules.SoftwareVersion, sentence, ownedByNext: true);
                }

                position = Math.Max(sentence.End, digit + 1);
                continue;
            }

            position = digit + 1;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
        }

        for (var at = text.IndexOf("windows", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("windows", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var sentence = Sentences.Around(text, at, at + 1);
            ReportOwnSoftware(context, PostureRules.NamedWindows, sentence, ownedByNext: false);
            at = Math.Max(at, sentence.End - 1);
        }
    }

    private static void RunOnFirstPersonSentences(ScanContext context, TriggerSentences sentences, SentenceRule[] rules)
    {
        var text = context.Text;
        foreach (var sentence in sentences)
        {
            if (!FirstPerson.Appears(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
            {
                continue;
            }

            foreach (var rule in rules)
            {
                rule.Run(context, sentence);
            }
        }
    }

    // A version counts when the company runs it: a possessive right before it ("unser altes Exchange 2013"),
    // ownership in the sentence, or loose ownership ("läuft noch") in a sentence that does not generalise, or in the next
    // sentence when that one takes it up (ownedByNext, NextSentenceRunsIt); and not when it is being retired or runs at home.
    // Sentence facts are worked out once, at the first match that needs them. Returns whether a version was left for want of an owner.
    private static bool ReportOwnSoftware(ScanContext context, BoundedRegex pattern, (int Start, int End) bounds, bool ownedByNext)
    {
        var unowned = false;
        var text = context.Text;
        var sentence = text.AsSpan(bounds.Start, bounds.End - bounds.Start);
        bool? excluded = null;
        bool? owned = null;
        foreach (var match in pattern.EnumerateMatches(sentence))
        {
            var start = bounds.Start + match.Index;
            var end = start + match.Length;
            if (PostureRules.LicenceAfter.IsMatch(text.AsSpan(end, Math.Min(text.Length - end, 12))))
            {
                continue;
            }

            // Software that is gone, runs on home PCs rather than at the company, or ran there only in a story told in the past
            // („Damals lief bei uns noch Office 2010“), is no target.
            excluded ??= PostureRules.Retired.IsMatch(sentence) || PostureRules.PrivateContext.IsMatch(sentence) || PostureRules.TellsThePast.IsMatch(sentence);
            if (excluded.Value)
            {
                return false;
            }

            var before = Math.Min(start, PossessiveReach);
            if (!ownedByNext && !PostureRules.Possessive.IsMatch(text.AsSpan(start - before, before)))
            {
                owned ??= PostureRules.Ownership.IsMatch(sentence)
                    || ((PostureRules.LooseOwnership.IsMatch(sentence) || OutOfSupportOnSite(sentence)) && !PostureRules.Generalisation.IsMatch(sentence));
                if (!owned.Value)
                {
                    unowned = true;
                    continue;
                }
            }

            context.Report(start, match.Length, SoftwareVersion);
        }

        return unowned;
    }

    // Software out of support that is still in use at a named place of the company's own ("the print stations in Hall 3 still run
    // Windows Embedded Standard 7 – out of extended support since 2020"): the place says whose it is.
    private static bool OutOfSupportOnSite(ReadOnlySpan<char> sentence) =>
        PostureRules.EndOfSupport.IsMatch(sentence) && PostureRules.Ongoing.IsMatch(sentence) && PostureRules.InternalPlace.IsMatch(sentence);

    // The next sentence takes the version up ("… noch auf diesem Server läuft", "that box still runs it at our place") and says the
    // company runs it, without generalising, retiring it, moving it home or saying it no longer does: "Warum liefert ihr noch Apache/2.2.15 aus?" — "Weil die
    // Sendungsverfolgung tatsächlich noch auf diesem Server läuft."
    private static bool NextSentenceRunsIt(string text, (int Start, int End) sentence)
    {
        var start = sentence.End;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || Mention(text[start])))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return false;
        }

        var next = Sentences.Around(text, start, start + 1);
        var span = text.AsSpan(next.Start, next.End - next.Start);
        return PostureRules.TakesUp.IsMatch(span)
            && (PostureRules.Ownership.IsMatch(span) || PostureRules.LooseOwnership.IsMatch(span))
            && !PostureRules.Generalisation.IsMatch(span) && !PostureRules.Retired.IsMatch(span) && !PostureRules.PrivateContext.IsMatch(span)
            && !PostureRules.NoLonger.IsMatch(span);

        static bool Mention(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';
    }

    // Incidents and gaps described as everyday ("täglich", "every day") are common knowledge, not a disclosure;
    // at home or in an exercise ("zu Hause", "in our drill") they are not the company's.
    private static bool Applies(ReadOnlySpan<char> sentence) =>
        !PostureRules.Habitual.IsMatch(sentence)
        && !PostureRules.PrivateContext.IsMatch(sentence)
        && (!PostureRules.Rehearsal.IsMatch(sentence) || PostureRules.NoRehearsal.IsMatch(sentence));

    private static bool RecentOrOngoing(ReadOnlySpan<char> sentence) =>
        PostureRules.RecentOrNow.IsMatch(sentence) || PostureRules.Ongoing.IsMatch(sentence);

    private static RuleInfo Rule(string id, Severity severity, LocalizedText message) =>
        new() { Id = id, Category = FindingCategory.SecurityPosture, Severity = severity, Message = message };
}
