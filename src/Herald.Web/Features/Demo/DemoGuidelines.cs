namespace Herald.Web.Features.Demo;

/// <summary>The demo company's guidelines: trust first, with green, amber and red examples.</summary>
internal static class DemoGuidelines
{
    public const string Markdown = """
        ---
        findings:
          secret: zugangsdaten
          personal-data: daten-anderer
          confidential: vertrauliches
          classification: einstufungen
          insider: ruhephase
          security-posture: sicherheitslage
        ---

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

        Herald weist dich privat darauf hin, wenn ein Entwurf etwas davon enthält – und sagt dir, wie du es änderst.

        ### Zugangsdaten und Tokens {#zugangsdaten}

        Passwörter, API-Schlüssel, Tokens und Verbindungszeichenfolgen gehören nie in einen Beitrag, auch nicht
        in einem Screenshot. Wer sie liest, kann sie nutzen. Ist doch einmal etwas veröffentlicht: Tausch es sofort aus.

        ### Daten anderer Menschen {#daten-anderer}

        Telefonnummern, E-Mail-Adressen, Konto- und Kartennummern von Kolleg:innen oder Kund:innen teilst du nicht.
        Namen nur, wenn die Person einverstanden ist.

        ### Interne Namen, Kunden und Systeme {#vertrauliches}

        Projekte mit Codenamen, Kunden unter NDA, interne Hostnamen, URLs, IP-Adressen und Ticketnummern bleiben im Haus.
        Erzähl die Geschichte ohne sie – „ein Kunde aus der Logistik“ reicht.

        ### Eingestufte Dokumente {#einstufungen}

        Was als VS-NfD, „Streng vertraulich“, „Nur für den internen Gebrauch“ oder TLP:RED markiert ist, wird nicht
        gepostet – auch nicht als Ausschnitt oder Foto.

        ### Zahlen in der Ruhephase {#ruhephase}

        Vor den Quartals- und Jahresberichten sprechen wir nicht über Umsatz, Aufträge oder Prognosen.
        Nach der Veröffentlichung darfst du die öffentlichen Zahlen gern teilen.

        ### Details zu unserer Sicherheitslage {#sicherheitslage}

        Laufende Sicherheitsvorfälle, veraltete Versionen oder Lücken in unseren Systemen helfen Angreifern.
        Teile die Lehre daraus, wenn der Vorfall abgeschlossen und freigegeben ist.

        ## Wenn du unsicher bist

        Frag Herald („Kann ich das posten?“) oder deinen Buddy. Niemand sieht deine Entwürfe außer dir.
        """;
}
