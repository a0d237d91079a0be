using System.Text.RegularExpressions;
using Herald.Guard.Text;

namespace Herald.Guard.Posture;

/// <summary>
/// The patterns of the security-posture check, each a <see cref="BoundedRegex"/> (linear time on any input);
/// the sentence-level ones run only on the sentence around a hit. In the patterns, <c>_</c> stands for
/// one horizontal white-space character (a marking never spans lines).
/// </summary>
internal static class PostureRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Versioned by year: "Exchange 2013", "Windows Server 2008 R2", "SQL Server 2012 SP4".
    private const string YearProducts =
        @"exchange(?:_+server)?|windows_+server|windows_+sbs|small_+business_+server|sql_+server|sharepoint(?:_+server)?|(?:ms_+|microsoft_+)?office"
        + @"|skype_+for_+business|lync(?:_+server)?|dynamics_+(?:nav|ax|crm)|visual_+studio|navision";

    // Versioned by number: "PHP 5.6", "Java 8", "Citrix ADC 13.0", "Log4j 2.14".
    private const string NumberedProducts =
        @"php|java(?:_+se)?|jdk|jre|python|node(?:\.?js)?|openssl|openssh|log4j2?|apache_+(?:httpd|tomcat|struts2?|http_+server|activemq)|tomcat|struts2?|nginx|iis|httpd"
        + @"|citrix(?:_+(?:adc|netscaler|gateway|xenapp|xendesktop|virtual_+apps|storefront|sharefile))?|netscaler(?:_+(?:adc|gateway))?|fortios"
        + @"|forti(?:web|mail|manager|analyzer|proxy|switch|siem|sandbox|authenticator|client(?:_+ems)?)|pan-?os|globalprotect|sap_+(?:netweaver|ecc|erp|hana|basis|kernel)|netweaver|s/4_?hana|oracle(?:_+(?:database|db|weblogic|e-business_+suite))?|weblogic|websphere|jboss|wildfly"
        + @"|mysql|postgres(?:ql)?|mariadb|mongodb|elasticsearch|kibana|redis|jenkins|gitlab|confluence(?:_+server)?|jira(?:_+server)?|bitbucket"
        + @"|vmware_+(?:esxi|vcenter|vsphere|horizon|workspace_+one)|esxi|vcenter|vsphere|pulse_+(?:connect_+)?secure|ivanti(?:_+(?:connect_+secure|policy_+secure|epmm|endpoint_+manager(?:_+mobile)?|csa|sentry))?|moveit(?:_+transfer)?"
        + @"|wordpress|drupal|joomla|typo3|magento|shopware|nextcloud|owncloud|centos|rhel|red_+hat(?:_+enterprise_+linux)?|ubuntu|debian|sles"
        + @"|cisco_+(?:asa|ios(?:_+x[er])?|nx-?os|anyconnect|secure_+client|ise|firepower|ftd)|ios_+x[er]|nx-?os|sonicos|junos|screenos|fireware|routeros|arubaos"
        + @"|sophos_+(?:utm|xg|sfos)|sfos|big-ip|tmos|opnsense|pfsense|veeam(?:_+backup)?|zimbra|exim|proftpd|samba|openvpn"
        + @"|spring_+(?:boot|framework)|solarwinds(?:_+orion)?|teamviewer|grafana|zabbix|windows|android|macos";

    // Check Point names its releases with an R ("Check Point R80.40").
    private const string RProducts = @"check_*point(?:_+(?:gaia|quantum))?";

    // Common words as well as product names: only a dotted version makes them software ("Apache 2.4.49", "BIND 9.16").
    private const string DottedProducts = @"apache|bind|asa|sap|docker|kubernetes";

    // Own systems, also the devices people work on („unsere Handscanner“, "our goods-in PCs"), taken off the network in an attack.
    private const string OwnSystemsDe = @"unser(?:e|en)?(?:_+[\w-]+)?_+(?:systeme|\w*server|it|netz(?:werk)?|rechner|dienste|infrastruktur|clients|dateien|daten|website|webseite|produktion|intranet|shop"
        + @"|\w*scanner|\w*terminals?|\w*geräte|pcs|laptops|notebooks|computer)";
    private const string BadStateDe = @"(?:verschlüsselt|lahmgelegt|kompromittiert|befallen|infiziert|gehackt|offline|down|ausgefallen|nicht_+(?:mehr_+)?(?:erreichbar|verfügbar)"
        + @"|vom_+netz_+(?:genommen|getrennt)|offline_+genommen)";
    private const string OwnSystemsEn = @"our(?:_+[\w-]+)?_+(?:systems?|\w*servers?|network|it|infrastructure|services|website|data|files|production|shop|clients|endpoints|intranet"
        + @"|\w*scanners|\w*terminals|devices|pcs|laptops|computers)";
    private const string BadStateEn = @"(?:down|offline|encrypted|compromised|infected|hacked|breached|unavailable|taken_+offline|disconnected|pulled_+off_+the_+network)";

    private const string YearVersion = @"(?:19|20)\d\d(?:_*r2)?(?:_*(?:sp|cu)_*\d+)?";
    private const string NumberVersion = @"v?\d+(?:\.\d+){0,3}[a-z]?";
    private const string DottedVersion = @"v?\d+(?:\.\d+){1,3}[a-z]?";

    /// <summary>Software with a concrete version, or the word "version" with a dotted number.</summary>
    public static BoundedRegex SoftwareVersion { get; } = Create(
        $@"\b(?:(?:{YearProducts})_+{YearVersion}|windows_*(?:(?:embedded|iot)_*(?:standard|compact|posready|industry|enterprise)?_*)?(?:2000|95|98|7|8(?:\.1)?|10|11)|(?:{NumberedProducts})(?:_|[/-])*{NumberVersion}|(?:{RProducts})_+r\d+(?:\.\d+)?|(?:{DottedProducts})(?:_|[/-])*{DottedVersion}"
        + @"|(?:version|versionsstand|patchstand|patchlevel|patch-level|release|build|firmware|firmwarestand|firmware-version|fw)_*v?\d+(?:\.\d+)+)\b");

    /// <summary>Windows versions with a name instead of a number.</summary>
    public static BoundedRegex NamedWindows { get; } = Create(@"\bwindows_*(?:xp|vista|nt(?:_*4(?:\.0)?)?)\b");

    /// <summary>A licence named after its version ("Apache 2.0 license") is not software running anywhere.</summary>
    public static BoundedRegex LicenceAfter { get; } = Create(@"^(?:_|-)*(?:licen[cs]e|lizenz)");

    /// <summary>Clearly the author's own organisation: "bei uns", "unsere Server", "wir setzen … ein", "we run", "our servers".</summary>
    public static BoundedRegex Ownership { get; } = Create(
        @"\b(?:bei_+uns|in_+unser(?:em|er)_+[\w-]+|unser(?:e|en|em|er|es)?_+(?:[\w-]+_+){0,2}(?:\w*server|systeme?|netz\w*|infrastruktur|umgebung|rechenzentrum|clients|firewall\w*|domain_*controller\w*|produktiv\w*|landschaft|stack|edv"
        + @"|webseite|website|homepage|intranet|portal|shop|vpn|drucker|telefonanlage)"
        + @"|unser(?:e|en|em|er)?_+it|wir_+(?:setzen|nutzen|verwenden|betreiben|fahren|hosten|benutzen|haben_+(?:immer_+)?noch|sind_+(?:immer_+)?noch_+auf|laufen_+(?:noch_+)?auf|arbeiten_+(?:noch_+)?mit)"
        + @"|(?:setzen|nutzen|verwenden|betreiben|fahren|hosten|benutzen)_+wir|haben_+wir_+(?:immer_+)?noch|hier_+im_+haus|in_+meiner_+firma|bei_+meinem_+arbeitgeber"
        + @"|we(?:_+still)?_+(?:run|use|operate|host|deploy|rely_+on)|we_+still_+have|we(?:'re|’re|_+are)(?:_+still)?_+(?:running|using|operating|hosting|on)"
        + @"|our_+(?:[\w-]+_+){0,2}(?:\w*servers?|systems?|network|infrastructure|environment|data_*cent(?:er|re)|firewalls?|domain_+controllers?|clients|endpoints|laptops|stack|production|estate"
        + @"|website|intranet|portal|shop|vpn|printers?)"
        + @"|our_+it|(?:at|in)_+our_+(?:company|place|shop|firm|office|organi[sz]ation)|in-house)\b");

    /// <summary>
    /// Running somewhere, owner unclear: "läuft noch", "in Produktion", "still running", or something of ours that runs on it („unsere
    /// Ausfuhranmeldung hängt an einem System, das auf Oracle 11g läuft“, where „unserer Kunden“ would generalise). Counts unless the sentence generalises.
    /// </summary>
    public static BoundedRegex LooseOwnership { get; } = Create(
        @"\b(?:l(?:ä|ae)uft_+(?:[\w-]+_+)?(?:immer_+)?noch|l(?:ä|ae)uf(?:t|en)_+(?:bei_+uns_+)?auf|laufen_+(?:immer_+)?noch|noch_+im_+einsatz|in_+produktion|produktiv|in_+prod(?:uction)?|still_+(?:running|in_+use)"
        + @"|noch_+(?:[\w.-]+_+){1,3}l(?:ä|ae)uf(?:t|en)|(?:ist|sind)_+(?:immer_+)?noch_+auf|(?:we|our(?:_+[\w-]+){1,5})_+(?:still_+runs?|(?:is|are)_+still_+on)|we(?:'re|’re)_+still_+on"
        + @"|unser(?:e|en|em|er|es)?(?:_+[\w,-]+){0,10}_+auf(?:_+[\w./,-]+){1,8}_+l(?:ä|ae)uf(?:t|en)|our(?:_+[\w,-]+){0,10}_+(?:that|which)_+(?:still_+)?(?:runs|is_+running|sits)_+on)\b");

    /// <summary>
    /// An attack described without its name, as a flood of requests: "mit einer Flut von Anfragen überrollt", "a flood of
    /// requests from abroad", "flooded with traffic"; counts when the sentence also names an outage (<see cref="Outage"/>) and is recent or ongoing.
    /// </summary>
    public static BoundedRegex IncidentFlood { get; } = Create(
        @"\b(?:flut_+(?:von|an)_+(?:[\w-]+_+)?(?:anfragen|zugriffen|aufrufen|verbindungen|paketen|datenverkehr|traffic|requests)|anfrage(?:n)?flut"
        + @"|flood_+of_+(?:[\w-]+_+)?(?:requests|traffic|packets|connections)|flooded_+with_+(?:[\w-]+_+)?(?:requests|traffic|packets))\b");

    /// <summary>A service that cannot be reached: "nicht erreichbar", "überrollt", "lahmgelegt", "down", "unreachable", "overwhelmed".</summary>
    public static BoundedRegex Outage { get; } = Create(
        @"\b(?:überrollt|überlastet|überflutet|lahmgelegt|nicht_+(?:mehr_+)?erreichbar|unerreichbar|offline|down|unreachable|unavailable|overwhelmed|knocked_+(?:out|offline))\b");

    /// <summary>
    /// An account or system in an attacker's hands, in other words: "in the hands of an attacker", „in den Händen von Angreifern“,
    /// „von Angreifern übernommen“, "was taken over", "was hijacked", "we have not fully regained control yet"; counts when the
    /// sentence names an attack or attacker and is recent or ongoing.
    /// </summary>
    public static BoundedRegex IncidentTakeover { get; } = Create(
        @"\b(?:in_+(?:the_+)?hands_+of_+(?:an?_+|the_+)?(?:[\w-]+_+)?(?:attackers?|hackers?|criminals?|scammers?|fraudsters?)"
        + @"|in_+(?:den_+|die_+)?h(?:ä|ae)nden?_+(?:von_+|eines_+|einer_+|der_+|des_+)?(?:[\w-]+_+)?(?:angreifer\w*|hacker\w*|kriminelle\w*|betrüger\w*)"
        + @"|(?:wurde|wurden|ist|sind|hat|haben)_+(?:[\w-]+_+){0,4}übernommen|(?:was|were|has_+been|have_+been|got)_+(?:[\w-]+_+){0,2}(?:taken_+over|hijacked)"
        + @"|(?:not|never)_+(?:[\w-]+_+){0,2}regained_+(?:full_+)?control)\b");

    /// <summary>
    /// The attacker still inside, in other words: "the attacker is still inside", "attackers are still in our network",
    /// „die Angreifer sind immer noch im Netz“; counts when the sentence speaks for the company.
    /// </summary>
    public static BoundedRegex IncidentAttackerInside { get; } = Create(
        @"\b(?:(?:the_+|an_+|our_+)?(?:attackers?|hackers?|intruders?)_+(?:is|are)_+still_+(?:inside|in_+(?:the_+|our_+|her_+|his_+|their_+|that_+)?(?:[\w-]+_+)?(?:account|network|system|mailbox|tenant|environment)s?)"
        + @"|(?:der_+|die_+)?(?:angreifer\w*|hacker\w*|täter\w*|eindringling\w*)_+(?:ist|sind)_+(?:noch|immer_+noch|noch_+immer)_+(?:drin|im_+(?:[\w-]+_+)?(?:netz\w*|konto|postfach|system|tenant))"
        + @")\b");

    /// <summary>
    /// Someone keeps getting back in: "we haven't found the way they're getting back in", „sie kommen immer wieder rein“; counts when
    /// the sentence names an attack or attacker ("Our customers are coming back in droves" does not).
    /// </summary>
    public static BoundedRegex IncidentGettingBackIn { get; } = Create(
        @"\b(?:(?:getting|coming|got|came)_+back_+in(?:to)?|(?:kommen|kommt|kamen|kam)_+(?:immer_+)?wieder_+(?:rein|herein))\b");

    /// <summary>
    /// Still going on at the time of writing: "as I write this", "while I'm writing", „während ich das schreibe“, „noch nicht vorbei“,
    /// "not over yet"; counts when the sentence or its paragraph describes an attack (<see cref="IncidentContext"/>), and "as I write"
/// only with "still", "noch" … in the sentence (<see cref="Ongoing"/>): "As I write this, we're preparing our phishing month" is not one.
    /// </summary>
    public static BoundedRegex IncidentWhileWriting { get; } = Create(
        @"\b(?:as_+i(?:'m|’m|_+am)?_+writ(?:e|ing)(?:_+(?:this|these_+lines))?|while_+i(?:'m|’m|_+am)?_+writ(?:e|ing)(?:_+(?:this|these_+lines))?"
        + @"|(?:as|while)_+i(?:'m|’m|_+am)?_+typ(?:e|ing)(?:_+(?:this|these_+lines))?|während_+ich_+(?:das|dies|diese_+zeilen|diesen_+(?:beitrag|post))_+(?:schreibe|tippe)|noch_+nicht_+vorbei|(?:is|it's|it’s|isn't|isn’t)_+(?:not_+)?over_+yet|not_+over_+yet)\b");

    /// <summary>
    /// What makes an ongoing situation an incident: an attack or an attacker, or an attack technique named without the word
    /// (phishing, credential stuffing, brute force, password spraying, DDoS, sign-ins or login attempts from abroad).
    /// </summary>
    public static BoundedRegex IncidentContext { get; } = Create(
        @"\b(?:\w*angriff\w*|angegriffen|\w*angreifer\w*|hacker\w*|\w*attack\w*|breach\w*|incident\w*|\w*vorfall\w*|\w*ransomware\w*|\w*malware\w*|\w*schadsoftware\w*|kompromittier\w*|compromis\w*"
        + @"|\w*phishing\w*|credential(?:_|-)+stuffing\w*|brute(?:_|-)*force\w*|password(?:_|-)+spraying|passwort(?:_|-)*spraying|ddos\w*|account(?:_|-)+takeover"
        + @"|(?:sign-?ins?|log-?ins?|anmeldeversuch\w*|anmeldungen)_+(?:[\w-]+_+){0,3}(?:from_+abroad|aus_+dem_+ausland))\b");

    /// <summary>
    /// A sentence that takes up the thing named just before ("auf diesem Server", "darauf", "it still runs on that box"), so that
    /// its ownership carries over to a version named there.
    /// </summary>
    public static BoundedRegex TakesUp { get; } = Create(
        @"\b(?:diese[mrns]?|darauf|damit|dort|this|that|these|those|it|there)\b");

    /// <summary>No longer so: "nicht mehr", "längst nicht", "no longer", "not anymore".</summary>
    public static BoundedRegex NoLonger { get; } = Create(
        @"\b(?:nicht_+mehr|längst_+nicht|keine[nrms]?_+mehr|no_+longer|not_+any_*more|never)\b");

    /// <summary>The markers of <see cref="IncidentWhileWriting"/> that say by themselves that it is not over.</summary>
    public static BoundedRegex NotOver { get; } = Create(
        @"\b(?:noch_+nicht_+vorbei|(?:is|it's|it’s|isn't|isn’t)_+(?:not_+)?over_+yet|not_+over_+yet)\b");

    /// <summary>Someone who attacks: "Angreifer", "Hacker", "Kriminelle", "attacker", "criminals".</summary>
    public static BoundedRegex Attacker { get; } = Create(
        @"\b(?:\w*angreifer\w*|hacker\w*|kriminelle\w*|betrüger\w*|attackers?|criminals?|scammers?|fraudsters?)\b");

    /// <summary>Still going on: "still", "yet", "noch", "weiterhin", "nach wie vor".</summary>
    public static BoundedRegex Ongoing { get; } = Create(@"\b(?:still|yet|noch|weiterhin|nach_+wie_+vor)\b");

    /// <summary>The sentence talks about others or in general: "Viele Firmen …", "many companies …".</summary>
    public static BoundedRegex Generalisation { get; } = Create(
        @"\b(?:viele[nr]?|manche[nr]?|einige[nr]?|zahlreiche[nr]?|oft|häufig|meist(?:ens)?|kunden|firmen|unternehmen|organisationen|betriebe|behörden|kommunen|kliniken|überall"
        + @"|many|some|most|often|companies|organi[sz]ations|businesses|customers|enterprises|people|everywhere)\b");

    /// <summary>Software that is gone or being replaced ("abgeschaltet", "migrated", "upgraded to") is no longer a target.</summary>
    public static BoundedRegex Retired { get; } = Create(
        @"\b(?:abgeschaltet|abgelöst|migriert|ersetzt|ausgemustert|abgeschafft|upgegradet|umgestellt|upgraded|migrated|retired|decommissioned|replaced|sunset|switched_+off|shut_+down)\b");

    /// <summary>A possessive right before a product ("unser Exchange 2013", "our old Citrix ADC 13.0").</summary>
    public static BoundedRegex Possessive { get; } = Create(@"\b(?:unser(?:e|en|em|er|es)?|our)(?:_+[\w-]+)?_*$");

    /// <summary>Ongoing incidents that need nothing else: "wir werden gerade angegriffen", "we are currently under attack".</summary>
    public static BoundedRegex IncidentNow { get; } = Create(
        @"\b(?:(?:wir_+werden|werden_+wir)_+(?:gerade|aktuell|derzeit|momentan|jetzt|im_+moment|seit_+(?:gestern|heute|stunden|tagen))(?:_+[\w-]+){0,2}_+(?:angegriffen|attackiert|gehackt|erpresst)"
        + @"|we(?:'re|’re|_+are)(?:_+(?:currently|still|actively|now|right_+now))*_+(?:under_+(?:an?_+)?(?:[\w-]+_+)?attack|being_+(?:attacked|hacked|breached)"
        + @"|in_+the_+middle_+of_+an?_+(?:[\w-]+_+)?(?:incident|attack|breach)))\b");

    /// <summary>
    /// A breach or incident that may be old; it counts when the sentence makes it recent or current
    /// ("gestern", "gerade", "yesterday", "last week"): "wir wurden gehackt", "wir sind Opfer eines Angriffs",
    /// "we were breached", "we had a security incident".
    /// </summary>
    public static BoundedRegex IncidentPast { get; } = Create(
        @"\b(?:(?:wir_+wurden|wurden_+wir|wir_+sind)(?:_+[\w-]+){0,3}_+(?:angegriffen|gehackt|kompromittiert|erpresst|verschlüsselt)"
        + @"|(?:wir_+sind|sind_+wir)_+(?:[\w-]+_+)?(?:opfer|ziel)_+(?:eines|einer)_+[\w-]*(?:angriffs|attacke)"
        + @"|wir_+hatten_+(?:einen|eine)_+(?:[\w-]+_+)?[\w-]*(?:vorfall|angriff|attacke)"
        + @"|we_+(?:had|have_+had|experienced|suffered)_+an?_+(?:[\w-]+_+){0,2}(?:incident|breach|attack|compromise)"
        + @"|we(?:_+(?:were|got)|(?:'ve|’ve|_+have)_+been)(?:_+(?:just|badly|completely|also))?_+(?:breached|hacked|compromised|hit|attacked|encrypted))\b");

    /// <summary>An incident named as ongoing ("laufender Sicherheitsvorfall", "ongoing incident"); counts with ownership in the sentence.</summary>
    public static BoundedRegex IncidentOngoing { get; } = Create(
        @"\b(?:(?:laufende[nmrs]?|aktive[nmrs]?|akute[nmrs]?|aktuelle[nmrs]?)(?:_+[\w-]+)?_+[\w-]*(?:vorfall|vorfalls|angriff|angriffs|incident|attacke)"
        + @"|(?:aktuell|gerade|derzeit|momentan|currently|right_+now)(?:_+[\w-]+){0,2}_+(?:ein|einen|eine|an?)_+(?:[\w-]+_+)?[\w-]*(?:angriff|vorfall|incident|attack|breach|befall|infektion|infection|outbreak)"
        + @"|(?:ongoing|active|live|current)(?:_+[\w-]+)?_+(?:security_+|cyber_+|ransomware_+)?(?:incident|breach|attack|compromise|ddos))\b");

    /// <summary>Own systems in a bad state now ("unsere Systeme sind … verschlüsselt", "our systems are down"); counts when the sentence names an attack.</summary>
    public static BoundedRegex IncidentSystems { get; } = Create(
        $@"\b(?:{OwnSystemsDe}_+(?:sind|ist)(?:_+[\w-]+){{0,6}}_+{BadStateDe}|(?:sind|ist)_+{OwnSystemsDe}(?:_+[\w-]+){{0,6}}_+{BadStateDe}|(?:wir_+sind|sind_+wir)(?:_+[\w-]+){{0,4}}_+{BadStateDe}"
        + $@"|{OwnSystemsEn}_+(?:are|is|have_+been|has_+been|went|got)(?:_+[\w-]+){{0,6}}_+{BadStateEn}|we(?:'re|’re|_+are)(?:_+[\w-]+){{0,3}}_+{BadStateEn})\b");

    /// <summary>Own systems in a bad state in the past ("unsere Website wurde gehackt", "our website was hacked"); counts when recent and an attack is named.</summary>
    public static BoundedRegex IncidentSystemsPast { get; } = Create(
        $@"\b(?:{OwnSystemsDe}_+(?:war|waren|wurde|wurden)(?:_+[\w-]+){{0,6}}_+{BadStateDe}|{OwnSystemsEn}_+(?:was|were)(?:_+[\w-]+){{0,6}}_+{BadStateEn})\b");

    /// <summary>The author's organisation, for incidents: "bei uns", "unsere", "wir haben", "we are", "our".</summary>
    public static BoundedRegex IncidentOwnership { get; } = Create(
        @"\b(?:bei_+uns|unser\w*|uns|wir_+haben|haben_+wir|wir_+sind|sind_+wir|wir_+stecken|our|us|we(?:'re|’re|_+are)|we(?:'ve|’ve|_+have))\b");

    /// <summary>Words that make a breach recent or current: "gestern", "seit Dienstag", "vor drei Tagen", "last Monday", "two days ago".</summary>
    public static BoundedRegex RecentOrNow { get; } = Create(
        $@"\b(?:gestern|vorgestern|heute|(?:letzte|vergangene)[nr]?_+(?:nacht|woche|{WeekdaysDe})|am_+(?:wochenende|{WeekdaysDe})|diese_+woche|vorhin|gerade|soeben|eben|aktuell|derzeit|momentan"
        + $@"|seit_+(?:{WeekdaysDe}|tagen|stunden|letzte[rnm]?_+woche|dem_+wochenende)|vor_+(?:(?:einem|einigen|zwei|drei|ein_+paar|wenigen)_+)?(?:tag|tagen|stunden?)"
        + $@"|yesterday|last_+(?:night|week|{WeekdaysEn})|this_+(?:morning|week|weekend)|today|tonight|over_+the_+weekend|just|currently|right_+now"
        + $@"|(?:since|on)_+(?:{WeekdaysEn})|since_+(?:yesterday|last_+week|the_+weekend)|(?:an?|one|two|three|a_+few|a_+couple_+of|\d+)_+(?:hours?|days?)_+ago|earlier_+(?:today|this_+week))\b");

    private const string WeekdaysDe = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag";
    private const string WeekdaysEn = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    // What an attack is called, in the incident rules that name one.
    private const string AttackNounEn = @"(?:[\w-]*(?:incident|attack|breach|compromise|intrusion|infection)|ransomware|malware|trojan)";
    private const string AttackNounDe = @"(?:[\w-]*(?:vorfall|angriff|attacke|befall|infektion)|ransomware|malware|trojaner|schadsoftware|schadprogramm\w*|schadcode)";

    /// <summary>
    /// Fighting an attack right now, in other words: "we're currently dealing with a ransomware incident",
    /// "we are still recovering from the attack", "seit Dienstag kämpfen wir mit einem Ransomware-Angriff",
    /// "wir stecken mitten in einem Sicherheitsvorfall".
    /// </summary>
    public static BoundedRegex IncidentInProgress { get; } = Create(
        $@"\b(?:we(?:'re|’re|_+are)(?:_+(?:currently|still|now|actively|busy))*_+(?:dealing_+with|recovering_+from|fighting(?:_+off)?|battling|responding_+to|handling|containing|cleaning_+up_+(?:after|from))"
        + $@"_+(?:an?|the|this|that)_+(?:[\w-]+_+){{0,2}}{AttackNounEn}"
        + $@"|(?:wir_+(?:kämpfen|kaempfen|ringen|stecken|erholen_+uns)|(?:kämpfen|kaempfen|ringen|stecken)_+wir|erholen_+wir_+uns)(?:_+[\w-]+){{0,3}}_+(?:mit|von|in|mitten_+in)"
        + $@"_+(?:einem|einer|dem|der|diesem|dieser)_+(?:[\w-]+_+)?{AttackNounDe})\b");

    /// <summary>The attack inside an <see cref="IncidentInProgress"/> match ("ransomware incident"), which is what a finding covers.</summary>
    public static BoundedRegex AttackPart { get; } = Create(
        $@"\b(?:(?:ransomware|malware|cyber|security|sicherheits|hacker)[\w-]*_+)?(?:{AttackNounEn}|{AttackNounDe})\b");

    /// <summary>
    /// The aftermath still under way: "we're still restoring servers", "our forensics partner is still investigating",
    /// "wir sind im Notbetrieb", "wir stellen die Systeme gerade wieder her"; counts when the sentence names an attack.
    /// </summary>
    public static BoundedRegex IncidentAftermath { get; } = Create(
        @"\b(?:we(?:'re|’re|_+are)(?:_+(?:currently|still|now|slowly|busy))*_+(?:restoring|rebuilding|reinstalling|re-?imaging|recovering|cleaning_+up|bringing_+[\w-]+_+back)"
        + @"|we(?:'re|’re|_+are)(?:_+[\w-]+){0,2}_+(?:in_+emergency_+mode|running_+on_+paper|back_+to_+(?:pen_+and_+)?paper)"
        + @"|(?:our|unser(?:e|en|em|er)?)_+(?:[\w-]+_+)?(?:forensi\w*|incident_+response|dfir|ir)(?:_+[\w-]+){0,2}_+(?:is|are|ist|sind)_+(?:still_+|noch_+|gerade_+|currently_+)?"
        + @"(?:investigating|analy[sz]ing|on_+site|dabei|vor_+ort|im_+haus|am_+analysieren|am_+untersuchen)"
        + @"|(?:wir_+(?:sind|arbeiten|laufen|fahren)|(?:sind|arbeiten|laufen|fahren)_+wir)(?:_+[\w-]+){0,3}_+im_+notbetrieb"
        + @"|(?:wir_+(?:stellen|setzen|bauen)|(?:stellen|setzen|bauen)_+wir)(?:_+[\w-]+){0,5}_+(?:wieder_+her|neu_+auf))\b");

    /// <summary>
    /// Not the company: home PCs, family, private users ("zu Hause", "auf dem Familien-PC", "at home",
    /// "your parents' PC", "bei vielen Leuten"). Software and incidents there are security education.
    /// </summary>
    public static BoundedRegex PrivateContext { get; } = Create(
        @"\b(?:zu_*hause|daheim|privat|privatleute\w*|privatnutzer\w*|privatanwender\w*|privat-?pcs?|privatrechner\w*|privatgeräte\w*|heim-?(?:pcs?|rechner\w*|netz\w*|router\w*|computer\w*)"
        + @"|familien-?(?:pcs?|rechner\w*|computer\w*|laptops?)|eltern|großeltern|oma|opa|bei_+(?:vielen|den_+meisten)_+(?:leuten|menschen|nutzern|privatleuten)"
        + @"|at_+home|home_+(?:pcs?|computers?|laptops?|networks?|routers?)|private_+(?:pcs?|computers?|devices?|laptops?|users?|individuals)|personal_+(?:pcs?|computers?|devices?|laptops?)"
        + @"|(?:your|my)_+(?:parents|grandparents|mum|mom|dad|grandma|grandpa|family)|family_+(?:pcs?|computers?|laptops?))\b");

    /// <summary>An exercise or a course rather than the real thing: "Übung", "Schulung", "drill", "tabletop", "simulated", "training".</summary>
    public static BoundedRegex Rehearsal { get; } = Create(
        @"\b(?:\w*übung(?:en)?|planspiel\w*|simulation\w*|simuliert\w*|schulung\w*|exercises?|drills?|tabletop|simulated|training|workshops?|webinars?)\b");

    /// <summary>An exercise explicitly ruled out: "keine Übung", "this is not a drill".</summary>
    public static BoundedRegex NoRehearsal { get; } = Create(
        @"\b(?:keine|kein|not_+an?|no)_+(?:übung|exercise|drill|simulation|test)\b");

    /// <summary>An incident that hit "us" ("heute Nacht hat es uns erwischt: Ransomware"); counts when recent and an attack is named.</summary>
    public static BoundedRegex IncidentHitUs { get; } = Create(
        @"\b(?:(?:hat|haben)_+es_+uns_+(?:[\w-]+_+)?erwischt|(?:hat|haben)_+uns_+(?:[\w-]+_+)?(?:getroffen|erwischt|lahmgelegt)|hit_+us)\b");

    /// <summary>Words that name an attack, so that "offline" means an incident and not maintenance.</summary>
    public static BoundedRegex AttackWord { get; } = Create(
        @"\b(?:\w*angriff\w*|angegriffen|hacker\w*|gehackt|hacked|\w*ransomware\w*|\w*malware\w*|trojaner\w*|erpress\w*|\w*attack\w*|breach\w*|incident\w*|\w*vorfall\w*"
        + @"|ddos\w*|kompromittier\w*|compromis\w*|infiziert|\w*schadsoftware\w*|\w*schadprogramm\w*|\w*schadcode\w*)\b");

    /// <summary>Habitual statements ("wir werden täglich angegriffen", "we're under attack every day") are common knowledge, not incidents.</summary>
    public static BoundedRegex Habitual { get; } = Create(
        @"\b(?:täglich|tagtäglich|ständig|jeden_+tag|permanent|regelmäßig|dauernd|ununterbrochen|rund_+um_+die_+uhr|tausendfach|every_+(?:single_+)?(?:day|hour|minute)|daily|constantly|all_+the_+time|around_+the_+clock)\b|24/7");

    /// <summary>
    /// A missing defence said of the own organisation: the owner governs the gap ("wir haben leider kein MFA",
    /// "bei uns gibt es keine Offline-Backups", "unser VPN läuft ohne MFA", "we have no EDR") or follows it
    /// ("no EDR on our domain controllers", "kein MFA für unsere Admins").
    /// </summary>
    public static BoundedRegex MissingDefence { get; } = Create(
        $@"\b(?:(?:wir_+(?:haben|nutzen|arbeiten|betreiben|fahren)|(?:haben|nutzen|arbeiten|betreiben|fahren)_+wir|bei_+uns|gibt_+es_+bei_+uns"
        + $@"|unser(?:e|en|em|er)?_+[\w-]+(?:_+[\w-]+)?_+(?:hat|haben|hatte|hatten|läuft|laufen|ist|sind|arbeitet|arbeiten)"
        + $@"|we_+(?:still_+)?(?:have|run|use|operate)|we(?:'ve|’ve|'re|’re|_+are)|our_+[\w-]+(?:_+[\w-]+)?_+(?:has|have|had|is|are|runs?))"
        + $@"(?:_+[\w-]+){{0,4}}_+{Missing}|{Missing}_+(?:[\w-]+_+){{0,3}}(?:on|for|in|at|across|für|auf|in|bei)_+(?:our|unser(?:e|en|em|er)?)_+[\w-]+)\b");

    /// <summary>The gap itself inside a <see cref="MissingDefence"/> match ("kein MFA"), which is what a finding covers.</summary>
    public static BoundedRegex MissingPart { get; } = Create(Missing);

    private const string Missing = $@"(?:kein(?:e|en)?|ohne|no|without)(?:_+[\w-]+)?_+{DefenceNames}";

    // What a missing defence is called.
    private const string DefenceNames = @"(?:mfa|2fa|zwei-?faktor[\w-]*|multi-?faktor[\w-]*|edr|xdr|antivirus|virenschutz|virenscanner"
        + @"|backups?|datensicherung(?:en)?|offline-backups?|offline-?kopie\w*|(?:offline|air-?gapped)_+cop(?:y|ies)|firewall|patch-?management|siem|soc|vpn)";

    // A missing defence among more names, for the rules that see the device it is missing on (DeviceWithout): real-time scanning and
    // endpoint protection are what an EDR or a virus scanner does.
    private const string MissingOnDevice = $@"(?:kein(?:e|en)?|ohne|no|without)(?:_+[\w-]+)?_+(?:{DefenceNames}"
        + @"|echtzeit(?:schutz|scan\w*|überwachung)|real-?time_+(?:protection|scanning)|endpoint-?(?:schutz|protection))";

    /// <summary>Not patching or not updating, said of one's own systems: "we don't patch", "wir patchen nie".</summary>
    public static BoundedRegex NotPatching { get; } = Create(
        @"\b(?:we_+(?:still_+)?(?:don't|don’t|do_+not|never|rarely|can't|can’t|cannot|haven't|haven’t|have_+not|didn't|didn’t)(?:_+(?:really|even|always|regularly|yet))?"
        + @"_+(?:patch\w*|update\w*|have_+(?:mfa|2fa|edr|xdr|backups?|an?_+(?:firewall|edr|backup|siem|soc))|use_+(?:mfa|2fa|edr)|enforce_+(?:mfa|2fa))"
        + @"|wir_+(?:patchen|aktualisieren|updaten)(?:_+[\w-]+){0,3}_+(?:nicht|nie|selten|kaum)"
        + @"|(?:wir_+haben|haben_+wir)(?:_+[\w-]+){0,5}_+(?:nicht|nie)(?:_+[\w-]+)?_+(?:gepatcht|aktualisiert|geupdatet))\b");

    /// <summary>A part of one's own defences: "unsere Firewall", "our EDR"; counts when the sentence names a vendor.</summary>
    public static BoundedRegex OwnDefence { get; } = Create(
        @"\b(?:unser(?:e|en|em|er)?|our)(?:_+[\w-]+)?_+(?:firewalls?|edr|xdr|antivirus|virenschutz|virenscanner|siem|soc|vpn|vpn-gateway|backup-lösung|backup_+solution)\b");

    /// <summary>Security vendors and products.</summary>
    public static BoundedRegex SecurityVendor { get; } = Create(
        @"\b(?:fortinet|fortigate|forti\w+|palo_+alto|pan-?os|check_*point|sophos|cisco|juniper|sonicwall|watchguard|barracuda|crowdstrike|sentinelone|sentinel|defender|carbon_+black"
        + @"|trend_+micro|kaspersky|eset|bitdefender|symantec|mcafee|trellix|splunk|qradar|veeam|acronis|proofpoint|mimecast|zscaler|cloudflare|akamai|f5|big-ip|imperva|darktrace"
        + @"|rapid7|tenable|qualys|wazuh|securepoint|lancom|genua|g_*data|avast|avira|norton|opnsense|pfsense|ubiquiti|meraki)\b");

    // Defences that can be switched off, and the words for it.
    // Each holds one of PostureDetector's defence stems, which find the sentences these rules run on.
    private const string Defences = @"(?:mfa|2fa|zwei-?faktor[\w-]*|multi-?faktor[\w-]*|edr|xdr|antivirus|virenschutz|virenscanner|firewall)";

    private const string Off = @"(?:switched_+off|turned_+off|disabled|deactivated|abgeschaltet|ausgeschaltet|deaktiviert)";

    /// <summary>
    /// A defence switched off: "MFA is still switched off for the subcontractor accounts", „für die Partnerkonten ist MFA
    /// deaktiviert“, "we turned off EDR on the scale PCs"; counts for the company's own systems (<see cref="OwnGapExcluded"/>).
    /// </summary>
    public static BoundedRegex DefenceOff { get; } = Create(
        $@"\b(?:{Defences}(?:_+[\w-]+){{0,6}}_+{Off}|(?:switched|turned)_+off_+(?:[\w-]+_+){{0,2}}{Defences}|(?:disabled|deactivated|abgeschaltet\w*|ausgeschaltet\w*|deaktiviert\w*)_+(?:[\w-]+_+)?{Defences})\b");

    /// <summary>A switched-off defence denied or warned against: "MFA wird nie abgeschaltet", "don't disable MFA", "is not disabled", „Deaktiviert nie MFA“.</summary>
    public static BoundedRegex OffDenied { get; } = Create(
        @"\b(?:never|nie|niemals|not|nicht|kein\w*|no|don't|don’t|do_+not|nobody|niemand)_+(?:[\w-]+_+)?(?:switched_+off|turned_+off|disabled?|deactivated?|disable|abgeschaltet|ausgeschaltet|deaktiviert|abschalten|ausschalten|deaktivieren|switch_+off|turn_+off)"
        + @"|(?:deaktiviert|deaktiviere|disable)_+(?:[\w-]+_+)?(?:nie|niemals|nicht|never|not)\b");

    /// <summary>
    /// A defence still missing, said without an owner in the sentence: „auf den Leitstand-PCs läuft bis heute kein EDR“, "there is
    /// still no MFA", "no EDR on some servers", „auf diesen zwölf Geräten läuft seit dem Sommer gar kein Virenschutz mehr“; the owner may be in
    /// the paragraph (<see cref="OwnGapExcluded"/>).
    /// </summary>
    public static BoundedRegex StillMissing { get; } = Create(
        $@"\b(?:(?:läuft|laufen|gibt_+es|gibt's|ist|sind|haben|hat|runs?|is|are|has|have|there(?:'s|’s|_+is|_+are))_+(?:[\w-]+_+){{0,2}}(?:bis_+heute|bis_+jetzt|noch_+immer|immer_+noch|noch|weiterhin|still|to_+this_+day)_+{Missing}"
        + $@"|{Missing}_+(?:[\w-]+_+){{0,3}}(?:on|auf|für|for|in|bei)_+(?:den_+|the_+)?(?:some|several|a_+few|a_+handful_+of|\d+|einige[nr]?|manche[nr]?|mehrere[nr]?|zwei|drei|vier|fünf|two|three|four|five)_+(?:[\w-]+_+)?{Devices}"
        + $@"|(?:on|auf|in|at|bei|für|for)_+(?:[\w-]+_+){{0,5}}{Devices}_+(?:there(?:'s|’s|_+is|_+are)|gibt_+es|läuft|laufen|ist|sind|haben|hat)_+(?:[\w-]+_+){{0,5}}{Missing}"
        + $@"|(?:don't|don’t|do_+not|doesn't|doesn’t|does_+not)_+(?:yet_+)?(?:have|use|run|require|support)_+(?:any_+)?{DefenceNames}"
        + $@"|{DefenceNames}_+(?:haben|nutzen|machen)_+wir_+(?:noch_+)?(?:nicht|keine?))\b");

    /// <summary>
    /// Devices that run without a defence, said in the present: „Seitdem laufen die Server ohne Echtzeitscan und ohne EDR-Sensor“, "the
    /// scale PCs run without antivirus"; the owner may be in the paragraph (<see cref="OwnGapExcluded"/>), and „kein Server läuft ohne EDR“
    /// denies the gap (<see cref="NoDeviceWithout"/>).
    /// </summary>
    public static BoundedRegex DeviceWithout { get; } = Create(
        $@"\b(?:(?:läuft|laufen|arbeitet|arbeiten|runs?|operates?|operate)_+(?:(?:die|der|das|den|alle|unsere[nmrs]?|these|those|all|our|the)_+)?(?:[\w-]+_+){{0,2}}{Devices}(?:_+[\w-]+){{0,3}}_+{MissingOnDevice}"
        + $@"|{Devices}(?:_+[\w-]+){{0,4}}_+(?:läuft|laufen|arbeitet|arbeiten|runs?|operates?|are_+running|is_+running)(?:_+(?:still|noch|weiterhin|immer_+noch|seitdem|seither|since_+then))?_+{MissingOnDevice})\b");

    /// <summary>
    /// Devices that have had no defence for a while: "the twelve PCs there have had no antivirus since the summer", „die zwölf Rechner dort haben
    /// seit dem Sommer keinen Virenschutz mehr“ — the defence itself, not "no antivirus alerts"; the owner may be in the paragraph
    /// (<see cref="OwnGapExcluded"/>). A pattern of its own: inside
    /// <see cref="StillMissing"/> it made that one too large for the linear engine.
    /// </summary>
    public static BoundedRegex DevicesHadNone { get; } = Create(
        $@"\b{Devices}(?:_+[\w-]+){{0,3}}_+(?:have_+had|has_+had|haben|hat)_+(?:[\w-]+_+){{0,3}}{Missing}(?:_+(?:since|for|seit|mehr|anymore|at_+all)\b|_*[.,;:!–—]|$)");

    /// <summary>No device without the defence: „kein Server läuft ohne EDR“, "none of our laptops runs without MFA" — the gap is denied.</summary>
    public static BoundedRegex NoDeviceWithout { get; } = Create(
        $@"\b(?:kein(?:e|en)?|no|none_+of_+(?:our|the)|nirgends|nowhere)_+(?:[\w-]+_+)?{Devices}");

    /// <summary>
    /// An access that asks only for a password: "our partner VPN still accepts a plain username and password", "partner firms still sign in
    /// with just a username and a password", „das Portal verlangt nur ein Passwort“, „nur mit einem Benutzernamen und einem Passwort“, "password-only", "no second factor", „kein zweiter Faktor“; counts for the company's own systems (<see cref="OwnGapExcluded"/>).
    /// </summary>
    public static BoundedRegex PasswordOnly { get; } = Create(
        @"\b(?:(?:only|just|nur|lediglich|bloß|plain|simple)_+(?:(?:a|an|the|with|mit|per|einem|einer|ein|dem|der)_+){0,2}(?:(?:[\w-]+_+)?(?:and|und|&|\+|/)_+(?:(?:a|an|the|ein|einem|einer|dem|der|das)_+)?)?(?:passwor[dt]|kennwort)\w*"
        + @"|password-?only|passwort-?only|nur-?passwort\w*|(?:no|kein(?:en)?|ohne|without)_+(?:a_+|einen_+)?(?:second|zweite[nrm]?)_+fa[ck]tor)\b");

    /// <summary>A password-only login called too weak in general: "a password alone is not enough", „ein Passwort reicht nicht“ — advice.</summary>
    public static BoundedRegex NotEnough { get; } = Create(
        @"\b(?:(?:not|nicht|nie|never|no_+longer|nicht_+mehr)_+(?:[\w-]+_+)?(?:enough|genug|ausreichend|sufficient)|reicht_+(?:[\w-]+_+)?(?:nicht|nie)|isn't_+enough|isn’t_+enough)\b");

    /// <summary>
    /// A known vulnerability the company's system is open to: „ein PAN-OS-Stand, der für CVE-2024-3400 anfällig ist“, "our gateway is
    /// vulnerable to CVE-2023-4966", "affected by CVE-…"; counts in the present (<see cref="PresentState"/>), unless denied (<see cref="NotVulnerable"/>).
    /// </summary>
    public static BoundedRegex VulnerableTo { get; } = Create(
        @"\b(?:(?:cve-\d+-\d+|[\w-]*lücke\w*|[\w-]*schwachstelle\w*)(?:_+[\w,-]+){0,3}_+(?:anfällig|verwundbar|betroffen)"
        + @"|(?:anfällig|verwundbar|vulnerable|exposed|affected|betroffen)_+(?:to|for|für|gegen|gegenüber|by|von)_+(?:(?:the|die|der|den)_+)?(?:[\w-]+_+){0,2}cve-\d+-\d+)\b");

    /// <summary>Present or still so: "ist", "sind", "is", "are", "remains", "still", "noch".</summary>
    public static BoundedRegex PresentState { get; } = Create(@"\b(?:ist|sind|bleibt|bleiben|is|are|remains?|still|noch|weiterhin)\b");

    /// <summary>A vulnerability denied or gone: „nicht mehr anfällig“, "not vulnerable", "no longer affected".</summary>
    public static BoundedRegex NotVulnerable { get; } = Create(
        @"\b(?:nicht|not|nie|never|no_+longer|kein\w*)_+(?:(?:mehr|more|longer)_+)?(?:[\w-]+_+){0,3}(?:anfällig|verwundbar|vulnerable|affected|betroffen|exposed)\b");

    /// <summary>
    /// Software out of its vendor's support: "out of extended support since 2020", "end of life", "no more security updates", „kein Support
    /// mehr“, „keine Sicherheitsupdates mehr“, „abgekündigt“.
    /// </summary>
    public static BoundedRegex EndOfSupport { get; } = Create(
        @"\b(?:out_+of_+(?:extended_+|mainstream_+|vendor_+)?support|end_+of_+(?:life|support)|end-of-(?:life|support)|eol|unsupported|no_+(?:more|longer)_+(?:[\w-]+_+)?(?:updates|patches|support)"
        + @"|nicht_+mehr_+unterstützt|aus_+dem_+(?:[\w-]+_+)?support|(?:kein(?:e|en)?)_+(?:[\w-]+_+)?(?:support|\w*updates|patches)_+mehr|abgekündigt|support-?ende|supportende)\b");

    /// <summary>A named place of the company's own: "in Hall 3", „am Standort Bremen“, "at the Billbrook site", „im Lager Süd“.</summary>
    public static BoundedRegex InternalPlace { get; } = Create(
        @"\b(?:in|at|im|am|an|auf)_+(?:(?:the|der|dem|den)_+)?(?:[\w-]+_+)?(?:hall|halle|site|standort|depot|lager|werk|plant|hub|niederlassung|filiale|branch|building|gebäude|warehouse|rechenzentrum)_+(?:\d+|[\w-]+)\b");

    // What a defence is missing on.
    private const string Devices = @"(?:\w*server\w*|\w*pcs?|\w*rechner\w*|\w*clients?|laptops?|notebooks?|endpoints?|endpunkte\w*|\w*geräte\w*|\w*terminals?|\w*maschinen|\w*systems?|\w*systeme\w*|\w*accounts?|\w*konten|\w*zugänge|domain_*controller\w*)";

    /// <summary>
    /// Backups whose restore was never tried: „unsere Backups haben wir noch nie getestet“, "we have never tested our backups", "nobody has
    /// ever tried to restore one of those backups", „niemand hat je eines der Backups zurückgespielt“;
    /// counts for the company's own backups (<see cref="OwnGapExcluded"/>).
    /// </summary>
    public static BoundedRegex BackupUntested { get; } = Create(
        @"\b(?:(?:\w*backups?|\w*sicherung\w*)(?:_+[\w-]+){0,6}_+(?:noch_+nie|nie|never|not_+once|noch_+nicht|not_+yet|not)_+(?:[\w-]+_+)?"
        + @"(?:getestet|geprüft|geprobt|geübt|ausprobiert|tested|tried|verified|checked|restored|zurückgespielt|wiederhergestellt)"
        + @"|(?:noch_+nie|nie|never|not_+once|haven't|haven’t|have_+not|hasn't|hasn’t|has_+not)_+(?:[\w-]+_+){0,2}(?:getestet|geprobt|geübt|tested|tried|verified|practi[sc]ed|rehearsed)"
        + @"_+(?:[\w-]+_+){0,4}(?:\w*backups?|\w*sicherung\w*)"
        + @"|(?:nobody|no_+one|niemand|keiner)_+(?:[\w-]+_+){0,3}(?:tested|tried|verified|restored|getestet|ausprobiert|geprobt|zurückgespielt|wiederhergestellt)(?:_+[\w-]+){0,5}_+(?:\w*backups?|\w*sicherung\w*)"
        + @"|(?:nobody|no_+one|niemand|keiner)_+(?:[\w-]+_+){0,4}(?:\w*backups?|\w*sicherung\w*)(?:_+[\w-]+){0,3}_+(?:getestet|ausprobiert|geprobt|zurückgespielt|wiederhergestellt|tested|restored))\b");

    /// <summary>
    /// A known weakness not yet fixed: "we still haven't rolled out the fix", "we haven't been able to apply the workaround", „der Patch ist
    /// noch nicht eingespielt“, "our gateway is still vulnerable"; counts when the sentence names a fix or a weakness (<see cref="FixOrWeakness"/>) of the company's own systems.
    /// </summary>
    public static BoundedRegex Unpatched { get; } = Create(
        @"\b(?:(?:haven't|haven’t|have_+not|hasn't|hasn’t|has_+not|didn't|didn’t|did_+not|not_+yet|yet_+to|still_+not)_+(?:(?:yet|fully|even|been)_+)*"
        + @"(?:(?:been_+able|managed|had_+(?:the_+)?time)_+to_+)?(?:roll(?:ed)?_+out|appl(?:y|ied)|install(?:ed)?|deploy(?:ed)?|patch(?:ed)?|fix(?:ed)?|closed?|upgraded?)"
        + @"|(?:noch_+nicht|noch_+immer_+nicht|immer_+noch_+nicht)_+(?:[\w-]+_+)?(?:eingespielt|installiert|ausgerollt|aufgespielt|gepatcht|geschlossen|behoben)"
        + @"|(?:is|are|ist|sind)_+(?:[\w-]+_+){0,2}(?:still|noch|immer_+noch|weiterhin)_+(?:vulnerable|verwundbar|anfällig|ungepatcht|unpatched))\b");

    /// <summary>
    /// A fix, a workaround or a weakness: "fix", "patch", "workaround", "mitigation", "security update", "CVE-2023-4966", „Lücke“, "vulnerability", "exploit" — not any update
    /// (a printer's pending update is no known weakness).
    /// </summary>
    public static BoundedRegex FixOrWeakness { get; } = Create(
        @"\b(?:fix\w*|\w*patch\w*|\w*sicherheitsupdates?|security(?:_|-)+updates?|cve-\d+-\d+|\w*lücke\w*|\w*schwachstelle\w*|vulnerab\w*|exploit\w*|verwundbar|anfällig|unpatched|ungepatcht"
        + @"|workarounds?|mitigations?|\w*behelfslösung\w*|\w*gegenmaßnahme\w*)\b");

    /// <summary>
    /// Software left unchanged for years: "running the same firmware since 2021", "hasn't been patched since 2019", „seit 2021 keine
    /// Updates“, „seit Jahren nicht gepatcht“; counts for the company's own systems (<see cref="OwnGapExcluded"/>).
    /// </summary>
    public static BoundedRegex StaleSince { get; } = Create(
        @"\b(?:(?:running|runs|run|on|läuft|laufen|mit)_+(?:the_+same|dieselbe[nr]?|derselben|die_+gleiche|der_+gleichen|dem_+gleichen|demselben)_+(?:[\w-]+_+)?(?:firmware|software|version|release|build)"
        + @"_+(?:since|for|seit)_+(?:(?:over|more_+than|über|mehr_+als|\d+|two|three|several|zwei|drei|mehreren)_+)?(?:(?:19|20)\d\d|years|jahren|months|monaten)"
        + @"|(?:not|never|hasn't|hasn’t|haven't|haven’t|wasn't|weren't)_+(?:been_+)?(?:updated|patched|upgraded)_+(?:since|for|in)_+(?:(?:over|more_+than|\d+|two|three|several)_+)?(?:(?:19|20)\d\d|years|months)"
        + @"|no_+(?:(?:security|firmware|software)_+)?(?:updates?|patch(?:es)?)_+(?:since|for|in)_+(?:(?:over|more_+than|\d+|two|three|several)_+)?(?:(?:19|20)\d\d|years|months)"
        + @"|seit_+(?:(?:über|mehr_+als|\d+|zwei|drei|vier|fünf|mehreren|vielen)_+)?(?:(?:19|20)\d\d|jahren|monaten)_+(?:[\w-]+_+){0,3}"
        + @"(?:kein(?:e|en)?_+(?:[\w-]+_+)?(?:updates?|patch(?:es)?|aktualisierung\w*|sicherheitsupdates?)|nicht_+(?:mehr_+)?(?:aktualisiert|gepatcht|upgedatet|geupdatet)))\b");

    /// <summary>
    /// A service reachable from the internet or a firewall exception left open: "RDP is still open to the internet", „SSH ist direkt aus
    /// dem Internet erreichbar“, "the firewall exception for the vendor is still open", „eine offene Firewall-Ausnahme“.
    /// </summary>
    public static BoundedRegex ExposedService { get; } = Create(
        @"\b(?:(?:rdp|ssh|telnet|vnc|smb|remote_+desktop|remote-desktop|remotedesktop|port_+\d+)(?:_+[\w-]+){0,5}_+(?:(?:still|noch|immer|direkt|directly|openly|öffentlich|frei)_+)*"
        + @"(?:(?:open|offen|exposed|erreichbar|reachable|accessible)_+(?:(?:to|from|aus|vom|im|ins|zum|über|via|on)_+)?(?:the_+|dem_+|das_+)?(?:internet|web)"
        + @"|(?:aus|from|über|via)_+(?:dem_+|the_+)?internet_+(?:erreichbar|reachable|accessible|offen|open|exposed))"
        + @"|(?:internet|web)-?(?:facing|exposed)_+(?:rdp|ssh|telnet|vnc|smb)"
        + @"|(?:rdp|ssh|telnet|vnc|smb|remote_+desktop|remote-desktop|port_+\d+)(?:_+\S+){0,3}_+(?:aus|from|über|via|to|zum|ins|für)_+(?:dem_+|the_+|das_+)?internet(?:_+\S+){0,5}_+(?:freigegeben|geöffnet|aufgemacht|opened|exposed|published)"
        + @"|(?:opened|exposed|freigegeben|geöffnet)_+(?:[\w-]+_+){0,2}(?:rdp|ssh|telnet|vnc|smb|remote_+desktop|port_+\d+)(?:_+\S+){0,5}_+(?:to|for|ins|zum|für)_+(?:the_+|das_+)?internet"
        + @"|(?:firewall-?(?:ausnahme|regel|freigabe)\w*|(?:firewall_+)?(?:exception|ausnahme|freigabe)|any-?any-?(?:regel|rule)|any-?any_+(?:regel|rule))(?:_+[\w-]+){0,8}_+(?:still|noch|immer_+noch)_+(?:open|offen|aktiv|active)"
        + @"|(?:offene[nr]?|open)_+(?:firewall-?(?:ausnahme|regel|freigabe)\w*|firewall_+(?:exception|rule)s?|any-?any-?(?:regel|rule))"
        + @"|(?:has|have|hat|haben|gibt_+es)_+(?:[\w-]+_+){0,2}(?:an?_+|eine_+)?any-?any(?:-?(?:regel|rule)|_+(?:regel|rule))s?)\b");

    /// <summary>
    /// A device still on its maker's default password: „die Telematikboxen haben bis heute das Werkspasswort vom Hersteller drauf“, "the
    /// yard cameras still use the factory default password", „das Standardpasswort hat nie einer geändert“; counts in the present
    /// (<see cref="StillOrNeverChanged"/>) for the company's own devices (<see cref="OwnGapExcluded"/>).
    /// </summary>
    public static BoundedRegex DefaultPassword { get; } = Create(
        @"\b(?:(?:werks|standard|default|hersteller|auslieferungs|factory|vendor|manufacturer)(?:_|-)?(?:(?:admin|root)(?:_|-)?)?"
        + @"(?:passw(?:o|ö)rt\w*|passwords?|kennw(?:o|ö)rt\w*|zugang|zugangsdaten|logins?|credentials|pins?)"
        + @"|(?:passw(?:o|ö)rt\w*|kennw(?:o|ö)rt\w*|passwords?|zugangsdaten|credentials)_+(?:vom|des|from_+the|of_+the)_+(?:hersteller\w*|manufacturer|vendor))\b");

    /// <summary>Still so, or never changed: "still", „bis heute“, "to this day", „nie einer geändert“, "never been changed", "unchanged".</summary>
    public static BoundedRegex StillOrNeverChanged { get; } = Create(
        @"\b(?:still|noch|weiterhin|nach_+wie_+vor|bis_+heute|bis_+jetzt|to_+this_+day|unverändert|unchanged|" + NeverChangedForm + @")\b");

    /// <summary>Never changed: „nie einer geändert“, "nobody ever changed", "has not been changed".</summary>
    public static BoundedRegex NeverChanged { get; } = Create($@"\b(?:{NeverChangedForm})\b");

    /// <summary>Changed: „geändert“, "changed", "replaced", "rotated".</summary>
    public static BoundedRegex Changed { get; } = Create(@"\b(?:geändert|ausgetauscht|getauscht|gewechselt|ersetzt|changed|replaced|rotated)\b");

    private const string NeverChangedForm =
        @"(?:nie|niemals|never|nicht|not|nobody|niemand|keiner)_+(?:[\w-]+_+){0,3}(?:geändert|ausgetauscht|getauscht|gewechselt|changed|replaced|rotated)";

    /// <summary>
    /// A flat network: „die Steuerungen hängen im selben Netz wie die Büro-PCs“, "the scanners sit on the same network as the guest Wi-Fi",
    /// „keine Netzsegmentierung“, "the OT network is not segmented", "a flat network"; counts for the company's own network in the present.
    /// </summary>
    public static BoundedRegex FlatNetwork { get; } = Create(
        @"\b(?:(?:im|in|ins)_+(?:demselben|denselben|selben|gleichen|dasselbe|selbe|gleiche)_+(?:[\w-]+_+)?(?:\w*netz\w*|vlan|\w*segment)_+wie"
        + @"|on_+the_+same_+(?:[\w-]+_+)?(?:network|vlan|segment|subnet|lan)_+as"
        + @"|(?:kein(?:e|en)?|ohne|fehlende|no|without|missing|lack_+of)_+(?:[\w-]+_+)?(?:netz(?:werk)?-?)?(?:segmentierung|segmentation|netztrennung)"
        + @"|(?:nicht|not|never_+been)_+segment(?:iert|ed)|unsegment(?:iert|ed)|flat_+(?:ot_+|office_+|internal_+)?network|flache[ns]?_+(?:\w*netz\w*))\b");

    /// <summary>
    /// Passwords or data over a cleartext protocol: "still accepts uploads over plain FTP", "user names and passwords going over the
    /// internet unencrypted", „Passwörter im Klartext“, „unverschlüsseltes Telnet“, "we still use FTP", "the gate controllers still accept
    /// Telnet", „die Waagen sprechen noch Telnet“; counts for the company's own
    /// services in the present, not in advice (<see cref="Advice"/>).
    /// </summary>
    public static BoundedRegex Cleartext { get; } = Create(
        @"\b(?:(?:plain|unverschlüsselte[mnrs]?|unencrypted|klassische[mnrs]?)_+(?:ftp|telnet|http|pop3|imap|smtp|ldap|snmpv?[12]?c?)"
        + @"|(?:passw\w*|kennw\w*|zugangsdaten|credentials|logins?)(?:_+[\w-]+){0,6}_+(?:im_+klartext|in_+(?:clear|plain)_*text|in_+the_+clear|unencrypted|unverschlüsselt|cleartext|plaintext)"
        + @"|(?:klartext|cleartext|plaintext|plain-text|unverschlüsselte[nm]?|unencrypted)(?:-|_+)(?:passw\w*|kennw\w*|credentials|zugangsdaten|logins?)"
        + @"|(?:still|noch|weiterhin|nach_+wie_+vor)_+(?:[\w-]+_+){0,6}(?:über|via|over|per|by|mit|with|using|uses?|nutzt|nutzen|accepts?|accepting|akzeptier(?:t|en)|allows?|erlaub(?:t|en)"
        + @"|speaks?|sprech(?:en)?|spricht)_+(?:plain_+)?(?:ftp|telnet)"
        + @"|(?:akzeptier(?:t|en)|erlaub(?:t|en)|sprech(?:en)?|spricht|nutz(?:t|en)|accepts?|allows?|speaks?)_+(?:(?:still|noch|immer|weiterhin|nach_+wie_+vor)_+)+(?:plain_+)?(?:ftp|telnet))\b");

    /// <summary>The protocol inside a <see cref="Cleartext"/> match ("plain FTP", "Telnet"), which is what a finding covers when there is one.</summary>
    public static BoundedRegex CleartextPart { get; } = Create(
        @"\b(?:(?:plain|unverschlüsselte[mnrs]?|unencrypted|klassische[mnrs]?)_+)?(?:ftp|telnet|http|pop3|imap|smtp|ldap|snmpv?[12]?c?)\b");

    /// <summary>
    /// Devices or interfaces that take commands without a login: „die Steuerungen haben natürlich keine Anmeldung“, "the PLCs accept
    /// commands without any authentication", „die Waagen-Schnittstelle läuft ohne Passwortschutz“; counts where the sentence names such a
    /// device (<see cref="LoginDevice"/>) of the company's own, in the present.
    /// </summary>
    public static BoundedRegex NoLogin { get; } = Create(
        @"\b(?:kein(?:e|en)?|ohne|no|without)_+(?:(?:any|jede|jegliche|natürlich|überhaupt)_+)?(?:anmeldung|authentifizierung|authentisierung|authentication|login|log-in|passwortschutz|kennwortschutz|password_+protection)\b");

    /// <summary>What takes commands and should ask for a login: controllers, PLCs, cameras, printers, scanners, interfaces, devices, servers.</summary>
    public static BoundedRegex LoginDevice { get; } = Create(
        $@"\b(?:\w*steuerung(?:en)?|sps|plcs?|scada|hmis?|\w*kameras?|cameras?|\w*drucker|printers?|\w*scanner|\w*schnittstellen?|interfaces?|apis?|{Devices})\b");

    /// <summary>
    /// One account or password for many people or devices: „die Handscanner melden sich alle mit demselben Sammelkonto an“, "every driver
    /// logs in with the same password", "the whole team uses one shared admin account"; counts when the sentence says all or every use it
    /// (<see cref="AllOfThem"/>), for the company's own, not denied, replaced or advised against.
    /// </summary>
    public static BoundedRegex SharedAccount { get; } = Create(
        @"\b(?:(?:sammel|gruppen)-?(?:konto|konten|kennung\w*|logins?|zugang|zugänge|zugangsdaten|passw(?:o|ö)rt\w*|kennw(?:o|ö)rt\w*|accounts?)"
        + @"|(?:shared|same|gemeinsame[nms]?|geteilte[nms]?|(?:dem|den|das|der|die)selbe[nms]?|selbe[nms]?|gleiche[nms]?)_+(?:(?:admin|root|service|team)(?:_+|-))?"
        + @"(?:accounts?|logins?|passwords?|credentials|user_+accounts?|konto|konten|zugang|zugangsdaten|passw(?:o|ö)rt\w*|kennw(?:o|ö)rt\w*|benutzer(?:konto|name)?|kennung))\b");

    /// <summary>All or every: „alle“, „jede“, „sämtliche“, "all", "every", "everyone", "the whole team".</summary>
    public static BoundedRegex AllOfThem { get; } = Create(
        @"\b(?:alle|jede[rsnm]?|sämtliche[n]?|all|every\w*|das_+ganze|die_+ganze|the_+whole)\b");

    /// <summary>Taken away or replaced: „ersetzt“, „abgeschafft“, „statt“, "replaced", "instead of", "retired".</summary>
    public static BoundedRegex Replaced { get; } = Create(
        @"\b(?:ersetzt|abgeschafft|abgelöst|statt|anstatt|replaced|instead_+of|retired|removed|entfernt|got_+rid)\b");

    /// <summary>
    /// Nothing logged or kept for long: "the badge readers log nothing", "nothing is forwarded anywhere central", "we keep logs for 24
    /// hours", „die Server protokollieren nichts“, „kein zentrales Logging“, „Logs nur 24 Stunden“ — an intrusion would leave no trace.
    /// Counts for the company's own systems, not for privacy promises (<see cref="PrivacyContext"/>) or advice.
    /// </summary>
    public static BoundedRegex NoLogging { get; } = Create(
        @"\b(?:(?:log|logs|logged|protokollier(?:t|en))_+(?:(?:absolutely|simply|gar|überhaupt|einfach)_+)?(?:nothing|nichts)"
        + @"|(?:nothing|nichts)_+(?:(?:is|gets|wird)_+)?(?:[\w-]+_+)?(?:logged|protokolliert|geloggt|forwarded|weitergeleitet|collected|gesammelt)"
        + @"|(?:no|kein(?:e|en)?|without|ohne)_+(?:(?:central|centralised|centralized|zentrale[ns]?)_+)?(?:logs|logging|log_+(?:files|collection|forwarding)|protokolle|protokollierung|logdateien|audit_+(?:logs?|trails?))"
        + @"|(?:logs|protokolle|logdateien|log_+files)(?:_+[\w,-]+){0,5}_+(?:for|für)_+(?:(?:only|just|nur|gerade(?:_+mal)?)_+)?\d{1,3}_+(?:hours|stunden))\b");

    /// <summary>Logs of people's data, where fewer is the point: "privacy", „Datenschutz“, "personal data", "no-log", "browsing".</summary>
    public static BoundedRegex PrivacyContext { get; } = Create(
        @"\b(?:privacy|datenschutz\w*|personenbezogen\w*|personal_+data|no-logs?|browsing|surfverhalten|passw\w*|kennw\w*|secrets?|tokens?)\b");

    /// <summary>
    /// Access without a login for anyone: "the instance allows anonymous users to view jobs and start builds", „anonyme Nutzer können
    /// Aufträge anlegen und löschen“, "anyone on the internal network can trigger a deploy without logging in"; counts for the company's own
    /// systems when it lets them do something (start, deploy, change, delete …), not for anonymous reporting or surveys.
    /// </summary>
    public static BoundedRegex AnonymousAccess { get; } = Create(
        $@"\b(?:anonym\w*_+(?:[\w-]+_+)?(?:users?|access|zugriff\w*|zugang|nutzer\w*|benutzer\w*|logins?|anmeldung\w*|besucher\w*|visitors?)_+"
        + $@"(?:(?:[\w-]+_+){{0,3}}(?:can|could|may|are_+allowed_+to|to|können|kann|dürfen|darf)_+)?(?:[\w-]+_+){{0,3}}{Acts}"
        + $@"|(?:anyone|everyone|anybody|everybody|jede[rm]?|alle)(?:_+[\w-]+){{0,6}}_+(?:can|could|kann|können|könnte)_+(?:[\w-]+_+){{0,4}}{Acts}(?:_+[\w-]+){{0,4}}_+(?:without|ohne)_+(?:(?:a|an|any|eine?|jede)_+)?"
        + @"(?:logging_+in|signing_+in|login|log-in|anmeldung|passwor[dt]|kennwort|authenti\w*))\b");

    // What an anonymous user should not be able to do: start, deploy, change, delete, open … (reading is left out: public pages are read anonymously).
    private const string Acts = @"(?:start\w*|trigger\w*|run|deploy\w*|builds?|write|upload\w*|change\w*|delete\w*|open\w*|control\w*|administer\w*|configure\w*"
        + @"|starten|auslösen|ausführen|anlegen|schreiben|hochladen|löschen|ändern|öffnen|steuern|buchen|bauen|deployen|konfigurieren|administrieren)";

    /// <summary>
    /// Links, tokens or sessions that never expire: "the password-reset links our portal sends out never expire", „die Einladungslinks laufen
    /// bei uns nie ab“, "API tokens that don't expire"; counts for the company's own systems. Passwords are not among them: that they need
    /// not expire is today's advice.
    /// </summary>
    public static BoundedRegex NeverExpire { get; } = Create(
        @"\b(?:[\w-]*links?|[\w-]*tokens?|[\w-]*sessions?|[\w-]*sitzung(?:en)?|[\w-]*keys?|[\w-]*schlüssel|[\w-]*einladung(?:en)?|invitations?)(?:_+[\w-]+){0,6}_+"
        + @"(?:(?:never|don't|don’t|do_+not|doesn't|doesn’t|does_+not|won't|won’t|will_+not|nie|niemals|nicht)_+(?:expire\w*|verfall\w*)|(?:nie|niemals)_+ab|(?:nie|niemals)_+ungültig)\b");

    /// <summary>
    /// No SPF, DKIM or DMARC for the company's mail domain: „haben wir bis heute weder SPF noch DMARC eingerichtet“, "we have no DMARC
    /// record", "there is still no SPF record for our domain", "our DMARC record is missing"; anyone can then send mail in the company's name.
    /// Not the general "without DMARC, anyone can …".
    /// </summary>
    public static BoundedRegex MissingMailAuth { get; } = Create(
        @"\b(?:(?:haben|hat|have|has|gibt_+es|there(?:'s|’s|_+is|_+are)|nutzen|use|publish\w*|veröffentlich\w*)(?:_+[\w.-]+){0,5}_+(?:kein(?:e|en)?|no|weder|neither|nicht|not)_+(?:[\w-]+_+){0,2}(?:spf|dkim|dmarc)"
        + @"|(?:kein(?:e|en)?|no|weder|neither|nicht|not)_+(?:[\w-]+_+){0,2}(?:spf|dkim|dmarc)(?:_+[\w-]+){0,4}_+(?:eingerichtet|konfiguriert|gesetzt|hinterlegt|veröffentlicht|aktiviert|set_+up|configured|in_+place|published|enabled)"
        + @"|(?:spf|dkim|dmarc)(?:-?(?:eintrag|einträge|records?))?(?:_+[\w-]+){0,4}_+(?:fehl(?:t|en)|(?:is|are)_+(?:still_+)?missing))\b");

    /// <summary>Moved away from it: "we moved every carrier from plain FTP to SFTP", „umgezogen“, „gewechselt“.</summary>
    public static BoundedRegex MovedOff { get; } = Create(@"\b(?:moved|switched|umgezogen|gewechselt)\b");

    /// <summary>Advice or a rule rather than a state: "never send", „nie … schicken“, "don't", "avoid", "should", „sollte“, "must".</summary>
    public static BoundedRegex Advice { get; } = Create(
        @"\b(?:never|nie|niemals|don't|don’t|do_+not|avoid|vermeide\w*|sollte\w*|should|must|müss\w*|darf|dürfen|may_+not)\b");

    /// <summary>
    /// Mail going out from the company's own account or address, in an incident told in passing: „wie die Mails von unserem Konto rausgehen“,
    /// "the invoices are being sent from our own billing address"; counts when the cause is unknown (<see cref="UnknownCause"/>) and it is
    /// still going on, in a paragraph about forged mail or an attack (<see cref="ForgedContext"/>).
    /// </summary>
    public static BoundedRegex IncidentSenderAbuse { get; } = Create(
        @"\b(?:(?:von|aus|über)_+unsere[mnr]?_+(?:eigenen_+)?(?:[\w-]+_+)?(?:\w*konto|\w*postfach|\w*adresse|absender\w*|\w*server|domain|account|tenant)_+(?:[\w-]+_+){0,2}"
        + @"(?:rausgeh\w*|herausgeh\w*|rausging\w*|rausgegangen|verschickt|versendet|versandt|gesendet|raus)"
        + @"|(?:sent|going_+out|goes_+out|went_+out|coming_+out|being_+sent)_+(?:[\w-]+_+){0,3}from_+our_+(?:own_+)?(?:[\w-]+_+)?(?:account|mailbox|address|domain|mail_+server|server|tenant)s?)\b");

    /// <summary>The cause not yet found: „weiß noch nicht, wie“, "we don't know yet how", „unklar“, "unclear", "still investigating".</summary>
    public static BoundedRegex UnknownCause { get; } = Create(
        @"\b(?:(?:weiß|wissen|weiss)_+(?:[\w-]+_+){0,3}(?:nicht|keiner|niemand)|(?:don't|don’t|doesn't|doesn’t|do_+not|does_+not)_+(?:yet_+)?know|(?:nobody|no_+one)_+knows"
        + @"|unklar|unclear|(?:still|noch)_+(?:[\w-]+_+){0,2}(?:investigating|searching|looking|suchen|sucht|untersuch\w*))\b");

    /// <summary>Forged mail or an attack in the paragraph: „gefälscht“, "fake", "forged", „Betrug“, "fraud", „die wir nie verschickt haben“, or <see cref="IncidentContext"/>.</summary>
    public static BoundedRegex ForgedContext { get; } = Create(
        @"\b(?:gefälscht\w*|fake\w*|forged|spoofed|\w*betrug\w*|betrüger\w*|fraud\w*|scam\w*|phishing\w*|angriff\w*|attack\w*|compromis\w*|kompromittier\w*"
        + @"|(?:nie|never|nicht|not)_+(?:[\w-]+_+){0,2}(?:verschickt|versendet|gesendet|sent))\b");

    /// <summary>
    /// What makes a gap not the company's own or not current: others and the general ("viele", "most companies", „Kunden“, "their"),
    /// conditions and questions ("wenn", "if", "whether", „im Ernstfall“), advice to the reader ("your", „eure“), the past
    /// ("damals", "back then", "used to") and a gap already closed („inzwischen aktiviert“, "has been fixed").
    /// </summary>
    public static BoundedRegex OwnGapExcluded { get; } = Create(
        @"\b(?:" + OwnGapExclusions + @")\b");

    /// <summary>
    /// <see cref="OwnGapExcluded"/> without "their", for a sentence whose "their" refers back to something of ours ("our warehouse servers
    /// keep their logs for 24 hours", „unsere Scanner schicken ihre Daten …“; <see cref="TheirsAreOurs"/>).
    /// </summary>
    public static BoundedRegex OwnGapExcludedBesidesTheirs { get; } = Create(
        @"\b(?:" + OwnGapExclusions.Replace("|" + Theirs, string.Empty, StringComparison.Ordinal) + @")\b");

    /// <summary>"their" or „ihre“ after "our …" in one sentence: the owner named first is the company.</summary>
    public static BoundedRegex TheirsAreOurs { get; } = Create(@"\b(?:our|unsere[nmrs]?)_+[\w-].*\b(?:" + Theirs + @")\b");

    private const string Theirs = @"their|theirs|ihre[nmrs]?";

    private const string OwnGapExclusions =
        @"viele[nr]?|zahlreiche[nr]?|die_+meisten|manche[nr]?|unzählige[nr]?|many|most|countless|plenty_+of|andere[nr]?_+(?:firmen|unternehmen)|other_+(?:companies|organi[sz]ations)"
        + @"|firmen|companies|organi[sz]ations|businesses|mittelständler\w*|kunde[n]?|customers?|clients'"
        + @"|wenn|falls|sofern|angenommen|stell_+dir_+vor|ob|im_+ernstfall|if|whether|unless|suppose|imagine|in_+case|in_+an_+emergency|what_+if"
        + @"|your|yours|eure[nmrs]?|euer|deine[nmrs]?|dein|habt_+ihr|ihr_+habt|you(?:'re|’re|_+are|_+have|'ve|’ve)?|" + Theirs
        + @"|damals|früher|seinerzeit|back_+then|at_+the_+time|in_+those_+days|used_+to"
        + @"|(?:inzwischen|mittlerweile|seitdem|heute|gestern|endlich|jetzt)_+(?:[\w-]+_+){0,4}(?:aktiv\w*|wieder_+an|eingeschaltet|behoben|geschlossen|gepatcht|eingespielt|entfernt)|now_+(?:enabled|on|active|fixed|patched|closed|in_+place)"
        + @"|(?:has|have)_+(?:since_+)?been_+(?:fixed|patched|closed|enabled)|we_+(?:closed|removed|fixed|patched|enabled)|(?:wurde|wurden)_+(?:[\w-]+_+){0,3}(?:behoben|geschlossen|gepatcht|aktiviert)";

    /// <summary>
    /// An ongoing incident's containment, told in passing: „die IT hat uns gebeten, keinen Rechner einzuschalten“, "we were told not to
    /// turn on any computers", "keep all laptops switched off"; counts when recent, ongoing or "until further notice".
    /// </summary>
    public static BoundedRegex IncidentContainment { get; } = Create(
        @"\b(?:(?:keine[nrm]?|nicht|nie)_+(?:(?:mehr|einen?|unsere[nm]?|die|den|ihre[nm]?)_+)?(?:[\w-]+_+)?(?:rechner|computer|pcs?|laptops?|notebooks?|geräte|systeme?)_+(?:mehr_+)?"
        + @"(?:einzuschalten|einschalten|anzuschalten|anschalten|hochzufahren|hochfahren)"
        + @"|(?:not|don't|don’t|never)_+(?:to_+)?(?:turn|switch|power)_+on_+(?:(?:any|your|our|the|their)_+)?(?:[\w-]+_+)?(?:computers?|pcs?|laptops?|machines?|devices?|systems?)"
        + @"|(?:keep|leave)_+(?:(?:all|your|our|the|their)_+)?(?:[\w-]+_+)?(?:computers|pcs|laptops|machines|devices|systems)_+(?:switched|turned)_+off)\b");

    /// <summary>
    /// A ransom note on the company's screens, named or described: „die Bildschirme zeigen nur noch eine komische Textdatei“, "every screen
    /// showed a ransom note"; counts when recent or ongoing.
    /// </summary>
    public static BoundedRegex IncidentRansomNote { get; } = Create(
        @"\b(?:\w*bildschirm\w*|monitore?|desktops?|screens?|rechner|computers?|pcs?)_+(?:[\w-]+_+){0,3}(?:zeig(?:en|t|ten|te)|show(?:s|ed|ing)?|display(?:s|ed|ing)?)"
        + @"(?:_+[\w-]+){0,7}_+(?:textdatei\w*|text_+files?|lösegeld\w*|erpresser\w*|ransom_+(?:notes?|demands?|messages?))\b");

    /// <summary>A condition or a thought experiment: "wenn", "falls", „im Ernstfall“, "if", "in case", "what if", "imagine".</summary>
    public static BoundedRegex Hypothetical { get; } = Create(
        @"\b(?:wenn|falls|sofern|angenommen|stell_+dir_+vor|im_+ernstfall|if|unless|suppose|imagine|in_+case|in_+an_+emergency|what_+if|should_+(?:an?|the|your)_+(?:[\w-]+_+)?(?:attack|incident))\b");

    /// <summary>An exposure taken away: „entfernt“, „geschlossen“, „aufgeräumt“, "removed", "closed", "cleaned up".</summary>
    public static BoundedRegex Removed { get; } = Create(
        @"\b(?:entfernt|gelöscht|geschlossen|abgeschafft|aufgeräumt|removed|deleted|closed|cleaned_+up|shut_+down)\b");

    /// <summary>A negation in the sentence: "nicht", "kein", "nie", "not", "never", "no", "isn't".</summary>
    public static BoundedRegex Negated { get; } = Create(
        @"\b(?:nicht|nie|niemals|kein\w*|nirgends|not|never|no|nowhere|isn't|aren't|isn’t|aren’t|wasn't|wasn’t)\b");

    /// <summary>An order that lasts until it is lifted: „bis auf Weiteres“, „vorerst“, "until further notice", "for now".</summary>
    public static BoundedRegex UntilFurtherNotice { get; } = Create(@"\b(?:bis_+auf_+weiteres|vorerst|until_+further_+notice|for_+now)\b");

    /// <summary>Computers off for another reason: maintenance, a power cut, a move („Wartung“, „Stromausfall“, „wir ziehen um“, "maintenance", "power outage").</summary>
    public static BoundedRegex NotAnAttack { get; } = Create(
        @"\b(?:\w*wartung\w*|maintenance|\w*stromausfall\w*|stromabschaltung\w*|umzug\w*|umziehen|ziehen(?:_+[\w-]+){0,4}_+um|gewitter\w*|power_+(?:cut|outage|failure)|blackout"
        + @"|move|moving|thunderstorm)\b");

    /// <summary>
    /// Told as the past: a marker ("damals", "back then", "in 2019", "until 2023", „als wir 2019 …“) with a verb in the past ("lief",
    /// "hatten", „wurden“, "ran", "were", "tested").
    /// </summary>
    public static BoundedRegex TellsThePast { get; } = Create(
        $@"\b(?:{PastMarker})\b.*\b(?:{PastVerb})\b|\b(?:{PastVerb})\b.*\b(?:{PastMarker})\b");

    private const string PastMarker = @"damals|früher|seinerzeit|back_+then|at_+the_+time|in_+those_+days|(?:in|im_+jahr|bis|until|als_+wir|when_+we)_+(?:19|20)\d\d";
    private const string PastVerb = @"lief|liefen|war|waren|hatte|hatten|nutzten|setzten|betrieben|wurde|wurden|ran|was|were|had|used|tested";

    private static BoundedRegex Create(string pattern) => new(pattern.Replace("_", @"[\p{Zs}\t]", StringComparison.Ordinal), Options);
}
