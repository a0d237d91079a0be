namespace Herald.Web.Features.Demo;

/// <summary>The demo company's guidelines: trust first, with green, amber and red examples.</summary>
internal static class DemoGuidelines
{
    public const string Markdown = """
        # Unsere Leitlinien für Cyber-Security Experts

        Wir vertrauen dir. Du kennst dein Fachgebiet, und du weißt, wie man mit Menschen spricht.
        Diese Leitlinien helfen dir, dein Wissen sicher zu teilen – sie sind kein Verbotskatalog.

        ## Grün: teile gern

        - Was du gelernt hast: ein Konferenzvortrag, ein gutes Buch, ein Aha-Moment.
        - Allgemeine Tipps: Phishing erkennen, Passwortmanager, Updates.
        - Öffentliche Nachrichten von Nordwind, zum Beispiel von nordwind-logistik.example.

        ## Gelb: kurz nachdenken

        - Fotos aus dem Büro: Was ist im Hintergrund zu sehen (Whiteboard, Bildschirm, Ausweis)?
        - Namen von Kolleg:innen: nur, wenn sie einverstanden sind.
        - Zahlen und Kunden: nur, was bereits öffentlich ist.

        ## Rot: bitte nie

        - Zugangsdaten, Tokens, interne Hostnamen, IP-Adressen und Ticketnummern.
        - Projekte mit Codenamen und Kunden unter NDA.
        - Geschäftszahlen in der Ruhephase vor den Quartalsberichten.
        - Details zu laufenden Sicherheitsvorfällen.

        ## Wenn du unsicher bist

        Frag Herald („Kann ich das posten?“) oder deinen Buddy. Niemand sieht deine Entwürfe außer dir.
        """;
}
