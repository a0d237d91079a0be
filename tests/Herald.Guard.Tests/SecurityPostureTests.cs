using System.Globalization;
using System.Text.RegularExpressions;
using Herald.Guard.Posture;
using Herald.Testing;

namespace Herald.Guard.Tests;

public sealed class SecurityPostureTests(ITestOutputHelper output)
{
    private static readonly GuardEngine Engine = GuardEngine.Create(new GuardSetup());

    // Draft, rule, the text the finding covers.
    public static TheoryData<string, string, string> Risky { get; } = new()
    {
        // Firmware versions, and a version whose owner the next sentence names ("… noch auf diesem Server läuft").
        { "The VPN appliance in our depot is still running firmware 6.5 from 2019.", "posture-software-version", "firmware 6.5" },
        { "Die Firewall in unserem Lager läuft noch mit Firmware 7.0.1.", "posture-software-version", "Firmware 7.0.1" },
        { "Seine Frage: „Warum liefert ihr noch Apache/2.2.15 aus?“\n\nWeil die Sendungsverfolgung tatsächlich noch auf diesem Server läuft.", "posture-software-version", "Apache/2.2.15" },
        { "A customer asked why the header says nginx 1.10.3.\nHonestly: that box is still running it in our data centre.", "posture-software-version", "nginx 1.10.3" },

        // The attacker still inside, and incidents still going on as the author writes.
        { "The attacker is still inside: every time we reset her recovery options, new sign-ins show up.", "posture-incident", "The attacker is still inside" },
        { "Wir sehen es an den Logs: Die Angreifer sind immer noch im Netz.", "posture-incident", "Die Angreifer sind immer noch im Netz" },
        { "Seit gestern läuft eine Credential-Stuffing-Welle gegen unser Kundenportal, und sie ist noch nicht vorbei.", "posture-incident", "noch nicht vorbei" },
        { "A phishing mail got through on Monday.\n\nWe're still cleaning up as I write this.", "posture-incident", "as I write this" },
        { "Während ich das schreibe, wehren wir noch einen DDoS auf unseren Shop ab.", "posture-incident", "Während ich das schreibe" },
        { "Every time we lock her account, the attackers are getting back in.", "posture-incident", "getting back in" },
        { "Bei uns läuft noch Exchange 2013 – die Migration ist für nächstes Jahr geplant.", "posture-software-version", "Exchange 2013" },
        { "In unserem Netz gibt es noch drei Windows Server 2008 R2.", "posture-software-version", "Windows Server 2008 R2" },
        { "Unsere Server laufen auf Apache 2.4.49, das Update kommt bald.", "posture-software-version", "Apache 2.4.49" },
        { "Wir setzen Log4j 2.14 in mehreren Anwendungen ein.", "posture-software-version", "Log4j 2.14" },
        { "Our Citrix ADC 13.0 is still waiting for its patch window.", "posture-software-version", "Citrix ADC 13.0" },
        { "We still use OpenSSL 1.0.2 on a few legacy appliances.", "posture-software-version", "OpenSSL 1.0.2" },
        { "Wir nutzen PHP 5.6 für das Kundenportal, never change a running system 😅", "posture-software-version", "PHP 5.6" },
        { "SAP NetWeaver 7.4 läuft bei uns seit Jahren stabil.", "posture-software-version", "SAP NetWeaver 7.4" },
        { "We run Windows XP on two lab machines that nobody dares to touch.", "posture-software-version", "Windows XP" },
        { "Our mail servers are on Exchange 2016 CU23.", "posture-software-version", "Exchange 2016 CU23" },
        { "Unser altes Jenkins 2.150 macht mir Sorgen.", "posture-software-version", "Jenkins 2.150" },
        { "Bei uns ist noch Version 7.4.2 im Einsatz.", "posture-software-version", "Version 7.4.2" },
        { "Exchange 2013 läuft noch. Kein Witz.", "posture-software-version", "Exchange 2013" },
        { "We're still running Confluence 7.13 in production.", "posture-software-version", "Confluence 7.13" },
        { "Unsere Webseite läuft auf WordPress 6.4.2.", "posture-software-version", "WordPress 6.4.2" },
        { "Heute Nacht hat es uns erwischt: Ransomware.", "posture-incident", "hat es uns erwischt" },
        { "Seit gestern sind wir offline – Hackerangriff.", "posture-incident", "sind wir offline" },
        { "Unser Mailserver ist seit heute Morgen wegen eines Angriffs nicht erreichbar.", "posture-incident", "Unser Mailserver ist seit heute Morgen wegen eines Angriffs nicht erreichbar" },
        { "Our website was hacked last night.", "posture-incident", "Our website was hacked" },
        { "We had a security incident last week; details will follow.", "posture-incident", "We had a security incident" },
        { "Wir werden gerade angegriffen – bitte keine Mails von extern öffnen!", "posture-incident", "Wir werden gerade angegriffen" },
        { "Aktuell ein Ransomware-Angriff bei uns, die IT arbeitet mit Hochdruck.", "posture-incident", "Aktuell ein Ransomware-Angriff" },
        { "Wir haben einen laufenden Sicherheitsvorfall, Details folgen.", "posture-incident", "laufenden Sicherheitsvorfall" },
        { "We are currently under attack, our SOC is on it.", "posture-incident", "We are currently under attack" },
        { "Ongoing incident at our company – all hands on deck.", "posture-incident", "Ongoing incident" },
        { "Our systems are down because of a ransomware attack.", "posture-incident", "Our systems are down" },
        { "We were breached yesterday and are still cleaning up.", "posture-incident", "We were breached" },
        { "Unsere Systeme sind seit heute Nacht wegen eines Angriffs offline.", "posture-incident", "Unsere Systeme sind seit heute Nacht wegen eines Angriffs offline" },
        { "Wir wurden gestern Nacht gehackt.", "posture-incident", "Wir wurden gestern Nacht gehackt" },
        { "We're dealing with an active ransomware incident right now.", "posture-incident", "active ransomware incident" },
        { "Bei uns gibt es noch kein MFA für das VPN.", "posture-defence-gap", "kein MFA" },
        { "Wir haben leider keine Offline-Backups.", "posture-defence-gap", "keine Offline-Backups" },
        { "We don't patch our VPN appliances regularly.", "posture-defence-gap", "We don't patch" },
        { "No EDR on our domain controllers yet.", "posture-defence-gap", "No EDR" },
        { "Unser VPN läuft noch ohne MFA.", "posture-defence-gap", "ohne MFA" },
        { "We have no offline backups at all.", "posture-defence-gap", "no offline backups" },
        { "Wir patchen unsere Server nur selten.", "posture-defence-gap", "Wir patchen unsere Server nur selten" },
        { "Wir haben die Firewall seit Jahren nicht aktualisiert.", "posture-defence-gap", "Wir haben die Firewall seit Jahren nicht aktualisiert" },
        { "Unsere Firewall ist eine FortiGate 60F.", "posture-defence-product", "Unsere Firewall" },

        // Network and security appliances, and ownership over more than one adjective.
        { "Our main perimeter firewall still runs FortiOS 6.0.", "posture-software-version", "FortiOS 6.0" },
        { "Unsere zentrale VPN-Appliance läuft auf Ivanti Connect Secure 22.4.", "posture-software-version", "Ivanti Connect Secure 22.4" },
        { "Bei uns steht noch eine Check Point R80.40 im Rechenzentrum.", "posture-software-version", "Check Point R80.40" },
        { "We still use GlobalProtect 5.1 for remote access.", "posture-software-version", "GlobalProtect 5.1" },
        { "Unsere beiden Core-Switches laufen noch auf Cisco NX-OS 7.0.", "posture-software-version", "Cisco NX-OS 7.0" },
        { "Im Homeoffice-VPN nutzen wir noch FortiClient 6.0.", "posture-software-version", "FortiClient 6.0" },
        { "Bei uns in der Firma läuft noch Windows 7 auf den Lagerrechnern.", "posture-software-version", "Windows 7" },

        // Ongoing incidents in other words, and breaches made recent by a weekday or "two days ago".
        { "We're currently dealing with a ransomware incident at our main warehouse.", "posture-incident", "currently dealing with a ransomware incident" },
        { "We are still recovering from the attack on our booking platform.", "posture-incident", "attack" },
        { "Since Monday we're restoring our servers after a ransomware attack.", "posture-incident", "we're restoring" },
        { "The attackers are out, but our forensics partner is still investigating.", "posture-incident", "our forensics partner is still investigating" },
        { "We're back to pen and paper after the cyberattack.", "posture-incident", "We're back to pen and paper" },
        { "Seit Montag kämpfen wir mit einem Hackerangriff auf unser ERP.", "posture-incident", "Hackerangriff" },
        { "Wir stecken mitten in einem Sicherheitsvorfall.", "posture-incident", "Sicherheitsvorfall" },
        { "Nach dem Cyberangriff sind wir seit Tagen im Notbetrieb.", "posture-incident", "sind wir seit Tagen im Notbetrieb" },
        { "Wir stellen die Server nach dem Angriff wieder her.", "posture-incident", "Wir stellen die Server nach dem Angriff wieder her" },
        { "Wir wurden am Dienstag gehackt.", "posture-incident", "Wir wurden am Dienstag gehackt" },
        { "We were breached two days ago.", "posture-incident", "We were breached" },
        { "Seit Dienstag sind wir Opfer eines Ransomware-Angriffs.", "posture-incident", "sind wir Opfer eines Ransomware-Angriffs" },
        { "Heads-up: this is not a drill, we're still restoring systems after the ransomware attack.", "posture-incident", "we're still restoring" },
        { "We still run FortiOS 6.4 on the gateway for home users.", "posture-software-version", "FortiOS 6.4" },
        { "Our EDR is CrowdStrike Falcon, and it caught the phish.", "posture-defence-product", "Our EDR" },
        { "Our handheld scanners in the warehouses still run Android 7.", "posture-software-version", "Android 7" },
        { "Our remote access gateway is still on Pulse Connect Secure 9.0.", "posture-software-version", "Pulse Connect Secure 9.0" },
        { "In der Buchhaltung steht ein Rechner, auf dem noch Windows XP läuft.", "posture-software-version", "Windows XP" },
        { "Die Kassen im Lager sind immer noch auf Windows 7.", "posture-software-version", "Windows 7" },
        { "Seit heute früh wird unsere Sendungsverfolgung mit einer Flut von Anfragen überrollt.", "posture-incident", "Flut von Anfragen" },
        { "Our portal has been flooded with requests since this morning and is still unreachable.", "posture-incident", "flooded with requests" },
        { "Since Monday, one of our shared mailboxes has been in the hands of an attacker.", "posture-incident", "in the hands of an attacker" },
        { "Seit gestern ist unser Vertriebspostfach von Angreifern übernommen.", "posture-incident", "ist unser Vertriebspostfach von Angreifern übernommen" },
        { "We have not fully regained control of the mailbox after the attack yet.", "posture-incident", "not fully regained control" },

        // Defences switched off on the company's own systems; the owner may be in the paragraph.
        { "For our partner accounts, MFA is still switched off.", "posture-defence-off", "MFA is still switched off" },
        { "Für die Konten unserer Dienstleister ist MFA noch deaktiviert.", "posture-defence-off", "MFA noch deaktiviert" },
        { "We turned off EDR on the scale PCs because it slowed them down.", "posture-defence-off", "turned off EDR" },
        { "Auf den Lagerrechnern haben wir den Virenscanner abgeschaltet, weil er bremst.", "posture-defence-off", "Virenscanner abgeschaltet" },
        { "Our warehouse runs around the clock.\nOn the scale terminals, the antivirus is disabled.", "posture-defence-off", "antivirus is disabled" },

        // A defence still missing, said of devices without "we" in the sentence.
        { "Wir sind stolz auf den Rollout.\nAuf den Kassen-PCs läuft bis heute kein EDR.", "posture-defence-gap", "kein EDR" },
        { "Unsere Datensicherung ist eingerichtet.\nAuf einigen Servern gibt es noch kein Antivirus.", "posture-defence-gap", "kein Antivirus" },
        { "Our rollout is nearly done.\nNo EDR on two servers in the depot yet.", "posture-defence-gap", "No EDR" },
        { "We rolled out EDR this year.\nThere is still no EDR on the label printers' PCs.", "posture-defence-gap", "no EDR" },
        { "On three of our file servers there is no antivirus at all.", "posture-defence-gap", "no antivirus" },
        { "Our VPN accounts for partners don't have MFA yet.", "posture-defence-gap", "don't have MFA" },
        { "Unser Backup liegt nur im selben Rechenzentrum, eine Offline-Kopie haben wir nicht.", "posture-defence-gap", "Offline-Kopie haben wir nicht" },

        // Backups whose restore was never tried.
        { "Unsere Backups haben wir ehrlich gesagt noch nie getestet.", "posture-defence-gap", "Backups haben wir ehrlich gesagt noch nie getestet" },
        { "We have never tested our tape backups.", "posture-defence-gap", "never tested our tape backups" },

        // Known weaknesses not yet fixed, and software unchanged for years.
        { "We still haven't rolled out the fix for CVE-2023-4966 on our gateway.", "posture-unpatched", "haven't rolled out" },
        { "Der Patch für die VPN-Lücke ist bei uns noch nicht eingespielt.", "posture-unpatched", "noch nicht eingespielt" },
        { "Our VPN gateway is still vulnerable to CVE-2024-3400 until the weekend.", "posture-unpatched", "is still vulnerable" },
        { "Our depot firewall has been running the same firmware since 2021.", "posture-unpatched", "running the same firmware since 2021" },
        { "Unsere Lager-Switches haben seit 2020 keine Updates mehr bekommen.", "posture-unpatched", "seit 2020 keine Updates" },
        { "That box hasn't been patched since 2019, and it sits in our data centre.", "posture-unpatched", "hasn't been patched since 2019" },

        // Services open to the internet and firewall exceptions left open.
        { "Our RDP server is still open to the internet for a vendor.", "posture-exposed-service", "RDP server is still open to the internet" },
        { "Bei uns ist SSH auf dem Lager-Gateway direkt aus dem Internet erreichbar.", "posture-exposed-service", "SSH auf dem Lager-Gateway direkt aus dem Internet erreichbar" },
        { "Bei uns gibt es noch eine offene Firewall-Ausnahme für den Fernwartungszugang.", "posture-exposed-service", "offene Firewall-Ausnahme" },
        { "The firewall exception for the vendor at our depot is still open.", "posture-exposed-service", "firewall exception for the vendor at our depot is still open" },
        { "The firewall at our Hamburg depot still has an any-any rule for the vendor.", "posture-exposed-service", "has an any-any rule" },

        // An ongoing incident told in passing: computers to stay off, a ransom note on the screens.
        { "Seit heute früh hat uns die IT gebeten, bis auf Weiteres keinen Rechner einzuschalten.", "posture-incident", "keinen Rechner einzuschalten" },
        { "Since Monday we've been told not to turn on any computers until further notice.", "posture-incident", "not to turn on any computers" },
        { "Unsere Bildschirme zeigen seit heute Morgen nur noch eine Lösegeldforderung.", "posture-incident", "Bildschirme zeigen seit heute Morgen nur noch eine Lösegeldforderung" },
        { "This morning every screen in our office showed a ransom note.", "posture-incident", "screen in our office showed a ransom note" },

        // A version that something of ours runs on, in a relative clause.
        { "Unsere Zollabwicklung hängt an einem System, das auf Oracle 11g läuft.", "posture-software-version", "Oracle 11g" },
        { "Our customs filing depends on an SAP system that still runs on Oracle 11g.", "posture-software-version", "Oracle 11g" },

        // A login that asks only for a password.
        { "Our supplier VPN still lets carriers in with only a password.", "posture-defence-gap", "only a password" },
        { "Unser Partner-VPN akzeptiert bis heute nur Benutzername und Passwort.", "posture-defence-gap", "nur Benutzername und Passwort" },
        { "Beim Fernwartungs-VPN gibt es für unsere Dienstleister keinen zweiten Faktor.", "posture-defence-gap", "keinen zweiten Faktor" },

        // Devices that run without a defence, the owner in the paragraph.
        { "Wir haben umgestellt.\nSeitdem laufen die Kassenrechner ohne Virenscanner.", "posture-defence-gap", "ohne Virenscanner" },
        { "Our rollout slipped.\nThe scale PCs in the depot still run without antivirus.", "posture-defence-gap", "without antivirus" },

        // A known vulnerability of the company's own system, in the present.
        { "The VPN gateway at our Leipzig site is affected by CVE-2023-46805 until January.", "posture-unpatched", "affected by CVE-2023-46805" },
        { "Die Firewall an unserem Standort Leipzig läuft mit einer Version, die für CVE-2024-3400 anfällig ist.", "posture-unpatched", "CVE-2024-3400 anfällig" },

        // A service opened to the internet.
        { "For the vendor we opened RDP on the yard server to the internet.", "posture-exposed-service", "opened RDP on the yard server to the internet" },
        { "Für den Dienstleister haben wir SSH auf den Waage-PC aus dem Internet freigegeben.", "posture-exposed-service", "SSH auf den Waage-PC aus dem Internet freigegeben" },

        // An attack still going on as the author types; the owner in the paragraph.
        { "Our parcel shop is under a bot attack.\nIt's still going on as I type this.", "posture-incident", "as I type this" },
        { "Gegen unser Kundenportal läuft eine Credential-Stuffing-Welle.\nSie läuft noch, während ich das tippe.", "posture-incident", "während ich das tippe" },

        // Software out of support, still in use at a named place of the company.
        { "The scanners at the Leipzig site still run Windows 7, out of support since 2020.", "posture-software-version", "Windows 7" },
        { "Die Waagen-PCs in Halle 2 nutzen weiterhin Windows 8.1, für das es keine Sicherheitsupdates mehr gibt.", "posture-software-version", "Windows 8.1" },
        { "The print stations in Hall 4 still run Windows Embedded Standard 7, which is end of life.", "posture-software-version", "Windows Embedded Standard 7" },

        // Devices still on the maker's default password.
        { "Die Scanner in unserem Lager haben bis heute das Werkspasswort vom Hersteller, das hat nie einer geändert.", "posture-default-password", "Werkspasswort" },
        { "The yard cameras at our Bremen depot still use the factory default password.", "posture-default-password", "default password" },
        { "Unsere Etikettendrucker laufen noch mit dem Standard-Passwort.", "posture-default-password", "Standard-Passwort" },
        { "Nobody ever changed the default admin password on our badge readers.", "posture-default-password", "default admin password" },

        // A flat network: control systems next to office PCs, no segmentation.
        { "Bei uns hängen die Steuerungen der Sorter bis heute im selben Netz wie die Büro-PCs.", "posture-flat-network", "im selben Netz wie" },
        { "Our PLCs still sit on the same network as the office printers.", "posture-flat-network", "on the same network as" },
        { "Unser Lagernetz hat keine Segmentierung, das steht für 2027 auf der Liste.", "posture-flat-network", "keine Segmentierung" },
        { "Our warehouse network is not segmented yet.", "posture-flat-network", "not segmented" },

        // Devices that take commands without a login.
        { "Bei uns kann jeder Rechner in der Halle mit den Steuerungen reden, und die haben keine Anmeldung.", "posture-defence-gap", "keine Anmeldung" },
        { "Our sorter PLCs accept commands without any authentication.", "posture-defence-gap", "without any authentication" },

        // Passwords or data over cleartext protocols at the company.
        { "Our oldest EDI gateway still accepts uploads from 40 carriers over plain FTP.", "posture-cleartext", "plain FTP" },
        { "Unser Lagerverwaltungssystem schickt die Passwörter der Handscanner noch im Klartext.", "posture-cleartext", "Passwörter der Handscanner noch im Klartext" },
        { "Die Waagen an unserem Standort Kiel werden weiterhin per Telnet administriert.", "posture-cleartext", "Telnet" },
        { "Our scale PCs send the readings to the ERP with user names and passwords in cleartext.", "posture-cleartext", "passwords in cleartext" },

        // A workaround not applied, and mail going out from the company's own account while nobody knows how.
        { "We run that appliance for remote access, and we haven't been able to apply the workaround yet.", "posture-unpatched", "haven't been able to apply" },
        { "Seit Montag bekommen Kunden Rechnungen, die wir nie verschickt haben.\nUnsere IT weiß noch nicht, wie die Mails von unserem Konto rausgehen.", "posture-incident", "von unserem Konto rausgehen" },
        { "Customers keep receiving fake invoices. We still don't know how they are being sent from our own billing address.", "posture-incident", "being sent from our own billing address" },

        // A device that still accepts a cleartext protocol.
        { "The gate controllers at our depot still accept Telnet.", "posture-cleartext", "Telnet" },
        { "Die Torsteuerungen in unserem Lager akzeptieren noch immer Telnet.", "posture-cleartext", "Telnet" },

        // One account or password for everyone, access without a login, links that never expire.
        { "Unsere Handscanner melden sich alle mit demselben Sammelkonto an.", "posture-defence-gap", "Sammelkonto" },
        { "At our depot every driver logs in to the tablets with the same password.", "posture-defence-gap", "same password" },
        { "Our old Jenkins allows anonymous users to start builds.", "posture-defence-gap", "anonymous users to start builds" },
        { "Auf unserem Dateiserver können anonyme Benutzer Dateien hochladen und löschen.", "posture-defence-gap", "anonyme Benutzer Dateien hochladen und löschen" },
        { "Anyone on our warehouse network can trigger a deploy without logging in.", "posture-defence-gap", "Anyone on our warehouse network can trigger a deploy without logging in" },
        { "The password-reset links our portal sends out never expire.", "posture-defence-gap", "links our portal sends out never expire" },
        { "Die Einladungslinks unseres Kundenportals laufen nie ab.", "posture-defence-gap", "Einladungslinks unseres Kundenportals laufen nie ab" },

        // No SPF, DKIM or DMARC for the company's mail domain.
        { "Für unsere Domain haben wir bis heute weder SPF noch DMARC eingerichtet.", "posture-defence-gap", "haben wir bis heute weder SPF noch DMARC" },
        { "We still have no DMARC record for our main domain.", "posture-defence-gap", "have no DMARC" },

        // Nothing logged, or logs kept only for hours ("their" after "our …" is ours).
        { "Our warehouse servers keep their logs for only 24 hours.", "posture-defence-gap", "logs for only 24 hours" },
        { "The badge readers at our side entrances log nothing.", "posture-defence-gap", "log nothing" },
        { "Unsere Zutrittsleser protokollieren nichts.", "posture-defence-gap", "protokollieren nichts" },
        { "Bei uns gibt es bis heute kein zentrales Logging.", "posture-defence-gap", "kein zentrales Logging" },

        // Malware by its German names, and own devices taken off the network because of it (the subject may follow the verb).
        { "Seit Montagnacht sind unsere Handscanner vom Netz genommen, weil sich eine Schadsoftware auf mehreren Rechnern eingenistet hat.", "posture-incident", "sind unsere Handscanner vom Netz genommen" },
        { "Unsere Rechner sind seit gestern mit einer Schadsoftware infiziert.", "posture-incident", "Unsere Rechner sind seit gestern mit einer Schadsoftware infiziert" },
        { "Since Monday night our hand scanners have been taken offline because malware got onto several goods-in PCs.", "posture-incident", "our hand scanners have been taken offline" },

        // A password-only login with an article before the password, and backups nobody has ever restored.
        { "We launched our yard portal a year ago.\nPartner firms still sign in with just a username and a password – the second factor is not switched on yet.", "posture-defence-gap", "just a username and a password" },
        { "Unser Hofportal ist ein Jahr alt.\nPartnerfirmen melden sich nur mit einem Benutzernamen und einem Passwort an, einen zweiten Faktor gibt es noch nicht.", "posture-defence-gap", "nur mit einem Benutzernamen und einem Passwort" },
        { "Our customs database is backed up every night, but in six years nobody has ever tried to restore one of those backups.", "posture-defence-gap", "nobody has ever tried to restore one of those backups" },
        { "Unsere Zolldatenbank wird jede Nacht gesichert, aber niemand hat je eines der Backups zurückgespielt.", "posture-defence-gap", "niemand hat je eines der Backups zurückgespielt" },

        // A defence missing on devices, told with more words between the verb and the gap, or as devices that have had none.
        { "Im Herbst haben wir den Fahrerraum renoviert.\nAuf diesen zwölf Geräten läuft allerdings seit dem Sommer gar kein Virenschutz mehr.", "posture-defence-gap", "kein Virenschutz" },
        { "We renovated the drivers' room in autumn.\nThe twelve PCs there have had no antivirus since the summer.", "posture-defence-gap", "no antivirus" },
        { "Im Herbst haben wir den Fahrerraum renoviert.\nDie zwölf Rechner dort haben seit dem Sommer keinen Virenschutz mehr.", "posture-defence-gap", "keinen Virenschutz" },
    };

    // Security education and everyday language: the same words, about others or in general.
    public static TheoryData<string> Education { get; } = new()
    {
        // Near misses of the malware, password-only, backup and missing-defence forms: no attack, an exercise, a gap closed or denied.
        "Unsere Handscanner sind seit Montag vom Netz genommen, weil wir sie gegen neue Geräte tauschen.",
        "Our hand scanners have been taken offline for the firmware rollout this weekend.",
        "Bei der Übung sind unsere Handscanner vom Netz genommen worden, als hätte eine Schadsoftware zugeschlagen.",
        "Our partner portal no longer lets firms in with just a username and a password – the second factor is on.",
        "Unser Partnerportal lässt Firmen nicht mehr nur mit einem Benutzernamen und einem Passwort herein, der zweite Faktor ist Pflicht.",
        "Nobody had to restore a backup this year – our monthly restore test always passes.",
        "Niemand musste dieses Jahr ein Backup zurückspielen – den Test machen wir jeden Monat.",
        "Auf den zwölf Geräten lief bis zum Sommer kein Virenschutz, inzwischen ist er aktiv.",
        "The twelve PCs there had no antivirus until the summer; that has since been fixed.",
        "Wir haben den Fahrerraum renoviert.\nDie zwölf Rechner dort haben seit dem Sommer keinen Virenscanner-Alarm mehr gemeldet.",
        "We renovated the drivers' room.\nThe twelve PCs there have had no antivirus alerts since the summer.",

        // Near misses of the rules above: firmware in general, the ongoing marker without an attack, others' attackers.
        "Firmware 6.5 of that router model had a known flaw; update yours at home.",
        "Viele Firmen betreiben noch Apache 2.2.15.\nDiese Version läuft leider noch in vielen Rechenzentren.",
        "As I write this, we're packing for the holidays – see you in January!",
        "Während ich das schreibe, plant unser Team die Weihnachtsfeier.",
        "In the report, the attacker is still inside the victim's network for 200 days on average.",
        "As I write this, we're running our yearly phishing simulation – report what you see!",
        "Our customers keep coming back, and we love it.",
        "Our customers are coming back in droves after the summer.",
        "As I write this, we're preparing our phishing awareness month.",
        "Viele Firmen betreiben noch Apache 2.2.15.\nBei uns läuft dieser Server zum Glück nicht mehr.",
        "Someone asked about nginx 1.10.3 in a talk.\nI said that it is still running at many companies.",

        "Viele Firmen nutzen noch Windows Server 2008.",
        "Log4Shell affected Log4j 2.14 and earlier.",
        "Bei vielen Kunden läuft noch Exchange 2013 – höchste Zeit für ein Update.",
        "Apache 2.4.49 had a path traversal bug (CVE-2021-41773).",
        "Wir veröffentlichen unsere Tools unter der Apache 2.0 License.",
        "Wir setzen auf Industrie 4.0 und Web 2.0.",
        "Wir nutzen Office 365 und Teams.",
        "In Python 3.12 gibt es spannende neue Features.",
        "We use Windows Hello for Business.",
        "Our team wrote a guide on hardening Windows Server 2022.",
        "Spring 2025: our new awareness programme starts.",
        "Wir werden täglich angegriffen – wie jedes Unternehmen.",
        "We're under attack every single day. That's why awareness matters.",
        "Was tun bei einem laufenden Angriff? Drei Tipps.",
        "Vor fünf Jahren wurden wir gehackt – das haben wir daraus gelernt.",
        "How to respond to an ongoing incident: a checklist.",
        "Unsere Systeme sind heute wegen Wartung offline.",
        "Unsere Festplatten sind verschlüsselt – und eure?",
        "Ransomware attacks on hospitals are rising.",
        "Windows XP is end-of-life — update!",
        "Android 7 bekommt seit Jahren keine Sicherheitsupdates mehr.",
        "Back then some laptops were still on Windows 7; today the whole fleet runs a supported release.",
        "Am Black Friday kam bei uns eine Flut von Anfragen – was für ein Tag!",
        "Bei einem DDoS wird die Website mit einer Flut von Anfragen überrollt.",
        "Wir haben gestern das Postfach einer Kollegin übernommen, die in Elternzeit ist.",
        "When attackers take over a mailbox, they often reply to ongoing conversations.",
        "My phone still runs Android 7 at home, and that worries me.",
        "Wir haben gerade einen Vortrag über Ransomware-Angriffe gehalten.",
        "Viele Firmen haben kein MFA – das ist fahrlässig.",
        "Ohne Backup kein Mitleid. 😉",
        "MFA ist kein Allheilmittel.",
        "No MFA, no access – that's the rule we teach.",
        "Unsere Firewall ist das wichtigste Werkzeug im Netz.",
        "Phishing bleibt das Einfallstor Nummer 1.",
        "Kein Backup, kein Mitleid – so lautet unser Motto.",
        "We patched our VPN within 24 hours of the advisory – proud of the team!",
        "In our tabletop exercise, we were \"breached\" at 9:00 – and recovered by noon.",
        "Stay calm: we are not under attack, it's just our annual phishing simulation.",
        "Our customers still run Windows Server 2012 – here is how we help them.",
        "Endlich haben wir unseren letzten Windows Server 2012 abgeschaltet!",
        "We just upgraded all our servers to Windows Server 2022.",
        "Microsoft beendet den Support für Exchange 2016 und 2019 im Oktober 2025.",
        "Heute im Workshop: wir haben Log4j 2.14 live ausgenutzt (im Labor!).",
        "Wir sind vor drei Jahren Opfer eines Cyberangriffs geworden – das haben wir gelernt.",
        "Unsere Pentester haben uns heute gehackt – geplant, natürlich 😉",
        "Wir trainieren heute, wie wir reagieren, wenn wir angegriffen werden.",
        "Our website was hacked in 2019, and it changed how we work.",

        // Home and family PCs are not the company's systems.
        "Windows 10 läuft noch auf unzähligen Rechnern zu Hause.",
        "Auf dem Laptop meiner Eltern läuft noch Windows 7.",
        "Windows 10 is still running on countless PCs at home.",
        "Your parents' laptop is still running Windows 8.1? Time to upgrade.",
        "Bei uns zu Hause läuft noch Windows 10 auf dem Familien-PC.",
        "Unser Familien-PC läuft noch mit Windows 7.",

        // Appliances named without the company running them.
        "FortiOS 6.0 reached end of support – check whether you still run it.",
        "Many companies still run PAN-OS 9.1 on their firewalls.",
        "Ivanti Connect Secure 22.7 fixes CVE-2025-0282 – patch now.",
        "We gave a talk on Check Point R81 hardening.",

        // Incidents of others, in general, in an exercise or long ago.
        "How to deal with a ransomware incident: five steps.",
        "If we're ever dealing with a ransomware incident, we call our partner first.",
        "We are still recovering from the holidays – and from too many cookies.",
        "In our drill we're restoring servers after a simulated ransomware attack.",
        "Wir kämpfen täglich mit Phishing-Angriffen.",
        "Viele Mittelständler kämpfen mit einem Ransomware-Angriff länger als gedacht.",
        "Wir sind heute wegen Wartung im Notbetrieb.",
        "We were breached three years ago, and here is what we learned.",
        "Unser Forensik-Team ist heute auf einer Konferenz.",
        "In der Notfallübung stellen wir die Server nach einem Angriff wieder her.",
        "This week we're handling the incident in our response training – the attacker is our red team.",
        "In der Schulung kämpfen wir mit einem simulierten Ransomware-Angriff.",

        // Switched-off defences denied, warned against, hypothetical, of others or closed since.
        "Bei uns wird MFA nie abgeschaltet.",
        "Als wir 2019 gehackt wurden, war MFA für Admins abgeschaltet. Heute undenkbar.",
        "Why we never tested our backups properly until 2023 – and what changed.",
        "In 2022 our VPN still had no MFA. Today every account has it.",
        "Wir empfehlen: Deaktiviert nie MFA für Partnerkonten.",
        "We turned off SMS codes and moved everyone to authenticator apps.",
        "If MFA is disabled for our partner accounts, attackers only need a password.",
        "Many companies still have MFA switched off for their partners.",
        "Prüft, ob bei euren Partnerkonten MFA deaktiviert ist.",
        "Bis letztes Jahr war MFA für unsere Partner abgeschaltet; inzwischen ist es aktiv.",
        "We disabled legacy authentication across our tenant.",
        "Our kids turned off the firewall on the family PC at home.",

        // Missing defences of others, in general or in a course.
        "Viele Firmen haben bis heute kein EDR auf ihren Servern.",
        "In unserer Schulung: Auf vielen Servern läuft noch kein Virenschutz.",
        "Wir haben EDR überall. Bei anderen Firmen läuft noch kein EDR.",
        "Keine Sorge: auf allen unseren Servern läuft EDR.",
        "There is no antivirus that catches everything, and we tell our colleagues so.",
        "Our partners don't have to install anything: MFA runs in the browser.",
        "Wir haben die Any-Any-Regel in der Lager-Firewall letzte Woche entfernt.",

        // Backups: advice, the past, others.
        "Testet eure Backups – wir haben es letztes Jahr auf die harte Tour gelernt.",
        "If you have never tested your backups, start today – we do it every quarter.",
        "Damals hatten wir die Wiederherstellung nie getestet; heute üben wir jedes Quartal.",
        "Many companies have never tested their backups, and we were one of them until 2022.",

        // Fixes applied, advice, others; software unchanged for years at home or in general.
        "We rolled out the fix for Citrix Bleed within hours.",
        "If you haven't applied the fix for CVE-2023-4966 yet, do it today – we did.",
        "Many companies still haven't applied the patch for Citrix Bleed; we have.",
        "We haven't rolled out the new intranet yet.",
        "A vendor told us their firewall hasn't been patched since 2020.",
        "Das Update für unseren Drucker ist noch nicht eingespielt – es kommt nächste Woche.",
        "Der Patch ist bei uns inzwischen eingespielt, die Lücke ist geschlossen.",
        "Our home routers have been running the same firmware since 2019.",
        "Many appliances in our sector haven't been patched since 2019, the report says.",
        "Damals hatte unsere Firewall seit 2019 keine Updates bekommen.",

        // Exposure denied, warned against, of others or closed.
        "Bei uns ist RDP nicht aus dem Internet erreichbar.",
        "We have MFA everywhere, and no RDP exposed to the internet.",
        "We patched Citrix Bleed within 24 hours; our gateway is not vulnerable.",
        "Die Lücke ist bei uns seit Dienstag geschlossen, das Update ist eingespielt.",
        "Wir haben EDR auf allen Servern. Ohne EDR würde ich nicht schlafen.",
        "Never leave RDP open to the internet – we learned that the hard way.",
        "Shodan shows thousands of companies with RDP open to the internet; ours is not among them.",
        "Wir haben heute die offene Firewall-Ausnahme geschlossen.",

        // Computers off in an emergency plan, for maintenance or in a drill; ransom notes in general or in an exercise.
        "Im Ernstfall gilt bei uns: keinen Rechner einschalten, IT anrufen.",
        "Wegen der Wartung bitte bis auf Weiteres keinen Rechner einschalten, sagt unsere IT.",
        "Seit heute Morgen bitte keinen Rechner einschalten: Wir ziehen ins neue Gebäude um.",
        "In our drill, IT told us not to turn on any computers until further notice.",
        "If a screen shows a ransom note, call us right away.",
        "Gestern im Planspiel zeigten unsere Bildschirme eine Lösegeldforderung.",

        // Versions in a story told in the past, and relative clauses in general or about customers.
        "Damals lief bei uns noch Office 2010, Makros waren für alle erlaubt.",
        "Back then we still ran Windows 7 on the warehouse PCs.",
        "Eine Software, die auf Windows 10 läuft, ist nicht automatisch sicher.",
        "Bei unseren Kunden gibt es oft ERP-Software, die auf Oracle 11g läuft.",

        // Near misses of the password-only, device, vulnerability, exposure, typing and end-of-support rules.
        "A password alone is not enough – turn on MFA for your VPN.",
        "Nur ein Passwort reicht nicht: Aktiviert MFA für euer VPN.",
        "Our VPN no longer accepts only a password: MFA is on for every account.",
        "Kein Server läuft bei uns ohne EDR.",
        "If the servers run without EDR, attackers have it easy.",
        "Unsere Firewall ist nicht für CVE-2024-3400 anfällig, das haben wir geprüft.",
        "Many firewalls are still vulnerable to CVE-2024-3400.",
        "Our gateway was vulnerable to CVE-2023-4966 until we patched it in March.",
        "Wir haben RDP aus dem Internet nie freigegeben.",
        "We opened RDP to the internet for a vendor once and closed it a week later.",
        "As I type this, we're planning our phishing month.",
        "As I type this, our SOC is still in the tabletop exercise.",
        "Viele Lager nutzen noch Windows 7, obwohl es seit 2020 keinen Support mehr gibt.",
        "Windows 7 is out of support since 2020 – check the PCs at your site.",

        // Near misses of default passwords, flat networks, cleartext protocols and mail from the company's account.
        "Ändert immer das Standardpasswort, bevor ein Gerät ans Netz geht.",
        "Many IoT cameras still use the factory default password.",
        "Kein Gerät bei uns hat noch das Werkspasswort.",
        "We changed every default password on our scanners last year.",
        "If your router still has its default password, change it today.",
        "Seit Oktober hängen unsere Steuerungen nicht mehr im selben Netz wie die Büro-PCs.",
        "Our OT network is segmented from the office network.",
        "Früher hingen bei uns alle Anlagen im selben Netz wie die Büro-PCs.",
        "My phone is on the same network as my TV at home.",
        "Never send passwords in cleartext.",
        "Schickt Passwörter niemals im Klartext per Mail.",
        "We moved every carrier from plain FTP to SFTP in March.",
        "Our gateway no longer accepts plain FTP.",
        "Viele Partner nutzen noch FTP.",
        "Betrüger verschicken Mails, die aussehen, als kämen sie von unserer Adresse.",
        "Our newsletter goes out from our own domain every Friday.",
        "Unsere Rechnungen gehen ab Januar von unserem neuen Konto raus, wie genau, ist noch unklar.",
        "Kein Gerät in unserer Halle läuft ohne Anmeldung.",
        "Our canteen menu app works without a login, and that's fine.",
        "Steuerungen ohne Anmeldung sollten nie ans Büronetz.",

        // Near misses of the access and detection rules: the past, advice, others, reporting without a login, defences in place, privacy.
        "Our gateway no longer accepts Telnet.",
        "Früher haben sich bei uns alle mit einem Sammelkonto angemeldet, heute hat jeder ein eigenes Konto.",
        "Never let every driver use the same password.",
        "Shared accounts for all warehouse staff are a classic audit finding.",
        "Anonyme Meldungen sind bei uns ausdrücklich erwünscht: Jeder kann Phishing ohne Anmeldung melden.",
        "Anonymous users can read our careers page, of course.",
        "We switched off anonymous access on our old Jenkins last month.",
        "Our reset links expire after 15 minutes and work only once.",
        "Passwörter müssen bei uns nicht mehr alle 90 Tage ablaufen.",
        "Without DMARC, anyone can send mail in a company's name.",
        "Seit März haben wir SPF, DKIM und DMARC für alle unsere Domains.",
        "Unsere Fahrer-App speichert keine Protokolle über das Surfverhalten – Datenschutz geht vor.",
        "Our SIEM keeps the logs of every server for 400 days.",
        "Viele Firmen protokollieren nichts und merken Angriffe erst nach Monaten.",
    };

    // One sample per product the version rule knows, so its number trigger and its pattern stay in step.
    public static TheoryData<string> Products { get; } = new()
    {
        "Exchange 2013", "Exchange Server 2016", "Windows Server 2008 R2", "Windows SBS 2011", "Small Business Server 2011", "SQL Server 2012 SP4",
        "SharePoint 2013", "SharePoint Server 2016", "Office 2010", "MS Office 2013", "Skype for Business 2015", "Lync Server 2013", "Dynamics NAV 2018",
        "Visual Studio 2019", "Navision 2009", "PHP 5.6", "PHP-7.4", "Java 8", "Java SE 11", "JDK 17", "JRE 1.8", "Python 2.7", "Node.js 12", "NodeJS 14",
        "OpenSSL 1.0.2", "OpenSSH 7.4", "Log4j 2.14", "Apache HTTPD 2.4", "Apache Tomcat 9.0", "Apache Struts 2.3", "Apache HTTP Server 2.4.49",
        "Apache ActiveMQ 5.15", "Tomcat 8.5", "nginx 1.18", "nginx v1.18", "IIS 7.5", "httpd 2.4", "Citrix ADC 13.0", "Citrix NetScaler 12.1",
        "Citrix Gateway 13.1", "Citrix XenApp 7.15", "Citrix Virtual Apps 7", "NetScaler Gateway 13.0", "FortiOS 6.0", "FortiWeb 7.0", "PAN-OS 10.1",
        "SAP NetWeaver 7.4", "SAP ECC 6.0", "SAP ERP 6.0", "SAP HANA 2.0", "SAP Basis 7.5", "SAP Kernel 7.53", "NetWeaver 7.5", "S/4HANA 1909",
        "Oracle 11g", "Oracle Database 19c", "Oracle DB 12c", "Oracle WebLogic 12.2", "WebLogic 12.1", "WebSphere 8.5", "JBoss 7", "WildFly 10",
        "MySQL 5.7", "Postgres 9.6", "PostgreSQL 11", "MariaDB 10.3", "MongoDB 3.6", "Elasticsearch 6.8", "Kibana 7.10", "Redis 5", "Jenkins 2.150",
        "GitLab 13.12", "Confluence 7.13", "Confluence Server 7.4", "Jira 8.5", "Jira Server 8", "Bitbucket 7.6", "VMware ESXi 6.7", "VMware vCenter 6.5",
        "ESXi 6.5", "vCenter 7.0", "vSphere 6.7", "Pulse Secure 9.1", "MOVEit Transfer 2023.0", "WordPress 5.8", "Drupal 7", "Joomla 3.9", "TYPO3 9.5",
        "Magento 2.3", "Shopware 5.7", "Nextcloud 20", "ownCloud 10", "CentOS 7", "RHEL 7", "Red Hat 7", "Red Hat Enterprise Linux 7", "Ubuntu 16.04",
        "Debian 9", "SLES 12", "Cisco ASA 9.8", "Cisco IOS 15", "Cisco IOS XE 17.3", "Cisco AnyConnect 4.10", "Cisco ISE 3.1", "Cisco Firepower 6.6",
        "IOS XE 16.9", "SonicOS 6.5", "Junos 18.4", "Veeam 10", "Veeam Backup 11", "Zimbra 8.8", "Exim 4.92", "ProFTPD 1.3.5", "Samba 4.6",
        "OpenVPN 2.4", "Spring Boot 2.5", "Spring Framework 5.3", "SolarWinds Orion 2020.2", "TeamViewer 15", "Grafana 8.3", "Zabbix 5.0",
        "Windows 7", "Windows 8.1", "Windows 10", "Windows 2000", "Windows XP", "Windows Vista", "Windows NT 4.0", "Apache 2.4.49", "BIND 9.16",
        "ASA 9.8", "SAP 7.4", "Docker 19.03", "Kubernetes 1.20", "Version 7.4.2", "Release 2.3.1", "Build 1.2.3", "Patchlevel 7.4",
        "FortiClient 7.0", "FortiClient EMS 7.0", "FortiSwitch 7.2", "FortiSIEM 6.4", "FortiSandbox 4.0", "FortiAuthenticator 6.4", "GlobalProtect 5.1",
        "Citrix StoreFront 3.12", "Citrix ShareFile 5.11", "Pulse Connect Secure 9.1", "Ivanti 22.7", "Ivanti Connect Secure 22.7", "Ivanti Policy Secure 22.4",
        "Ivanti EPMM 11.10", "Ivanti Endpoint Manager 2022", "Ivanti Endpoint Manager Mobile 11.10", "Ivanti CSA 4.6", "Ivanti Sentry 9.18",
        "Cisco IOS XR 7.3", "Cisco NX-OS 9.3", "NX-OS 9.3", "Cisco Secure Client 5.0", "Cisco FTD 7.0", "IOS XR 7.3", "ScreenOS 6.3", "Fireware 12.5",
        "RouterOS 6.49", "ArubaOS 8.6", "Sophos UTM 9", "Sophos XG 18.0", "Sophos SFOS 19", "SFOS 19.0", "BIG-IP 16.1", "TMOS 15.1", "OPNsense 23.1",
        "pfSense 2.6", "Check Point R80.40", "Check Point Gaia R81.10", "Checkpoint R77",
    };

    [Theory]
    [MemberData(nameof(Products))]
    public void Every_known_product_with_a_version_is_found_when_it_runs_at_the_company(string product)
    {
        var draft = $"Bei uns läuft noch {product} in der Produktion.";

        var finding = Assert.Single(Engine.Check(draft).Findings);

        Assert.Equal("posture-software-version", finding.RuleId);
        Assert.Equal(product, draft.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [MemberData(nameof(Risky))]
    public void Details_that_help_attackers_are_reported(string draft, string ruleId, string covered)
    {
        var findings = Engine.Check(draft).Findings.Where(f => f.Category == FindingCategory.SecurityPosture).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(covered, draft.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [MemberData(nameof(Education))]
    public void Security_education_is_not_reported(string draft)
    {
        Assert.DoesNotContain(Engine.Check(draft).Findings, f => f.Category == FindingCategory.SecurityPosture);
    }

    [Theory]
    [InlineData("Wir werden gerade angegriffen.", Severity.Block, Verdict.Block)]
    [InlineData("Bei uns läuft noch Exchange 2013.", Severity.Warn, Verdict.Warn)]
    [InlineData("Wir haben kein MFA.", Severity.Warn, Verdict.Warn)]
    [InlineData("Unsere Firewall ist von Sophos.", Severity.Hint, Verdict.Ok)]
    public void Incidents_block_versions_and_gaps_warn_products_hint(string draft, Severity severity, Verdict verdict)
    {
        var result = Engine.Check(draft);

        Assert.Equal(severity, Assert.Single(result.Findings).Severity);
        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Messages_explain_that_attackers_read_along_in_both_languages()
    {
        foreach (var draft in new[] { "Bei uns läuft noch Exchange 2013.", "Wir werden gerade angegriffen.", "Wir haben kein MFA.", "Unsere Firewall ist von Sophos." })
        {
            var message = Assert.Single(Engine.Check(draft).Findings).Message;
            Assert.Contains("Attackers read LinkedIn too", message.En, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Angreifer lesen auf LinkedIn mit", message.De, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_sentence_left_before_a_pattern_runs_never_matches_it()
    {
        var drafts = Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "tests", "corpus", "drafts"), "*.txt").Select(File.ReadAllText);
        var samples = Risky.Select(row => row.Data.Item1).Concat(Education.Select(row => row.Data));
        var texts = drafts.Concat(samples)
            .SelectMany(text => Regex.Split(text, @"(?<=[.!?:])\s+|\n").Prepend(text))
            .Concat(["Wir haben\u00A0kein\tMFA.", "We have no\u00A0EDR.", "There is still no\u00A0MFA on the admin accounts.", "Our servers don’t have any backups."])
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();

        var (gated, leftOut, matched) = (0, 0, 0);
        foreach (var rule in PostureDetector.SentenceRules.Where(r => r.Requires is not null))
        {
            gated++;
            var linear = rule.Pattern.LinearEngine!;
            foreach (var text in texts)
            {
                var matches = linear.IsMatch(text);
                matched += matches ? 1 : 0;
                if (!rule.Requires!(text))
                {
                    leftOut++;
                    Assert.False(matches, $"{rule.Info.Id}: a sentence its test leaves out matches its pattern: {text}");
                }
            }
        }

        Assert.True(matched > 0);
        Figures.Report(output, string.Create(CultureInfo.InvariantCulture,
            $"security-posture: {gated} patterns run only on sentences with a word they need; over {texts.Count} texts that left out {leftOut} of {gated * texts.Count} runs, never one that matches ({matched} matched)"));
    }

    [Fact]
    public void Sample_tables_are_classified_as_labelled()
    {
        var found = Risky.Count(row => Engine.Check(row.Data.Item1).Findings.Any(f => f.RuleId == row.Data.Item2));
        var falseAlarms = Education.Count(row => Engine.Check(row.Data).Findings.Any(f => f.Category == FindingCategory.SecurityPosture));

        Figures.Report(output, $"security-posture: recall {(double)found / Risky.Count:0.00} on {Risky.Count} risky drafts, {falseAlarms} of {Education.Count} education drafts flagged");
        Assert.Equal((Risky.Count, 0), (found, falseAlarms));
    }
}
