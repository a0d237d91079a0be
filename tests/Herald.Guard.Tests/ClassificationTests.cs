using Herald.Testing;

namespace Herald.Guard.Tests;

public sealed class ClassificationTests(ITestOutputHelper output)
{
    private static readonly GuardEngine Engine = GuardEngine.Create(new GuardSetup());

    // Draft, rule that must report, the marked text it must cover.
    public static TheoryData<string, string, string> Markings { get; } = new()
    {
        { "Heute beim Aufräumen gefunden:\nVS-NfD\nNetzplan der Außenstelle, Stand 2019", "classification-vs-nfd", "VS-NfD" },
        { "Das Handout (VS-NfD) liegt mir noch vor, hier die wichtigsten Punkte:", "classification-vs-nfd", "VS-NfD" },
        { "VS—NfD: Auszug aus dem Lagebericht der Behörde", "classification-vs-nfd", "VS—NfD" },
        { "VS NfD – Lagebild Ost", "classification-vs-nfd", "VS NfD" },
        { "VS – Nur für den Dienstgebrauch\nAlarmierungsplan Rechenzentrum", "classification-vs-nfd", "VS – Nur für den Dienstgebrauch" },
        { "VS-NUR FÜR DEN DIENSTGEBRAUCH\nLagebericht Q3", "classification-vs-nfd", "VS-NUR FÜR DEN DIENSTGEBRAUCH" },
        { "Nur für den Dienstgebrauch – Auszug aus dem Notfallhandbuch unserer Behörde.", "classification-vs-nfd", "Nur für den Dienstgebrauch" },
        { "VS-Vertraulich – Lagebild KRITIS, Seite 2", "classification-vs-vertraulich", "VS-Vertraulich" },
        { "GEHEIM\nEinsatzplanung Standort Nord", "classification-secret", "GEHEIM" },
        { "STRENG GEHEIM: Roadmap 2027 für unsere Plattform", "classification-secret", "STRENG GEHEIM" },
        { "TOP SECRET – board briefing on the merger", "classification-secret", "TOP SECRET" },
        { "STRENG VERTRAULICH – Vorstandsvorlage Sicherheitsbudget", "classification-strictly-confidential", "STRENG VERTRAULICH" },
        { "Auszug aus der Präsentation [Streng vertraulich]: unsere Pläne für 2026", "classification-strictly-confidential", "Streng vertraulich" },
        { "Strictly Confidential\nBoard deck, security budget 2026", "classification-strictly-confidential", "Strictly Confidential" },
        { "Slide 4 of our board deck, STRICTLY CONFIDENTIAL, shows where the money goes.", "classification-strictly-confidential", "STRICTLY CONFIDENTIAL" },
        { "VERTRAULICH\nQ3-Pipeline: 14 neue Deals im Security-Vertrieb", "classification-confidential", "VERTRAULICH" },
        { "Diese Folie ist VERTRAULICH, aber die Grafik ist zu gut, um sie nicht zu teilen.", "classification-confidential", "VERTRAULICH" },
        { "Vertraulich: die neuen Zahlen aus dem Vertrieb", "classification-confidential", "Vertraulich" },
        { "Einstufung: vertraulich\nProjektstatus: grün, Go-live im März", "classification-confidential", "vertraulich" },
        { "Geheimhaltungsstufe: vertraulich", "classification-confidential", "vertraulich" },
        { "(vertraulich) Ein Blick auf unsere neue Netzarchitektur", "classification-confidential", "vertraulich" },
        { "CONFIDENTIAL INFORMATION – DO NOT FORWARD", "classification-confidential", "CONFIDENTIAL" },
        { "CONFIDENTIAL – do not distribute\nOur 2026 security roadmap in one picture", "classification-confidential", "CONFIDENTIAL" },
        { "Classification: Confidential\nProject status: green", "classification-confidential", "Confidential" },
        { "Company Confidential\nPage 3 of the customer workshop", "classification-confidential", "Company Confidential" },
        { "Page 3 | Confidential", "classification-confidential", "Confidential" },
        { "Private & Confidential – offer letter draft", "classification-confidential", "Private & Confidential" },
        { "🔒 Confidential\nHere is what our pentest found.", "classification-confidential", "Confidential" },
        { "For internal use only\nOur incident response playbook, step 1: breathe.", "classification-internal", "For internal use only" },
        { "Sharing a slide from today's all-hands (internal use only, but too good not to share):", "classification-internal", "internal use only" },
        { "Nur für den internen Gebrauch – Schulungsfolie Phishing", "classification-internal", "Nur für den internen Gebrauch" },
        { "Die Vorlage ist nur zur internen Verwendung gedacht, aber ich zeige euch Seite 2.", "classification-internal", "nur zur internen Verwendung" },
        { "NUR INTERN\nProtokoll Abteilungsmeeting", "classification-internal", "NUR INTERN" },
        { "Nur intern: Protokoll des Abteilungsmeetings vom Dienstag", "classification-internal", "Nur intern" },
        { "Aus dem Protokoll. Nur intern: die neuen Zahlen aus dem Vertrieb", "classification-internal", "Nur intern" },
        { "Internal only: the draft of our security roadmap", "classification-internal", "Internal only" },
        { "Slide title, internal only: our new network zones", "classification-internal", "internal only" },
        { "INTERNAL ONLY – security roadmap draft", "classification-internal", "INTERNAL ONLY" },
        { "RESTRICTED\nNetwork diagram v3", "classification-restricted", "RESTRICTED" },
        { "Classification: Restricted", "classification-restricted", "Restricted" },
        { "TLP:RED – Indikatoren aus dem CERT-Verbund, bitte prüft eure Logs:", "classification-tlp-red", "TLP:RED" },
        { "Got this TLP: RED report from our ISAC this morning, here are the IOCs:", "classification-tlp-red", "TLP: RED" },
        { "TLP:AMBER+STRICT\nIOC list from our partner CERT", "classification-tlp-amber", "TLP:AMBER+STRICT" },
        { "Quick share from the ISAC (TLP:AMBER): a new phishing kit targets banks.", "classification-tlp-amber", "TLP:AMBER" },
        { "VS-NfD\nWas das bedeutet, erkläre ich unten.", "classification-vs-nfd", "VS-NfD" },
        { "STRICTLY CONFIDENTIAL – BOARD ONLY\nOur five-year plan on one slide", "classification-strictly-confidential", "STRICTLY CONFIDENTIAL" },

        // The subject line of a mail the post reproduces carries its marking.
        { "Hier die Mail, wie sie bei mir ankam:\nBetreff: VERTRAULICH: Ergebnisbericht Audit 2026\n„Sehr geehrte Damen und Herren …“", "classification-confidential", "VERTRAULICH" },
        { "Here is the mail as it arrived:\nSubject: CONFIDENTIAL: audit results 2026", "classification-confidential", "CONFIDENTIAL" },

        // A quoted marking on a document the post says it quotes from.
        { "Ich teile heute einen Absatz aus dem Lagebericht, Kopfzeile „VS – Nur für den Dienstgebrauch“, der mich nachdenklich gemacht hat:", "classification-vs-nfd", "VS – Nur für den Dienstgebrauch" },
        { "Quoting a section of the advisory, marked \"STRICTLY CONFIDENTIAL\", because everyone should read it:", "classification-strictly-confidential", "STRICTLY CONFIDENTIAL" },

        // A quoted marking on something the post shows (photo, slide, screenshot, stamp …) is what can be seen there.
        { "Hier ein Foto vom Whiteboard nach dem Workshop, oben rechts „STRENG VERTRAULICH“.", "classification-strictly-confidential", "STRENG VERTRAULICH" },
        { "Auf meinem Screenshot sieht man den Aufkleber „VS-NfD“ auf dem Laptop.", "classification-vs-nfd", "VS-NfD" },
        { "Die Fußzeile auf jeder Folie: „Vertraulich – nur für den Vorstand“.", "classification-confidential", "Vertraulich" },
        { "[Bildbeschreibung: Ordner im Regal, auf dem Rücken „nur für den internen Gebrauch“]", "classification-internal", "nur für den internen Gebrauch" },
        { "In the picture you can spot the cover page, marked 'Confidential – do not distribute'.", "classification-confidential", "Confidential" },
        { "Our booth photo came out great – the sticker on my laptop says \"For internal use only\".", "classification-internal", "For internal use only" },
        { "Slide 7: \"TLP:AMBER\" in the header, but the chart is too good not to share.", "classification-tlp-amber", "TLP:AMBER" },
        { "The \"CONFIDENTIAL\" stamp on this slide is from 2019, but still.", "classification-confidential", "CONFIDENTIAL" },
        { "Auf dem Screenshot seht ihr die Rundmail mit dem Betreff „[NUR FÜR DEN INTERNEN GEBRAUCH] Standortplanung 2027“.", "classification-internal", "NUR FÜR DEN INTERNEN GEBRAUCH" },
        { "On my screenshot you can see the subject line \"[CONFIDENTIAL] Q4 board pack\".", "classification-confidential", "CONFIDENTIAL" },
        { "The advisory I'm pasting here:\n\"TLP:AMBER+STRICT — Recipients may share this only within their own organisation. Actor uses stolen VPN credentials.\"", "classification-tlp-amber", "TLP:AMBER+STRICT" },
        { "Aus dem Lagebericht: „VERTRAULICH – Die Angreifer nutzen gestohlene Zugänge. Betroffen sind zwei Terminals im Hafen.“", "classification-confidential", "VERTRAULICH" },
        { "TLP: AMBER + STRICT\nIndicators for the port campaign", "classification-tlp-amber", "TLP: AMBER + STRICT" },
        { "TLP-RED: names of the affected terminals", "classification-tlp-red", "TLP-RED" },
        { "[INTERNAL] Rollout plan for the new scanners", "classification-internal", "[INTERNAL]" },
        { "[Intern] Umzug des Rechenzentrums – Zeitplan und Ansprechpartner", "classification-internal", "[Intern]" },

        // A banner on a described screenshot, and a particular passage the sentence introduces with a colon.
        { "At the top, Outlook shows the yellow banner \"Sensitivity: Confidential\", and then:", "classification-confidential", "Confidential" },
        { "Oben in der Mail steht das Banner „Vertraulich“ – hier der Text:", "classification-confidential", "Vertraulich" },
        { "Oben auf jeder Seite steht in Rot „NUR FÜR DEN INTERNEN GEBRAUCH“, aber dieser Absatz ist zu schön, um ihn in der Schublade zu lassen:", "classification-internal", "NUR FÜR DEN INTERNEN GEBRAUCH" },
        { "The report is marked \"CONFIDENTIAL\" on every page, but this paragraph deserves an audience:", "classification-confidential", "CONFIDENTIAL" },

        // Markings on binders and spines in a photo, a slide header naming the circle, a sensitivity label as a field.
        { "Im Regal stehen die Ordner mit der Aufschrift „VS-NfD – Notfallplan Zentrallager“.", "classification-vs-nfd", "VS-NfD" },
        { "On the shelf behind me, the binder spines read \"STRICTLY CONFIDENTIAL – Site security plan\".", "classification-strictly-confidential", "STRICTLY CONFIDENTIAL" },
        { "Slide header: \"INTERNAL – Board only | Site strategy 2027\"", "classification-internal", "INTERNAL – Board only" },
        { "Kopfzeile der Folie: „INTERN – NUR VORSTAND | Standortstrategie“", "classification-internal", "INTERN – NUR VORSTAND" },
        { "Vertraulichkeitsbezeichnung: Vertraulich \\ Nur Empfänger", "classification-confidential", "Vertraulich" },

        // A marking named in prose for a document whose content the post passes on.
        { "Der Bericht ist als vertraulich gekennzeichnet, aber hier sind die drei wichtigsten Befunde:", "classification-confidential", "vertraulich" },
        { "The audit report is classified as strictly confidential, but here are its three key findings:", "classification-strictly-confidential", "strictly confidential" },

        // What every page of a document says, quoted.
        { "Die Unterlagen haben 140 Seiten, und unten auf jeder Seite steht: „VERTRAULICH – nur für den Empfänger bestimmt“.", "classification-confidential", "VERTRAULICH" },
        { "The tender has 80 pages, and at the bottom of every page it says \"CONFIDENTIAL – for the recipient only\".", "classification-confidential", "CONFIDENTIAL" },

        // A marking in a file name whose content the post passes on, and internal with what the reader may not do with it.
        { "Die Datei heißt „Lagebild_Q4_STRENG_VERTRAULICH.pptx“, und ich fasse euch die Kernpunkte hier zusammen:", "classification-strictly-confidential", "_STRENG_VERTRAULICH" },
        { "The deck is called \"Roadmap_2027_STRICTLY_CONFIDENTIAL.pdf\", and here are its three key points:", "classification-strictly-confidential", "_STRICTLY_CONFIDENTIAL" },
        { "Gestern kam diese Nachricht:\n\nINTERN – nicht zur Weitergabe an Dritte\nDas Werk in Kiel schließt im Sommer.", "classification-internal", "INTERN – nicht zur Weitergabe an Dritte" },
        { "This came in yesterday:\n\nINTERNAL – not for distribution\nThe Kiel site closes in summer.", "classification-internal", "INTERNAL – not for distribution" },
    };

    // Ordinary words, explanations and shareable levels: nothing to report.
    public static TheoryData<string> Ordinary { get; } = new()
    {
        "Vertraulichkeit ist ein Schutzziel – neben Integrität und Verfügbarkeit.",
        "Vertrauliche Gespräche sind wichtig, gerade in der Security.",
        "Confidentiality, integrity and availability: the CIA triad explained in 3 minutes.",
        "Treat this confidentially – or better: don't write it down at all.",
        "Was bedeutet VS-NfD eigentlich? Ein kurzer Thread.",
        "VS-NfD steht für „Verschlusssache – Nur für den Dienstgebrauch“.",
        "Was ist der Unterschied zwischen VS-NfD und GEHEIM?",
        "Das Traffic Light Protocol kennt vier Stufen: TLP:RED, TLP:AMBER, TLP:GREEN und TLP:CLEAR.",
        "TLP:RED, TLP:AMBER, TLP:GREEN, TLP:CLEAR – who can share what?",
        "TLP:RED means: for the eyes of the people in the room only.",
        "Die TLP-Stufen auf einen Blick:\n🔴 TLP:RED – nur für die Anwesenden.\n🟠 TLP:AMBER – nur die eigene Organisation.\n🟢 TLP:GREEN – die Community.",
        "A cheat sheet for new analysts:\nTLP:RED – people in the room\nTLP:AMBER – your organisation\nTLP:CLEAR – the world",
        "Achtung, Phishing! So sehen die Köder-Mails aus:\nBetreff: VERTRAULICH: Ihre offene Rechnung",
        "Scam alert – watch for mails like this one:\nSubject: CONFIDENTIAL: your payroll update",
        "Ich teile keinen Absatz aus Dokumenten mit „VS-NfD“, auch wenn er spannend ist.",
        "TLP:GREEN – feel free to share this with your community.",
        "TLP:CLEAR: our public advisory on the new phishing campaign.",
        "TLP:WHITE advisories can be shared freely.",
        "Your application will be treated strictly confidential.",
        "Alle Bewerbungen werden streng vertraulich behandelt.",
        "Passwörter müssen geheim bleiben – auch vor der Chefin.",
        "Das bleibt unter uns, ganz vertraulich 😉",
        "Vertraulich behandeln wir alle Meldungen an unser CERT.",
        "Restricted admin mode in RDP is underrated.",
        "In restricted environments, USB sticks are blocked by default.",
        "Confidential computing protects data while it is in use.",
        "CONFIDENTIAL COMPUTING IST DIE ZUKUNFT",
        "We signed an NDA, so I can't name the customer – but here is what we learned.",
        "Leider unter NDA, daher keine Namen. Aber die Lektion ist universell.",
        "Unser Tool ist nur intern im Einsatz.",
        "Ihr fragt, warum ich das hier poste statt nur intern: Weil Phishing nicht an der Bürotür aufhört.",
        "Das Wissen gehört nach draußen und nicht nur intern: Jeder kann davon lernen.",
        "Wir teilen das öffentlich, nicht internal only: security is a team sport.",
        "I share this here rather than internal only: attackers don't read our wiki either.",
        "The beta is internal only for now, public release in spring.",
        "Ein „VERTRAULICH“-Stempel schützt noch kein Dokument.",
        "Why a footer saying \"Internal use only\" protects nothing.",
        "Mein Rezept für gute Awareness-Trainings bleibt geheim.",
        "Geheimtipp: MFA überall aktivieren!",
        "The internal use of AI tools only works with clear rules.",
        "Drei Worte für gute Führung: vertraulich, ehrlich, nahbar.",
        "Secret sauce of every SOC: coffee.",
        "Kurzer Reminder: VS-NfD-Dokumente gehören nicht in die Cloud.",
        "Die VSA regelt den Umgang mit VS-NfD.",
        "Endlich geschafft: unsere Laptops sind für VS-NfD zugelassen!",
        "Habt ihr schon mal ein Dokument mit \"VS-NfD\" auf dem Tisch liegen lassen?",
        "What does TOP SECRET actually mean in NATO terms?",
        "Der Betreff lautet oft VERTRAULICH, um Druck aufzubauen.",
        "A classic lure: a mail with CONFIDENTIAL in the subject line.",

        // Things a marking is seen on, but in general, in an explanation or not as a label.
        "Ein Foto mit „VS-NfD“ im Hintergrund kann schon zu viel verraten.",
        "Fotos mit „VERTRAULICH“-Stempel gehören nicht ins Netz.",
        "Was bedeutet eigentlich der Stempel „VS-NfD“ auf Behördendokumenten?",
        "Auf der Folie steht, dass wir Kundendaten vertraulich behandeln.",
        "Before you post a photo, check whether \"CONFIDENTIAL\" shows up on any screen behind you.",
        "On this slide I explain the labels \"Confidential\" and \"Internal use only\".",
        "The footer of our template says \"Confidential computing made easy\".",
        "Why a stamp saying \"TOP SECRET\" makes every document more interesting.",
        "The \"CONFIDENTIAL\" stamp is the most ignored thing in any office.",
        "Der „VERTRAULICH“-Stempel allein schützt gar nichts.",
        "Phishing-Mails mit dem Betreff „[VERTRAULICH] Gehaltsliste 2027“ landen gerade massenhaft in Postfächern.",
        "Auf dem Screenshot seht ihr eine Phishing-Mail mit dem Betreff „VERTRAULICH: Ihre Gehaltsabrechnung“.",
        "A classic lure: a mail with CONFIDENTIAL in the subject line.",
        "The scam mail read: \"CONFIDENTIAL: Please transfer €40,000 today. Do not discuss this with anyone in the office.\"",
        "The national CERT published the report under TLP:CLEAR, so I can share it.",
        "TLP:GREEN means: share within your community. TLP:WHITE was renamed to TLP:CLEAR.",
        "Our interns [intern = Praktikant] did a great job this summer.",
        "A banner saying \"Confidential\" does not protect anything by itself.",
        "Dieser Absatz erklärt, was „VERTRAULICH“ bei uns bedeutet:",
        "I won't quote this paragraph, the report is marked \"CONFIDENTIAL\":",
        "This paragraph is about the label \"Confidential\" – read on.",

        // Near misses: a marked document whose content stays out, advice on marking, prose that looks like a header, the field explained.
        "Das Lagebild ist als streng vertraulich eingestuft, deshalb zeige ich nichts daraus.",
        "Our audit report is marked confidential, so I won't share any of it.",
        "Vertrauliche Dokumente sollten als vertraulich gekennzeichnet werden – hier sind drei Tipps:",
        "Our internal – and only – goal is safety.",
        "Die Vertraulichkeitsbezeichnung hilft, vertrauliche Mails zu schützen.",

        // Advice on marking pages, an e-mail disclaimer's boilerplate and a film title.
        "Schreibt auf jede Seite „VERTRAULICH“, wenn ihr Angebote verschickt.",
        "\"This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please delete this message.\"",
        "Every time I read one of those endless disclaimers, I think of L.A. Confidential: lots of drama, and the secrets come out anyway.",

        // Near misses: a marked file whose content stays out, a marking word joined into a code name, advice on distribution.
        "Die Datei heißt „Lagebild_STRENG_VERTRAULICH.pptx“, deshalb zeige ich nichts daraus.",
        "Our template sets is_strictly_confidential = true for board decks, and here is why:",
        "Intern nicht zur Weitergabe gedachte Dokumente gehören nicht in den Papierkorb.",
    };

    [Theory]
    [MemberData(nameof(Markings))]
    public void Marking_used_as_a_label_is_reported(string draft, string ruleId, string marked)
    {
        var result = Engine.Check(draft);

        var finding = Assert.Single(result.Findings, f => f.Category == FindingCategory.Classification);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(marked, draft.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_words_and_explanations_are_not_reported(string draft)
    {
        var result = Engine.Check(draft);

        Assert.DoesNotContain(result.Findings, f => f.Category == FindingCategory.Classification);
    }

    [Theory]
    [InlineData("VS-NfD\nLagebild", Severity.Block)]
    [InlineData("STRENG VERTRAULICH", Severity.Block)]
    [InlineData("GEHEIM", Severity.Block)]
    [InlineData("Strictly confidential:", Severity.Block)]
    [InlineData("CONFIDENTIAL", Severity.Block)]
    [InlineData("TLP:RED", Severity.Block)]
    [InlineData("For internal use only", Severity.Warn)]
    [InlineData("RESTRICTED", Severity.Warn)]
    [InlineData("TLP:AMBER", Severity.Warn)]
    [InlineData("TLP:AMBER+STRICT", Severity.Warn)]
    public void Secret_material_blocks_and_internal_material_warns(string draft, Severity severity)
    {
        var finding = Assert.Single(Engine.Check(draft).Findings);

        Assert.Equal(severity, finding.Severity);
    }

    [Fact]
    public void Marking_message_is_kind_and_in_both_languages()
    {
        var finding = Assert.Single(Engine.Check("STRENG VERTRAULICH\nVorstandsvorlage").Findings);

        Assert.StartsWith("This looks like a document marking.", finding.Message.En, StringComparison.Ordinal);
        Assert.StartsWith("Das sieht nach einer Kennzeichnung", finding.Message.De, StringComparison.Ordinal);
        Assert.Equal("STRENG VERTRAULICH", finding.Excerpt);
    }

    [Fact]
    public void Marking_shown_on_a_photo_says_so_in_both_languages()
    {
        var finding = Assert.Single(Engine.Check("Auf dem Foto ist der Stempel „VS-NfD“ gut zu sehen.").Findings);

        Assert.Equal(Severity.Block, finding.Severity);
        Assert.StartsWith("What you describe here", finding.Message.En, StringComparison.Ordinal);
        Assert.StartsWith("Auf dem, was du hier beschreibst", finding.Message.De, StringComparison.Ordinal);
        Assert.DoesNotContain("quotes", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_marking_in_a_draft_is_reported_once()
    {
        var result = Engine.Check("STRENG VERTRAULICH\nText\nTLP:RED\nText\nfor internal use only");

        Assert.Equal(["classification-strictly-confidential", "classification-tlp-red", "classification-internal"], result.Findings.Select(f => f.RuleId));
        Assert.Equal(Verdict.Block, result.Verdict);
    }

    [Fact]
    public void Sample_tables_are_classified_as_labelled()
    {
        var found = Markings.Count(row => Engine.Check(row.Data.Item1).Findings.Any(f => f.Category == FindingCategory.Classification));
        var falseAlarms = Ordinary.Count(row => Engine.Check(row.Data).Findings.Any(f => f.Category == FindingCategory.Classification));

        Figures.Report(output, $"classification: recall {(double)found / Markings.Count:0.00} on {Markings.Count} marked drafts, {falseAlarms} of {Ordinary.Count} ordinary drafts flagged");
        Assert.Equal(Markings.Count, found);
        Assert.Equal(0, falseAlarms);
    }
}
