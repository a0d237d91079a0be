namespace Herald.Guard.Tests.PersonalData;

public sealed class PersonalDataRulesTests
{
    private static readonly GuardEngine Engine = GuardEngine.Create(new GuardSetup());

    /// <summary>
    /// Every personal-data rule with the texts it must find (<c>expected</c>, several joined by " | ")
    /// or, for a trap, <c>null</c>: then no personal-data finding of any rule may appear.
    /// </summary>
    public static TheoryData<string, string, string?> Samples => new()
    {
        // whole drafts as people post them
        { "personal-phone", "🎉 Wir stellen ein! Fragen zur Stelle beantwortet euch unsere Recruiterin Lea gern direkt: 0176 12345678. Bewerbungen bitte an karriere@beispiel-ag.de. #Hiring #CyberSecurity", "0176 12345678" },
        { "personal-email", "Danke an @Jonas Weber für den starken Vortrag auf der it-sa! Wer die Folien möchte: jonas.weber@beispiel-ag.de 🙌", "jonas.weber@beispiel-ag.de" },
        { "personal-iban", "Spendenaktion fürs Tierheim 🐾 Wer mitmachen will: IBAN DE89 3704 0044 0532 0130 00 (Konto meiner Nachbarin).", "DE89 3704 0044 0532 0130 00" },
        { "personal-phone", "Nach 3 Jahren, 1.200 Phishing-Simulationen und 98,5 % Meldequote: Danke, Team! 🚀 Meldet Verdachtsfälle an security@beispiel-ag.de oder an die kostenlose Hotline 0800 1234567. Stand: 01.12.2026, Version 2.4.1", null },
        { "personal-phone", "Patched CVE-2024-3094 within 48h. Build 2026.12.01-rc1, commit 9f86d081, ticket SEC-20451. Reach our SOC at soc@beispiel-ag.de or +49 800 1234567 (toll-free).", null },
        { "personal-phone", "Unser Awareness-Monat in Zahlen: 4.500 Teilnehmende, 12 Standorte, 0 Klicks auf den Test-Link am 14.10. um 09:30 Uhr. Hash des Berichts: 3f786850e387550fdab836ed7e6dc881de23001b, ID 550e8400-e29b-41d4-a716-446655440000.", null },

        // e-mail addresses
        { "personal-email", "Schreibt mir gern an jana.schmidt@beispiel-ag.de, ich freue mich!", "jana.schmidt@beispiel-ag.de" },
        { "personal-email", "Questions? Reach out to Tom.O-Neil+linkedin@mail.beispiel-ag.co.uk.", "Tom.O-Neil+linkedin@mail.beispiel-ag.co.uk" },
        { "personal-email", "Kontakt: (m.yilmaz@beispiel-ag.de)", "m.yilmaz@beispiel-ag.de" },
        { "personal-email", "mailto:j.weber@xn--mller-kva.de", "j.weber@xn--mller-kva.de" },
        { "personal-email", "Presseanfragen an presse@beispiel-ag.de, alles andere an jonas@beispiel-ag.de", "jonas@beispiel-ag.de" },
        { "personal-email", "Bewerbungen an Bewerbung@beispiel-ag.de oder direkt an die Teamleitung", null },
        { "personal-email", "Meldet Schwachstellen bitte an security@beispiel-ag.de oder PSIRT@beispiel-ag.de.", null },
        { "personal-email", "Fragen zum Datenschutz: datenschutz@beispiel-ag.de, Jobs: karriere@beispiel-ag.de", null },
        { "personal-email", "Absender war no-reply@beispiel-ag.de, also eine Phishing-Mail mit gefälschtem Absender.", null },
        { "personal-email", "Im Beispiel nutzen wir alice@example.com und bob@mail.example.org.", null },
        { "personal-email", "Testkonto admin.test@firma.test, Fallback ops@dev.invalid, local@host.example", null },
        { "personal-email", "Beispieladresse max.mustermann@example.de im Formular", null },
        { "personal-email", "Folgt mir im Fediverse: @jana@chaos.social", null },
        { "personal-email", "Treffen @ 10 Uhr im Foyer, danke @Jana Schmidt!", null },
        { "personal-email", "my email is info@presidio. and nothing else", null },
        { "personal-email", "Unsere Adressen folgen dem Schema vorname.nachname@beispiel-ag.de (z. B. max.mustermann@beispiel-ag.de).", null },
        { "personal-email", "Schon maskiert: j***n@beispiel-ag.de und jo•••@beispiel-ag.de", null },
        { "personal-email", "Logo: icon@2x.png, Remote: git@github.com:herald/guard.git", null },
        { "personal-email", "Connection: postgres://admin:S3cret@db.beispiel-ag.de:5432/app", null },

        // the author's own address, recognised by the name the author introduces, and others' addresses next to it
        { "personal-email", "Ich bin Nils Hartmann aus dem SOC. Wer mit mir sprechen möchte: nils.hartmann@beispiel-ag.de", null },
        { "personal-email", "I'm Jörg Müller, and you can reach me at joerg.mueller@beispiel-ag.de or j.mueller@beispiel-ag.de.", null },
        { "personal-email", "Mein Name ist Lea Brandt – schreibt mir an lea [at] beispiel-ag [dot] de", null },
        { "personal-email", "Ich bin Nils Hartmann. Fragen beantwortet meine Kollegin: anna.berg@beispiel-ag.de", "anna.berg@beispiel-ag.de" },
        { "personal-email", "I'm new here. Reach Nils Hartmann at nils.hartmann@beispiel-ag.de", "nils.hartmann@beispiel-ag.de" },

        // phone numbers
        { "personal-phone", "Ruft mich gern an: +49 151 23456789.", "+49 151 23456789" },
        { "personal-phone", "Mobil 0151/23456789 (auch WhatsApp)", "0151/23456789" },
        { "personal-phone", "Büro: (030) 1234567", "(030) 1234567" },
        { "personal-phone", "London office: +44 20 7946 0958", "+44 20 7946 0958" },
        { "personal-phone", "Aus dem Ausland: 0049 151 23456789", "0049 151 23456789" },
        { "personal-phone", "Tel.: +49 (0)89 1234567-12", "+49 (0)89 1234567-12" },
        { "personal-phone", "Unsere neue Kollegin erreicht ihr unter 0171 1234567 – sagt hallo!", "0171 1234567" },
        { "personal-phone", "US team: (415) 555-0132", "(415) 555-0132" },
        { "personal-phone", "Rückruf an 030 1234567-Zentrale", "030 1234567" },
        { "personal-phone", "Erreichbar unter 030 1234567 / 0171 1234567 nach 18 Uhr", "030 1234567 | 0171 1234567" },
        { "personal-phone", "Private Nummer meiner Kollegin: 0171 1234567", "0171 1234567" },
        { "personal-phone", "Ich bin die Carla aus der Lohnbuchhaltung, meine Handynummer ist 0171 1234567.", null },
        { "personal-phone", "Questions about the run? My mobile is +49 151 23456789.", null },
        { "personal-phone", "Meine Kollegin Jana, ihre Handynummer ist 0171 1234567.", "0171 1234567" },
        { "personal-phone", "Unsere Steuerberaterin erreicht ihr unter 030 1234567.", "030 1234567" },
        { "personal-phone", "Building a community? Call me: +49 30 1234567", "+49 30 1234567" },
        { "personal-phone", "Unvollständige Klammer (030 1234567", "030 1234567" },
        { "personal-phone", "Notruf 110 oder 112, Hilfetelefon 116 116.", null },
        { "personal-phone", "Kostenlose Hotline: 0800 1234567 oder +49 800 1234567", null },
        { "personal-phone", "Service-Nummer 0180 5 123456 (14 ct/min), Premium 0900 1234567", null },
        { "personal-phone", "Der Release ist am 2026-12-01, also am 01.12.2026 ab 08:30 Uhr.", null },
        { "personal-phone", "Deadline 03.04.2025 und 01/12/2026, Termin 01-12-2026.", null },
        { "personal-phone", "Update auf .NET SDK 10.0.401 und Version 0.10.401 eingespielt.", null },
        { "personal-phone", "Der Server 010.000.000.001 und 192.168.100.200 antworten nicht.", null },
        { "personal-phone", "Nur 1.299,00 € statt 0,99 € pro Tag – 2026 wird günstig, 12.500.000 Nutzer.", null },
        { "personal-phone", "Buchtipp: ISBN 0-306-40615-2, sehr lesenswert.", null },
        { "personal-phone", "Meine Bestellnummer 0123456789 ist noch offen, Ticket 0301234567 auch.", null },
        { "personal-phone", "Trace 123e4567-e89b-12d3-a456-426614174000 und 01234567-0123-0123-0123-012345678901", null },
        { "personal-phone", "SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", null },
        { "personal-phone", "https://beispiel-ag.de/posts/01512345678 und ?id=0301234567", null },
        { "personal-phone", "SSN 054-28-6917 is fake anyway", null },
        { "personal-phone", "Wir treffen uns in der Musterstraße 0896 69", null },

        // IBANs
        { "personal-iban", "Überweis es bitte an DE89 3704 0044 0532 0130 00, danke!", "DE89 3704 0044 0532 0130 00" },
        { "personal-iban", "IBAN: DE89370400440532013000", "DE89370400440532013000" },
        { "personal-iban", "UK account GB29 NWBK 6016 1331 9268 19", "GB29 NWBK 6016 1331 9268 19" },
        { "personal-iban", "Konto in Wien: AT61 1904 3002 3457 3201.", "AT61 1904 3002 3457 3201" },
        { "personal-iban", "Swiss: CH93-0076-2011-6238-5295-7", "CH93-0076-2011-6238-5295-7" },
        { "personal-iban", "Falsche Prüfziffer: DE89 3704 0044 0532 0130 01", null },
        { "personal-iban", "Unsere einzige Bankverbindung steht auf jeder unserer Rechnungen und im Impressum:\nIBAN DE89 3704 0044 0532 0130 00", null },
        { "personal-iban", "Our official bank details, printed on all our invoices: GB29 NWBK 6016 1331 9268 19", null },
        { "personal-iban", "Die IBAN habe ich von der Rechnung meines Nachbarn abgeschrieben: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00" },
        { "personal-iban", "Zu kurz: DE89 3704 0044 0532 0130", null },
        { "personal-iban", "Gemischt: GI75 aWBK 0000 0000 7099 453", null },
        { "personal-iban", "Kein Land: XX89 3704 0044 0532 0130 00", null },

        // the registry's and textbooks' example IBANs, presented as examples; the same number given as someone's account
        { "personal-iban", "Die bekannteste Beispiel-IBAN aus den Lehrbüchern: DE89 3704 0044 0532 0130 00 – sie gehört niemandem.", null },
        { "personal-iban", "The textbook example GB29 NWBK 6016 1331 9268 19 shows up in every IBAN tutorial.", null },
        { "personal-iban", "Zum Beispiel an mich: DE89 3704 0044 0532 0130 00, danke!", "DE89 3704 0044 0532 0130 00" },

        // payment cards
        { "payment-card", "Karte 4532 0151 1283 0366 gültig bis 12/27", "4532 0151 1283 0366" },
        { "payment-card", "MC 5457-6238-9104-7157", "5457-6238-9104-7157" },
        { "payment-card", "MC 2-series 2223004182769348", "2223004182769348" },
        { "payment-card", "Amex 3782 822463 18735", "3782 822463 18735" },
        { "payment-card", "Discover 6011 5576 2301 9844", "6011 5576 2301 9844" },
        { "payment-card", "JCB 3566 0048 2719 0432", "3566 0048 2719 0432" },
        { "payment-card", "Diners 36227206271832", "36227206271832" },
        { "payment-card", "Maestro 6759 6498 2643 8453", "6759 6498 2643 8453" },
        { "payment-card", "UnionPay 6200 0047 2918 3654", "6200 0047 2918 3654" },
        { "payment-card", "Luhn falsch: 4111 1111 1111 1112", null },
        { "payment-card", "Kein Herausgeber: 9111 1111 1111 1115", null },
        { "payment-card", "Nur die letzten Ziffern: •••• 1111", null },
        { "payment-card", "Tracking 4111111111111111abc und v4111.1111.1111.1111", null },
        { "payment-card", "IBAN DE89 3704 0044 0532 0130 00, Karte 4532 0151 1283 0366", "4532 0151 1283 0366" },

        // Digits of an IBAN-shaped token, valid or not, are no card number.
        { "payment-card", "Bitte überweisen Sie auf DE47 4111 1111 1111 1111 00.", null },
        { "payment-card", "Neue Bankverbindung: DE47 4111111111111111 00", null },
        { "payment-card", "Eine Ziffer fehlt: DE10 2598 8000 5092 8917 2", null },
        { "payment-card", "Please send it to AT12 5555 5555 5555 4444, thanks!", null },
        { "payment-card", "Too long for the UK: GB33 BUKB 5555 5555 5555 4444", null },

        // Written in unusual forms: en dashes and a trunk 0 in parentheses, addresses spelled out against harvesters.
        { "personal-phone", "Am schnellsten erreichst du ihn unter +49 (0) 171 – 39 200 57, auch am Wochenende.", "+49 (0) 171 – 39 200 57" },
        { "personal-phone", "Handy: 0171–3920057", "0171–3920057" },

        // company lines labelled as such; a mobile or a person's extension stays personal
        { "personal-phone", "📞 Pressetelefon: 030 1234567 (werktags 8–18 Uhr)", null },
        { "personal-phone", "Switchboard: +49 30 1234567", null },
        { "personal-phone", "Presse: 0171 1234567 (Jana, mobil)", "0171 1234567" },
        { "personal-phone", "Durchwahl Jana: 030 1234567", "030 1234567" },
        { "personal-phone", "• Unsere Zentrale unter 040 / 66969-100, wenn ihr nicht wisst, wen ihr anrufen sollt.", null },
        { "personal-phone", "Our switchboard at +49 30 1234567 puts you through.", null },
        { "personal-phone", "Ich bin unter 030 1234567 erreichbar, die Zentrale kennt mich auch.", "030 1234567" },
        { "personal-phone", "The hotline team's Jana is at 030 1234567 if you need her.", "030 1234567" },
        { "personal-phone", "Von 2019–2023 und täglich 10–15 Uhr geöffnet.", null },
        { "personal-email", "Drop her a line at lena.vogt79 [at] gmx [dot] de and mention this post.", "lena.vogt79 [at] gmx [dot] de" },
        { "personal-email", "Kontakt: j.meier(at)firma-beispiel.de", "j.meier(at)firma-beispiel.de" },
        { "personal-email", "Schreib ihm: tom_h at posteo dot de", "tom_h at posteo dot de" },
        { "personal-email", "Privat: jana.k {at} mailbox (dot) org", "jana.k {at} mailbox (dot) org" },
        { "personal-email", "Look at heise dot de for the full story.", null },
        { "personal-email", "Meet us at example.com's booth, or at booth 3.", null },
        { "personal-email", "Meldet Phishing an security [at] brennholt [dot] de.", null },
        { "personal-email", "Platzhalter: max.mustermann(at)example.com", null },

        // Role and reporting addresses are published to be written to.
        { "personal-email", "phishing@verbraucherzentrale.nrw sammelt solche Fälle.", null },
        { "personal-email", "Schreib an meldestelle@polizei-beispiel.de oder cert@bund-beispiel.de.", null },
        { "personal-email", "Reports go to security-team@firma-beispiel.de and abuse@provider-beispiel.net.", null },
        { "personal-email", "Fragen an datenschutz@firma-beispiel.de, soc@firma-beispiel.de oder noreply@firma-beispiel.de? Nein, an jonas.petersen@firma-beispiel.de.", "jonas.petersen@firma-beispiel.de" },

        // Payment providers' published test cards belong to no one; a real card in the same form does.
        { "payment-card", "Payment providers document the test card 4242 4242 4242 4242 for developers.", null },
        { "payment-card", "Stripe: 4000 0566 5566 5556, Mastercard 5555 5555 5555 4444, Visa 4111 1111 1111 1111.", null },
        { "payment-card", "She gave us her card on the phone — 5339-3704-5052-8557, exp 09/28.", "5339-3704-5052-8557" },

        // Published donation and organisation accounts are not a person's account.
        { "personal-iban", "Der Verein veröffentlicht sein Spendenkonto:\nHafenkinder Hamburg e. V., IBAN DE89 3704 0044 0532 0130 00", null },
        { "personal-iban", "Please donate: GB29 NWBK 6016 1331 9268 19", null },
        { "personal-iban", "Brennholt Logistik AG · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX", null },
        { "personal-iban", "Jana hat mir ihre IBAN geschickt: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00" },

        // VAT IDs are public company data, not a person's tax ID.
        { "de-tax-id", "USt-IdNr. DE123456789, Umsatzsteuer-ID DE 318 204 577", null },

        // German tax IDs
        { "de-tax-id", "Meine Steuer-ID ist 86095742719.", "86095742719" },
        { "de-tax-id", "IdNr. 86 095 742 719 (aus dem Brief vom BZSt)", "86 095 742 719" },
        { "de-tax-id", "Steuer-ID 11213456783", "11213456783" },
        { "de-tax-id", "Prüfziffer falsch: 86095742718", null },
        { "de-tax-id", "Drei gleiche Ziffern hintereinander: 11123456786", null },
        { "de-tax-id", "Keine Ziffer doppelt: 12345678903", null },
        { "de-tax-id", "Steuer-ID mit führender Null: 02345678901", null },
        { "de-tax-id", "Zu lang: 860957427190", null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Personal_data_rule_finds_its_samples_and_spares_its_traps(string rule, string text, string? expected)
    {
        var findings = Engine.Check(text).Findings.Where(f => f.Category == FindingCategory.PersonalData).ToList();

        if (expected is null)
        {
            Assert.True(findings.Count == 0, $"{rule}: unexpected {string.Join(", ", findings.Select(f => $"{f.RuleId} '{text.Substring(f.Offset, f.Length)}'"))}");
            return;
        }

        var own = findings.Where(f => f.RuleId == rule).Select(f => text.Substring(f.Offset, f.Length));
        Assert.Equal(expected.Split(" | "), own);
    }

    [Fact]
    public void Personal_data_findings_are_explained_in_both_languages_and_redacted()
    {
        var text = "Ruft mich an: 0151 23456789, IBAN DE89 3704 0044 0532 0130 00";

        var result = Engine.Check(text);

        Assert.Equal(Verdict.Block, result.Verdict);
        Assert.Collection(
            result.Findings,
            phone =>
            {
                Assert.Equal(("personal-phone", Severity.Warn), (phone.RuleId, phone.Severity));
                Assert.DoesNotContain("23456789", phone.Excerpt, StringComparison.Ordinal);
            },
            iban =>
            {
                Assert.Equal(("personal-iban", Severity.Block), (iban.RuleId, iban.Severity));
                Assert.DoesNotContain("0532 0130", iban.Excerpt, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(iban.Message.En));
                Assert.False(string.IsNullOrWhiteSpace(iban.Message.De));
            });
    }

    [Fact]
    public void Allowed_contact_address_from_the_policy_is_not_flagged()
    {
        var engine = GuardEngine.Create(new GuardSetup { Policy = new Herald.Guard.Policy.GuardPolicy { Allow = ["jana.schmidt@beispiel-ag.de"] } });

        Assert.True(engine.Check("Fragen an jana.schmidt@beispiel-ag.de").IsGoodToGo);
    }

    [Fact]
    public void Random_and_pathological_number_text_is_checked_without_error()
    {
        // Fragments that sit on the scanners' edges: separators, parentheses, '@', letters next to digits.
        const string Alphabet = "0123456789012345 +-./()@xXDEa.\n\u00A0,:";
        var random = new Random(20260601);
        var buffer = new char[64];
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(1, buffer.Length);
            for (var j = 0; j < length; j++)
            {
                buffer[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            _ = Engine.Check(new string(buffer, 0, length));
        }

        string[] pathological =
        [
            new string('7', 100_000),
            string.Concat(Enumerable.Repeat("0151 ", 20_000)),
            string.Concat(Enumerable.Repeat("4111-", 20_000)),
            string.Concat(Enumerable.Repeat("a@", 50_000)),
            new string('a', 100_000) + "@" + string.Concat(Enumerable.Repeat("b.", 50_000)) + "de",
            string.Concat(Enumerable.Repeat("DE89 ", 20_000)),
            string.Concat(Enumerable.Repeat("(0", 30_000)),
            "+" + string.Concat(Enumerable.Repeat("1 / ", 30_000)),
        ];
        foreach (var text in pathological)
        {
            Assert.NotNull(Engine.Check(text));
        }
    }
}
