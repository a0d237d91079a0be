using System.Text.RegularExpressions;
using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Posture;

/// <summary>
/// Finds details that help attackers, judged by their sentence (<see cref="PostureRules"/>):
/// <list type="bullet">
/// <item>software with a concrete version at the company ("bei uns läuft noch Exchange 2013") — <c>warn</c>;</item>
/// <item>ongoing or just-happened incidents ("wir werden gerade angegriffen", "we were breached yesterday") — <c>block</c>;</item>
/// <item>gaps in the defences ("wir haben kein MFA", "we don't patch") — <c>warn</c>;</item>
/// <item>the product behind a defence ("unsere Firewall ist eine FortiGate") — <c>hint</c>.</item>
/// </list>
/// The same words about others or in general ("Viele Firmen nutzen noch Windows Server 2008",
/// "Log4Shell affected Log4j 2.14", "wir werden täglich angegriffen") are security education and pass.
/// A keyword scan decides which patterns run at all. Immutable and thread-safe.
/// </summary>
internal sealed class PostureDetector : IDetector
{
    // How far before a product a possessive is looked for ("unser altes Exchange 2013").
    private const int PossessiveReach = 30;

    private const int SoftwareGroup = 0;
    private const int IncidentGroup = 1;
    private const int DefenceGroup = 2;

    private static readonly RuleInfo SoftwareVersion = Rule("posture-software-version", Severity.Warn, PostureMessages.SoftwareVersion);
    private static readonly RuleInfo Incident = Rule("posture-incident", Severity.Block, PostureMessages.Incident);
    private static readonly RuleInfo DefenceGap = Rule("posture-defence-gap", Severity.Warn, PostureMessages.DefenceGap);
    private static readonly RuleInfo DefenceProduct = Rule("posture-defence-product", Severity.Hint, PostureMessages.DefenceProduct);

    private static readonly string[] SoftwareKeywords =
    [
        "exchange", "windows", "sbs", "small business", "sql server", "sharepoint", "office", "skype", "lync", "dynamics", "visual studio", "navision",
        "php", "java", "jdk", "jre", "python", "node", "openssl", "openssh", "log4j", "apache", "tomcat", "struts", "nginx", "iis", "httpd",
        "citrix", "netscaler", "forti", "pan-os", "panos", "sap", "netweaver", "s/4", "oracle", "weblogic", "websphere", "jboss", "wildfly",
        "mysql", "postgres", "mariadb", "mongodb", "elasticsearch", "kibana", "redis", "jenkins", "gitlab", "confluence", "jira", "bitbucket",
        "vmware", "esxi", "vcenter", "vsphere", "pulse", "moveit", "wordpress", "drupal", "joomla", "typo3", "magento", "shopware", "nextcloud",
        "owncloud", "centos", "rhel", "red hat", "ubuntu", "debian", "sles", "cisco", "ios", "sonicos", "junos", "veeam", "zimbra", "exim",
        "proftpd", "samba", "openvpn", "spring", "solarwinds", "teamviewer", "grafana", "zabbix", "bind", "asa", "docker", "kubernetes",
        "version", "patchstand", "patchlevel", "patch-level", "release", "build",
    ];

    private static readonly string[] IncidentKeywords =
    [
        "angegriffen", "attackiert", "gehackt", "erpresst", "angriff", "vorfall", "attacke", "kampagne", "befall", "infektion", "kompromittiert",
        "verschlüsselt", "infiltriert", "lahmgelegt", "offline", "down", "ausgefallen", "infiziert", "attack", "incident", "breach", "hacked",
        "compromis", "hit", "got us", "erwischt", "getroffen", "opfer", "ziel", "hatten", "had", "experienced", "suffered", "erreichbar", "verfügbar", "encrypted", "pwned", "ransomware", "extorted", "targeted", "intrusion", "infect", "outbreak", "unavailable",
    ];

    private static readonly string[] DefenceKeywords =
    [
        "mfa", "2fa", "faktor", "factor", "edr", "xdr", "antivirus", "viren", "backup", "datensicherung", "firewall", "patch", "siem", "soc",
        "segment", "verschlüsselung", "encrypt", "monitor", "logging", "notfallplan", "incident-response", "update", "aktualis", "gesichert",
        "sichern", "back up", "waf", "vpn", "filter", "endpoint", "ids", "ips",
    ];

    private readonly KeywordGate _gate = new([SoftwareKeywords, IncidentKeywords, DefenceKeywords]);

    public void Detect(ScanContext context)
    {
        var present = _gate.Scan(context.Text);
        if (present == 0)
        {
            return;
        }

        if ((present & (1UL << SoftwareGroup)) != 0)
        {
            FindSoftwareVersions(context);
        }

        if ((present & (1UL << IncidentGroup)) != 0)
        {
            FindIncidents(context);
        }

        if ((present & (1UL << DefenceGroup)) != 0)
        {
            FindDefenceDetails(context);
        }
    }

    private static void FindSoftwareVersions(ScanContext context)
    {
        var text = context.Text;
        foreach (var match in PostureRules.SoftwareVersion.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            if (PostureRules.LicenceAfter.IsMatch(text.AsSpan(end, Math.Min(text.Length - end, 12))))
            {
                continue;
            }

            var sentence = SentenceAround(text, match.Index, end);
            var possessive = PostureRules.Possessive.IsMatch(text.AsSpan(Math.Max(0, match.Index - PossessiveReach), Math.Min(match.Index, PossessiveReach)));
            if ((possessive
                || PostureRules.Ownership.IsMatch(sentence)
                || (PostureRules.LooseOwnership.IsMatch(sentence) && !PostureRules.Generalisation.IsMatch(sentence)))
                && !PostureRules.Retired.IsMatch(sentence))
            {
                context.Report(match.Index, match.Length, SoftwareVersion);
            }
        }
    }

    private static void FindIncidents(ScanContext context)
    {
        ReportWhere(context, PostureRules.IncidentNow, Incident, static _ => true);
        ReportWhere(context, PostureRules.IncidentPast, Incident, static s => PostureRules.RecentOrNow.IsMatch(s));
        ReportWhere(context, PostureRules.IncidentHitUs, Incident, static s => PostureRules.RecentOrNow.IsMatch(s) && PostureRules.AttackWord.IsMatch(s));
        ReportWhere(context, PostureRules.IncidentOngoing, Incident, static s => PostureRules.IncidentOwnership.IsMatch(s));
        ReportWhere(context, PostureRules.IncidentSystems, Incident, static s => PostureRules.AttackWord.IsMatch(s));
        ReportWhere(context, PostureRules.IncidentSystemsPast, Incident, static s => PostureRules.RecentOrNow.IsMatch(s) && PostureRules.AttackWord.IsMatch(s));
    }

    private static void FindDefenceDetails(ScanContext context)
    {
        ReportWhere(context, PostureRules.MissingDefence, DefenceGap, static s => PostureRules.DefenceOwnership.IsMatch(s));
        ReportWhere(context, PostureRules.NotPatching, DefenceGap, static _ => true);
        ReportWhere(context, PostureRules.OwnDefence, DefenceProduct, static s => PostureRules.SecurityVendor.IsMatch(s));
    }

    // Reports each match whose sentence passes the check; incidents and gaps described as everyday
    // ("täglich", "every day") are common knowledge, not a disclosure.
    private static void ReportWhere(ScanContext context, Regex pattern, RuleInfo rule, SentenceCheck check)
    {
        var text = context.Text;
        foreach (var match in pattern.EnumerateMatches(text))
        {
            var sentence = SentenceAround(text, match.Index, match.Index + match.Length);
            if (check(sentence) && (rule.Severity == Severity.Hint || !PostureRules.Habitual.IsMatch(sentence)))
            {
                context.Report(match.Index, match.Length, rule);
            }
        }
    }

    private static ReadOnlySpan<char> SentenceAround(string text, int start, int end)
    {
        var (from, to) = Sentences.Around(text, start, end);
        return text.AsSpan(from, to - from);
    }

    private static RuleInfo Rule(string id, Severity severity, LocalizedText message) =>
        new() { Id = id, Category = FindingCategory.SecurityPosture, Severity = severity, Message = message };

    private delegate bool SentenceCheck(ReadOnlySpan<char> sentence);
}
