using System.Collections.Frozen;

namespace Herald.Guard.Posture;

/// <summary>
/// Finds where a software version may be named without a keyword scan over a hundred product names:
/// a version is a number, and the word right before it ("Exchange 2013", "Server 2008", "PHP-5.6",
/// "nginx v1.18") must be one that ends a product name in <see cref="PostureRules.SoftwareVersion"/>.
/// Numbers are found with a vectorised search; the word before each is one set lookup.
/// </summary>
internal static class SoftwareTrigger
{
    // How far back the word before a number is looked for, and how long it may be.
    private const int MaxGap = 3;
    private const int MaxWord = 24;

    // Every word that can stand right before the version in PostureRules.SoftwareVersion.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBeforeVersion = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "exchange", "server", "sbs", "sharepoint", "office", "business", "lync", "nav", "ax", "crm", "studio", "navision",
        "php", "java", "se", "jdk", "jre", "python", "node", "node.js", "nodejs", "openssl", "openssh", "log4j", "log4j2", "httpd", "tomcat",
        "struts", "struts2", "activemq", "nginx", "iis", "citrix", "adc", "netscaler", "gateway", "xenapp", "xendesktop", "apps",
        "fortios", "fortiweb", "fortimail", "fortimanager", "fortianalyzer", "fortiproxy", "pan-os", "panos", "netweaver", "ecc", "erp",
        "hana", "s/4hana", "basis", "kernel", "oracle", "database", "db", "weblogic", "suite", "websphere", "jboss", "wildfly", "mysql",
        "postgres", "postgresql", "mariadb", "mongodb", "elasticsearch", "kibana", "redis", "jenkins", "gitlab", "confluence", "jira",
        "bitbucket", "esxi", "vcenter", "vsphere", "horizon", "one", "secure", "moveit", "transfer", "wordpress", "drupal", "joomla",
        "typo3", "magento", "shopware", "nextcloud", "owncloud", "centos", "rhel", "hat", "linux", "ubuntu", "debian", "sles", "asa",
        "ios", "xe", "anyconnect", "ise", "firepower", "sonicos", "junos", "veeam", "backup", "zimbra", "exim", "proftpd", "samba",
        "openvpn", "boot", "framework", "solarwinds", "orion", "teamviewer", "grafana", "zabbix", "windows", "apache", "bind", "sap",
        "docker", "kubernetes", "forticlient", "ems", "fortiswitch", "fortisiem", "fortisandbox", "fortiauthenticator", "globalprotect",
        "storefront", "sharefile", "ivanti", "epmm", "manager", "mobile", "csa", "sentry", "xr", "nx-os", "nxos", "client", "ftd", "screenos",
        "fireware", "routeros", "arubaos", "utm", "xg", "sfos", "big-ip", "tmos", "opnsense", "pfsense", "point", "checkpoint", "gaia", "quantum", "android", "macos", "version", "versionsstand", "patchstand", "patchlevel", "patch-level", "release", "build", "firmware", "firmwarestand", "firmware-version", "fw",
        "standard", "embedded", "posready", "compact", "industry", "iot", "enterprise",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the number starting at <paramref name="digit"/> follows a word that ends a product name.</summary>
    public static bool FollowsProductWord(string text, int digit)
    {
        var end = digit;
        // "v1.18", and Check Point's "R80.40".
        if (end > 0 && text[end - 1] is 'v' or 'V' or 'r' or 'R' && (end < 2 || !char.IsLetterOrDigit(text[end - 2])))
        {
            end--;
        }

        if (end > 0 && char.IsLetterOrDigit(text[end - 1]))
        {
            // Glued to a word: "Q3", "S4", "log4j" itself.
            return false;
        }

        var gap = 0;
        while (end > 0 && gap < MaxGap && text[end - 1] is ' ' or '\t' or '\u00A0' or '-' or '/')
        {
            end--;
            gap++;
        }

        var start = end;
        while (start > 0 && end - start < MaxWord && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '-' or '/'))
        {
            start--;
        }

        var word = text.AsSpan(start, end - start).Trim(".-/");
        if (word.IsEmpty)
        {
            return false;
        }

        if (WordsBeforeVersion.Contains(word))
        {
            return true;
        }

        var lastSeparator = word.LastIndexOfAny(".-/");
        return lastSeparator >= 0 && WordsBeforeVersion.Contains(word[(lastSeparator + 1)..]);
    }
}
