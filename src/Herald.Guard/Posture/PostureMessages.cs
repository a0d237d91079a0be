namespace Herald.Guard.Posture;

/// <summary>The messages of the security-posture check.</summary>
internal static class PostureMessages
{
    public static LocalizedText SoftwareVersion { get; } = new(
        "This names software and its version at your company. Attackers read LinkedIn too and look up known weaknesses for exactly such versions — speak in general terms instead, for example \"an older mail server\".",
        "Hier stehen Software und Version, die bei euch laufen. Angreifer lesen auf LinkedIn mit und suchen gezielt nach Schwachstellen genau dieser Versionen — formuliere es allgemeiner, etwa „ein älterer Mailserver“.");

    public static LocalizedText Incident { get; } = new(
        "This sounds like an ongoing security incident at your company. Attackers read LinkedIn too, and public details can disturb the response — leave it out until the incident is closed and your company has spoken officially.",
        "Das klingt nach einem laufenden Sicherheitsvorfall bei euch. Angreifer lesen auf LinkedIn mit, und öffentliche Details können die Aufarbeitung stören — lass es weg, bis der Vorfall abgeschlossen ist und dein Unternehmen sich offiziell geäußert hat.");

    public static LocalizedText DefenceGap { get; } = new(
        "This describes a gap in your company's defences. Attackers read LinkedIn too and look for exactly such gaps — speak in general terms instead, for example \"many companies still lack MFA\".",
        "Das beschreibt eine Lücke in eurer Abwehr. Angreifer lesen auf LinkedIn mit und suchen genau nach solchen Lücken — formuliere es allgemeiner, etwa „viele Unternehmen haben noch kein MFA“.");

    public static LocalizedText DefenceProduct { get; } = new(
        "This names a product in your company's defences. Usually harmless, but attackers read LinkedIn too and collect such details — consider speaking in general terms.",
        "Hier steht, welches Produkt eure Abwehr nutzt. Meist harmlos, aber Angreifer lesen auf LinkedIn mit und sammeln solche Details — überleg, ob es auch allgemeiner geht.");

    public static LocalizedText DefenceOff { get; } = new(
        "This says a protection is switched off on your company's systems. Attackers read LinkedIn too and look for exactly such gaps — leave out what is off where, or tell the story once it is on again.",
        "Hier steht, dass bei euch ein Schutz abgeschaltet ist. Angreifer lesen auf LinkedIn mit und suchen genau nach solchen Lücken — lass weg, was wo abgeschaltet ist, oder erzähl die Geschichte, wenn er wieder läuft.");

    public static LocalizedText Unpatched { get; } = new(
        "This says a system at your company is still missing security fixes. Attackers read LinkedIn too and look for exactly such targets — share it once the fix is in, and without naming the system.",
        "Hier steht, dass einem System bei euch noch Sicherheitsupdates fehlen. Angreifer lesen auf LinkedIn mit und suchen genau solche Ziele — erzähl es, wenn das Update eingespielt ist, und ohne das System zu nennen.");

    public static LocalizedText ExposedService { get; } = new(
        "This says a service of your company can be reached from the internet or a firewall exception is open. Attackers read LinkedIn too and scan for exactly that — leave out the details.",
        "Hier steht, dass bei euch ein Dienst aus dem Internet erreichbar oder eine Firewall-Ausnahme offen ist. Angreifer lesen auf LinkedIn mit und suchen genau danach — lass die Details weg.");

    public static LocalizedText DefaultPassword { get; } = new(
        "This says devices at your company still use their maker's default password. Attackers read LinkedIn too and try exactly such passwords — leave it out, and tell the story once the passwords are changed.",
        "Hier steht, dass Geräte bei euch noch das Standardpasswort des Herstellers nutzen. Angreifer lesen auf LinkedIn mit und probieren genau solche Passwörter aus — lass es weg und erzähl die Geschichte, wenn die Passwörter geändert sind.");

    public static LocalizedText FlatNetwork { get; } = new(
        "This says parts of your company's network are not separated from each other. Attackers read LinkedIn too and use exactly that to move from one system to the next — leave out what is connected to what.",
        "Hier steht, dass Teile eures Netzes nicht voneinander getrennt sind. Angreifer lesen auf LinkedIn mit und nutzen genau das, um sich von System zu System zu bewegen — lass weg, was womit verbunden ist.");

    public static LocalizedText Cleartext { get; } = new(
        "This says a service at your company sends passwords or data unencrypted. Attackers read LinkedIn too and listen for exactly that — leave out the service and the protocol until it is switched over.",
        "Hier steht, dass ein Dienst bei euch Passwörter oder Daten unverschlüsselt überträgt. Angreifer lesen auf LinkedIn mit und lauschen genau darauf — lass Dienst und Protokoll weg, bis umgestellt ist.");
}
