using System.Buffers;
using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Posture;

/// <summary>
/// Finds details that help attackers, judged by their sentence (<see cref="PostureRules"/>):
/// <list type="bullet">
/// <item>software with a concrete version at the company ("bei uns läuft noch Exchange 2013") — <c>warn</c>;</item>
/// <item>ongoing or just-happened incidents ("wir werden gerade angegriffen", "we were breached yesterday"), also in other
/// words ("mit einer Flut von Anfragen überrollt", "one of our mailboxes is in the hands of an attacker") — <c>block</c>;</item>
/// <item>gaps in the defences ("wir haben kein MFA", "we don't patch") — <c>warn</c>;</item>
/// <item>the product behind a defence ("unsere Firewall ist eine FortiGate") — <c>hint</c>.</item>
/// </list>
/// The same words about others, at home or in general ("Viele Firmen nutzen noch Windows Server 2008",
/// "Windows 10 läuft noch auf Rechnern zu Hause",
/// "Log4Shell affected Log4j 2.14", "wir werden täglich angegriffen") are security education and pass.
/// Patterns run only on sentences that can hold a finding: versions where a number follows a product word
/// (<see cref="SoftwareTrigger"/>); incidents and defences where one of a few stems occurs and the sentence
/// speaks in the first person (<see cref="FirstPerson"/>). Immutable and thread-safe.
/// </summary>
internal sealed class PostureDetector : IDetector
{
    // How far before a product a possessive is looked for ("unser altes Exchange 2013").
    private const int PossessiveReach = 30;

    // How far a paragraph is looked at around a sentence, so that a huge paragraph stays cheap.
    private const int ParagraphReach = 800;

    private static readonly RuleInfo SoftwareVersion = Rule("posture-software-version", Severity.Warn, PostureMessages.SoftwareVersion);
    private static readonly RuleInfo Incident = Rule("posture-incident", Severity.Block, PostureMessages.Incident);
    private static readonly RuleInfo DefenceGap = Rule("posture-defence-gap", Severity.Warn, PostureMessages.DefenceGap);
    private static readonly RuleInfo DefenceProduct = Rule("posture-defence-product", Severity.Hint, PostureMessages.DefenceProduct);

    // Every match of an incident rule, or the attack word its check requires, contains one of these stems.
    // A vectorised search stays fast up to about 16 strings, hence stems rather than every inflected word.
    private static readonly SearchValues<string> IncidentStems = SearchValues.Create(
        ["griff", "hack", "attack", "breach", "vorfall", "incident", "promi", "erpress", "verschlüssel", "encrypt", "hit", "ransomware", "malware", "trojan", "ddos", "infiz"],
        StringComparison.OrdinalIgnoreCase);

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
    // looked at only when they hold one of these stems. Eight ASCII strings keep this second search as fast as a single
    // one ("bernommen" finds "übernommen"; "angreifer" the German takeovers, which name the attacker).
    private static readonly SearchValues<string> ParaphraseStems = SearchValues.Create(
        ["flut", "flood", "hands", "angreifer", "bernommen", "taken over", "hijack", "regained"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SentenceRule[] ParaphraseRules =
    [
        new(Incident, PostureRules.IncidentFlood, static s => PostureRules.Outage.IsMatch(s) && RecentOrOngoing(s) && Applies(s)),
        new(Incident, PostureRules.IncidentTakeover, static s => (PostureRules.AttackWord.IsMatch(s) || PostureRules.Attacker.IsMatch(s)) && RecentOrOngoing(s) && Applies(s)),
        new(Incident, PostureRules.IncidentAttackerInside, Applies),
        new(Incident, PostureRules.IncidentGettingBackIn, static s => (PostureRules.AttackWord.IsMatch(s) || PostureRules.Attacker.IsMatch(s)) && Applies(s)),
    ];

    // Incidents still going on as the author writes ("as I write this", „noch nicht vorbei“): the sentence is judged with its
    // paragraph, which names the attack ("We're still cleaning up as I write this:" under a paragraph about a phishing mail).
    private static readonly SearchValues<string> WhileWritingStems = SearchValues.Create(
        ["write", "writing", "schreibe", "vorbei", "over yet"],
        StringComparison.OrdinalIgnoreCase);

    // Every match of a defence rule contains one of these stems.
    private static readonly SearchValues<string> DefenceStems = SearchValues.Create(
        ["mfa", "2fa", "faktor", "edr", "xdr", "antivir", "viren", "backup", "sicherung", "firewall", "patch", "siem", "soc", "vpn", "update", "aktualis"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SentenceRule[] DefenceRules =
    [
        new(DefenceGap, PostureRules.MissingDefence, Applies, PostureRules.MissingPart),
        new(DefenceGap, PostureRules.NotPatching, Applies),
        new(DefenceProduct, PostureRules.OwnDefence, static s => PostureRules.SecurityVendor.IsMatch(s) && !PostureRules.PrivateContext.IsMatch(s)),
    ];

    public void Detect(ScanContext context)
    {
        FindSoftwareVersions(context);
        RunOnFirstPersonSentences(context, IncidentStems, IncidentRules);
        RunOnFirstPersonSentences(context, ParaphraseStems, ParaphraseRules);
        RunOnFirstPersonSentences(context, DefenceStems, DefenceRules);
        FindIncidentsWhileWriting(context);
    }

    private static void FindIncidentsWhileWriting(ScanContext context)
    {
        var text = context.Text;
        foreach (var sentence in new TriggerSentences(text, WhileWritingStems))
        {
            var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            if (!FirstPerson.Appears(span) || !Applies(span) || !(PostureRules.NotOver.IsMatch(span) || PostureRules.Ongoing.IsMatch(span)))
            {
                continue;
            }

            foreach (var match in PostureRules.IncidentWhileWriting.EnumerateMatches(span))
            {
                var paragraph = Paragraph(text, sentence);
                if (PostureRules.IncidentContext.IsMatch(text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start)))
                {
                    context.Report(sentence.Start + match.Index, match.Length, Incident);
                }

                break;
            }
        }
    }

    // The paragraph around a sentence, and the one before it: the text from two blank lines back to the next blank line, at most
    // ParagraphReach characters either way.
    private static (int Start, int End) Paragraph(string text, (int Start, int End) sentence)
    {
        var floor = Math.Max(0, sentence.Start - ParagraphReach);
        var before = text.AsSpan(floor, sentence.Start - floor);
        var blank = before.LastIndexOf("\n\n");
        if (blank > 0)
        {
            var earlier = before[..blank].LastIndexOf("\n\n");
            blank = earlier >= 0 ? earlier : 0;
        }

        var start = floor + Math.Max(0, blank);
        var ceiling = Math.Min(text.Length, sentence.End + ParagraphReach);
        var after = text.AsSpan(sentence.End, ceiling - sentence.End).IndexOf("\n\n");
        return (start, after < 0 ? ceiling : sentence.End + after);
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

    private static void RunOnFirstPersonSentences(ScanContext context, SearchValues<string> stems, SentenceRule[] rules)
    {
        var text = context.Text;
        foreach (var sentence in new TriggerSentences(text, stems))
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

            // Software that is gone, or runs on home PCs rather than at the company, is no target.
            excluded ??= PostureRules.Retired.IsMatch(sentence) || PostureRules.PrivateContext.IsMatch(sentence);
            if (excluded.Value)
            {
                return false;
            }

            var before = Math.Min(start, PossessiveReach);
            if (!ownedByNext && !PostureRules.Possessive.IsMatch(text.AsSpan(start - before, before)))
            {
                owned ??= PostureRules.Ownership.IsMatch(sentence)
                    || (PostureRules.LooseOwnership.IsMatch(sentence) && !PostureRules.Generalisation.IsMatch(sentence));
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
