namespace Herald.Guard.Tests.Confidential;

public sealed class TermMatchingTests
{
    private const string Policy = """
        confidential_terms:
          - term: Projekt Falke
            note: Übernahmeprojekt
          - Halcyon
          - Straßenbau Nord
          - Café Olé
        customers_under_nda: [Muster Bank, Müller Logistik, Shell]
        people_without_consent: [Erika Mustermann]
        """;

    private static readonly GuardEngine Engine = PolicyEngine.Create(Policy);

    private static readonly string[] TermRules = ["policy-confidential-term", "policy-nda-customer", "policy-person"];

    public static TheoryData<string, string, string> Matches => new()
    {
        // words, case, separators between the words of a term
        { "Wir starten bald mit Projekt Falke.", "Projekt Falke", "policy-confidential-term" },
        { "projekt falke läuft", "projekt falke", "policy-confidential-term" },
        { "PROJEKT FALKE!", "PROJEKT FALKE", "policy-confidential-term" },
        { "das Projekt-Falke-Team", "Projekt-Falke", "policy-confidential-term" },
        { "Ordner Projekt_Falke/", "Projekt_Falke", "policy-confidential-term" },
        { "Projekt\u00A0Falke", "Projekt\u00A0Falke", "policy-confidential-term" },
        { "im Projekt\nFalke haben wir", "Projekt\nFalke", "policy-confidential-term" },
        { "Projekt  Falke", "Projekt  Falke", "policy-confidential-term" },
        // hashtags and run-together compounds
        { "Stolz auf #ProjektFalke", "ProjektFalke", "policy-confidential-term" },
        { "#projektfalke #teamwork", "projektfalke", "policy-confidential-term" },
        { "Das Projektfalke-Board", "Projektfalke", "policy-confidential-term" },
        { "Launch von #halcyon", "halcyon", "policy-confidential-term" },
        { "Der HALCYON-Rollout beginnt", "HALCYON", "policy-confidential-term" },
        { "Repo halcyon_v2 ist live", "halcyon", "policy-confidential-term" },
        { "halcyon.v2 ist live", "halcyon", "policy-confidential-term" },
        { "Halcyon2027 kommt", "Halcyon", "policy-confidential-term" },
        { "#HalcyonLaunch heute", "Halcyon", "policy-confidential-term" },
        { "#HALCYONRollout heute", "HALCYON", "policy-confidential-term" },
        { "Halcyons Erfolg", "Halcyons", "policy-confidential-term" },
        { "Halcyon's launch", "Halcyon", "policy-confidential-term" },
        // Unicode: invisible characters, compatibility forms, umlaut spellings, accents
        { "Pro\u00ADjekt Falke", "Pro\u00ADjekt Falke", "policy-confidential-term" },
        { "Hal\u200Bcyon", "Hal\u200Bcyon", "policy-confidential-term" },
        { "Projekt\u200BFalke", "Projekt\u200BFalke", "policy-confidential-term" },
        { "\uFF28\uFF41\uFF4C\uFF43\uFF59\uFF4F\uFF4E ist da", "\uFF28\uFF41\uFF4C\uFF43\uFF59\uFF4F\uFF4E", "policy-confidential-term" },
        { "Ein Post in 𝐇𝐚𝐥𝐜𝐲𝐨𝐧 fett", "𝐇𝐚𝐥𝐜𝐲𝐨𝐧", "policy-confidential-term" },
        { "Strassenbau Nord", "Strassenbau Nord", "policy-confidential-term" },
        { "STRASSENBAU NORD", "STRASSENBAU NORD", "policy-confidential-term" },
        { "Cafe Ole", "Cafe Ole", "policy-confidential-term" },
        { "Cafe\u0301 Ole\u0301", "Cafe\u0301 Ole\u0301", "policy-confidential-term" },
        { "Danke an Mueller Logistik", "Mueller Logistik", "policy-nda-customer" },
        { "MÜLLER LOGISTIK", "MÜLLER LOGISTIK", "policy-nda-customer" },
        { "Mu\u0308ller Logistik", "Mu\u0308ller Logistik", "policy-nda-customer" },
        // customers and people
        { "Live bei der Muster Bank", "Muster Bank", "policy-nda-customer" },
        { "Workshop mit der Musterbank", "Musterbank", "policy-nda-customer" },
        { "Danke @MusterBank!", "MusterBank", "policy-nda-customer" },
        { "der Muster Banks Vorstand", "Muster Banks", "policy-nda-customer" },
        { "bei Shell in Hamburg", "Shell", "policy-nda-customer" },
        { "Danke, Erika Mustermann!", "Erika Mustermann", "policy-person" },
        { "mit erika mustermann", "erika mustermann", "policy-person" },
    };

    private static readonly GuardEngine InflectingEngine = PolicyEngine.Create("""
        customers_under_nda: [Hanseatische Kühlhaus GmbH, Neue Deutsche Werft]
        confidential_terms: [Blaupause 2027]
        """);

    // German adjectives in a customer's name take case endings; the name is still the customer.
    [Theory]
    [InlineData("Übung bei der Hanseatischen Kühlhaus GmbH", "Hanseatischen Kühlhaus GmbH")]
    [InlineData("Gast der Hanseatischen Kühlhaus GmbH", "Hanseatischen Kühlhaus GmbH")]
    [InlineData("Workshop with Hanseatische Kühlhaus GmbH", "Hanseatische Kühlhaus GmbH")]
    [InlineData("Führung durch die Halle der Neuen Deutschen Werft", "Neuen Deutschen Werft")]
    [InlineData("ein Tag beim Neuen Deutschen Werft-Team", "Neuen Deutschen Werft")]
    public void Inflected_adjective_in_a_customer_name_is_found(string text, string matched)
    {
        var finding = Assert.Single(InflectingEngine.Find(text, "policy-nda-customer"));

        Assert.Equal(matched, text.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [InlineData("Die hanseatische Art: erst denken, dann reden.")]
    [InlineData("Ein Kühlhaus in Hamburg, eine GmbH aus Kiel.")]
    [InlineData("Die Neuen Deutschen Welle-Hits im Radio")]
    [InlineData("Hanseatischer Kühlhausverband tagt in Bremen")]
    public void Only_the_whole_name_with_an_adjective_ending_counts(string text)
    {
        Assert.Empty(InflectingEngine.Find(text, "policy-nda-customer"));
    }

    private static readonly GuardEngine ShortFormEngine = PolicyEngine.Create("""
        customers_under_nda: [Vesterby Shipping, Castellan Motors GmbH, Meridian Pharma, Nordwerft Kiel]
        """);

    // A customer named without its legal form or sector, written as a name.
    [Theory]
    [InlineData("We just finished onboarding Vesterby's Baltic feeder services.", "Vesterby")]
    [InlineData("Das Castellan-Team war diese Woche bei uns im Lager.", "Castellan")]
    [InlineData("Big thanks to the team at Meridian for the smooth go-live.", "Meridian")]
    [InlineData("Thanks to Vesterby Shipping for the great week!", "Vesterby Shipping")]
    public void Customer_named_without_its_legal_form_or_sector_is_found(string text, string matched)
    {
        var finding = Assert.Single(ShortFormEngine.Find(text, "policy-nda-customer"));

        Assert.Equal(matched, text.Substring(finding.Offset, finding.Length));
    }

    private static readonly GuardEngine TownEngine = PolicyEngine.Create("""
        confidential_terms:
          - term: Project Lighthouse
        customers_under_nda: [Nordwerft Kiel, Hafenbau Bremen, Vesterby Shipping, Alpenmolkerei Sonnhof]
        """);

    // A customer named after its town with the town's adjective first, and a project word in the other language.
    [Theory]
    [InlineData("Bei der Kieler Nordwerft waren wir zwei Tage vor Ort.", "policy-nda-customer", "Kieler Nordwerft")]
    [InlineData("Danke an das Team der Bremer Hafenbau für die Geduld!", "policy-nda-customer", "Bremer Hafenbau")]
    [InlineData("Seit einem halben Jahr arbeite ich im Projekt Lighthouse.", "policy-confidential-term", "Projekt Lighthouse")]
    [InlineData("Ein Jahr #ProjektLighthouse – was für eine Reise.", "policy-confidential-term", "ProjektLighthouse")]
    [InlineData("Wir fahren für die Molkerei Sonnhof im Allgäu Frischeprodukte.", "policy-nda-customer", "Molkerei Sonnhof")]
    public void Customer_with_its_town_first_and_a_translated_project_word_are_found(string text, string ruleId, string matched)
    {
        var finding = Assert.Single(TownEngine.Find(text, ruleId));

        Assert.Equal(matched, text.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [InlineData("Die Kieler Woche war auch dieses Jahr großartig.")]
    [InlineData("Bremer Stadtmusikanten und Hafenbau-Geschichte: ein Ausflug.")]
    [InlineData("Our lighthouse project for the new depot is the solar roof.")]
    [InlineData("Die Molkerei im Dorf liefert Milch an den Sonnhof.")]
    public void Town_adjectives_and_project_words_alone_are_not_flagged(string text)
    {
        Assert.Empty(TownEngine.Find(text, "policy-nda-customer"));
        Assert.Empty(TownEngine.Find(text, "policy-confidential-term"));
    }

    // The short form as an ordinary word or another person's name, in German running text (every noun is capitalised there, so
    // „Muster und Bank“ is no sign of "Muster Bank"), and names without a legal form or sector word, which have no short form.
    [Theory]
    [InlineData("We crossed the prime meridian on our way to Greenwich.")]
    [InlineData("Kiel ist im Winter wunderschön.")]
    [InlineData("Die Nordwerft-Führung war toll, leider ohne Fotos.")]
    [InlineData("Der Auftrag von Meridian kam gestern rein.")]
    [InlineData("Thomas Castellan's talk was the best of the day.")]
    public void Ordinary_words_that_are_short_forms_of_customers_are_not_flagged(string text)
    {
        Assert.Empty(ShortFormEngine.Find(text, "policy-nda-customer"));
    }

    private static readonly GuardEngine QuotedPartEngine = PolicyEngine.Create("""
        confidential_terms:
          - term: Projekt Nordstern
          - term: Project Lighthouse
        """);

    // The name part of a multi-word term in quotation marks after the project word.
    [Theory]
    [InlineData("Dieses Jahr habe ich im Projekt „Nordstern“ gearbeitet.", "Projekt „Nordstern")]
    [InlineData("I spent the spring on Project \"Lighthouse\" with the portal team.", "Project \"Lighthouse")]
    public void A_term_whose_name_part_is_quoted_is_found(string text, string matched)
    {
        var finding = Assert.Single(QuotedPartEngine.Find(text, "policy-confidential-term"));

        Assert.Equal(matched, text.Substring(finding.Offset, finding.Length));
    }

    // A quotation mark joins only after a space and right before the word: not across a comma, not a closing mark.
    [Theory]
    [InlineData("Ich mag das Projekt, „Nordstern“ heißt übrigens auch eine Kneipe bei uns.")]
    [InlineData("Our lighthouse project\" \"Lighthouse\" is also a song.")]
    [InlineData("Das war ein Projekt. „Nordstern“ ist ein Stern am Himmel.")]
    public void A_quotation_mark_does_not_join_words_across_punctuation(string text)
    {
        Assert.Empty(QuotedPartEngine.Find(text, "policy-confidential-term"));
    }

    private static readonly GuardEngine PluralEngine = PolicyEngine.Create("""
        confidential_terms:
          - term: KRANICH
            note: Pilot mit Inventur-Drohnen im Lager
          - term: FALCON
            note: Pilot of the new scanner fleet
        """);

    // A one-word code name is the ordinary word in a draft that also uses its plural; with a name sign it still counts.
    [Theory]
    [InlineData("Über dem Vorfeld ziehen Kraniche, und am Leitwerk prangt der berühmte Kranich.", 0)]
    [InlineData("Two falcons nest on our warehouse roof, and the falcon is faster than any drone.", 0)]
    [InlineData("KRANICH startet im Januar, und am Himmel sah ich heute zwei Kraniche.", 1)]
    [InlineData("Project Falcon starts in January; we also watched two falcons over the yard.", 1)]
    [InlineData("Der Kranich zählt jetzt die Paletten im Lager.", 1)]
    [InlineData("Our falcon counts the pallets now.", 1)]
    [InlineData("Falcons Zählung stimmt, und Falcon läuft stabil.", 2)]
    public void A_code_name_whose_plural_the_draft_uses_is_the_ordinary_word(string text, int findings)
    {
        Assert.Equal(findings, PluralEngine.Find(text, "policy-confidential-term").Count);
    }

    [Fact]
    public void A_number_after_a_word_ending_in_e_is_no_adjective_agreement()
    {
        Assert.Empty(InflectingEngine.Find("Die Blaupausen 2027 liegen im Archiv.", "policy-confidential-term"));
        Assert.Single(InflectingEngine.Find("Die Blaupause 2027 liegt im Archiv.", "policy-confidential-term"));
    }

    [Theory]
    [MemberData(nameof(Matches))]
    public void Term_is_found(string text, string matched, string ruleId)
    {
        var finding = Assert.Single(Engine.Find(text, TermRules));

        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(matched, finding.Matched(text));
    }

    [Theory]
    [InlineData("Der Falke fliegt über das Projekt.")]
    [InlineData("Das Projekt. Falke ist ein Vogel.")]
    [InlineData("Projekt, Falke")]
    [InlineData("Hal-cyon")]
    [InlineData("Halcyonic days")]
    [InlineData("HalcyonRollout in plain text is not split at CamelCase")]
    [InlineData("Musterbanking")]
    [InlineData("Muster und Bank")]
    [InlineData("Mit PowerShell automatisieren")]
    [InlineData("Shellcode und Shellshock")]
    [InlineData("Erika und Max Mustermann")]
    [InlineData("Strassenbau Nordsee")]
    public void Text_that_only_resembles_a_term_is_not_flagged(string text)
    {
        Assert.Empty(Engine.Find(text, TermRules));
    }

    [Theory]
    [InlineData("Falke", true)]
    [InlineData("Der Falke-Tower", true)]
    [InlineData("Falkenberg", false)]
    [InlineData("Falken", false)]
    [InlineData("Turmfalke", false)]
    public void Word_boundaries_decide_whether_a_term_matches(string text, bool flagged)
    {
        var engine = PolicyEngine.Create("confidential_terms: [Falke]");

        Assert.Equal(flagged, engine.Find(text, "policy-confidential-term").Count == 1);
    }

    [Theory]
    [InlineData("Bob's talk", "Bob")]
    [InlineData("mit BOB.", "BOB")]
    [InlineData("Ticket EX-42 erledigt", "EX-42")]
    [InlineData("Ticket EX42 erledigt", "EX42")]
    [InlineData("Der Q3 Plan steht", "Q3 Plan")]
    [InlineData("#Q3Plan", "Q3Plan")]
    [InlineData("Öko-Falke", "Öko-Falke")]
    [InlineData("OEKO FALKE", "OEKO FALKE")]
    [InlineData("O\u0308ko Falke", "O\u0308ko Falke")]
    public void Short_and_non_ascii_terms_are_found(string text, string matched)
    {
        var engine = PolicyEngine.Create("confidential_terms: [Bob, EX 42, Q3 Plan, Öko Falke]");

        Assert.Equal(matched, Assert.Single(engine.Find(text)).Matched(text));
    }

    [Theory]
    [InlineData("#HalcyonXLLOUT", "Halcyon")]
    [InlineData("#HalcyonLLOUT", "Halcyon LLOUT")]
    [InlineData("Halcyon2XLLOUT", "Halcyon")]
    public void Match_never_starts_in_the_middle_of_a_word_after_another_match(string text, string matches)
    {
        var engine = PolicyEngine.Create("confidential_terms: [Halcyon, Llout]");

        Assert.Equal(matches.Split(' '), engine.Find(text).Select(f => f.Matched(text)));
    }

    [Theory]
    [InlineData("Bobby")]
    [InlineData("EX-420")]
    [InlineData("Q3 Planung")]
    public void Short_terms_respect_word_boundaries(string text)
    {
        var engine = PolicyEngine.Create("confidential_terms: [Bob, EX 42, Q3 Plan]");

        Assert.Empty(engine.Find(text));
    }

    [Fact]
    public void Code_name_blocks_with_its_note_in_both_languages_and_no_replacement()
    {
        var result = Engine.Check("Wir starten mit Projekt Falke.");

        Assert.Equal(Verdict.Block, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingCategory.Confidential, finding.Category);
        Assert.Contains("Übernahmeprojekt", finding.Message.En, StringComparison.Ordinal);
        Assert.Contains("Übernahmeprojekt", finding.Message.De, StringComparison.Ordinal);
        Assert.Contains("Projekt Falke", finding.Message.De, StringComparison.Ordinal);
        Assert.Null(finding.Replacement);
        Assert.Contains("Projekt Falke", finding.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Customer_under_nda_blocks()
    {
        var finding = Assert.Single(Engine.Check("Heute zu Gast bei der Muster Bank.").Findings);

        Assert.Equal((Severity.Block, FindingCategory.Confidential), (finding.Severity, finding.Category));
        Assert.Contains("non-disclosure", finding.Message.En, StringComparison.Ordinal);
        Assert.Contains("Geheimhaltungsvereinbarung", finding.Message.De, StringComparison.Ordinal);
    }

    // "Last, First" as address books and attendee lists write a person; the surname alone or with another first name is not the person.
    [Theory]
    [InlineData("Erforderlich: Petersen, Ole; Mustermann, Erika; Demir, Can", "Mustermann, Erika")]
    [InlineData("Required attendees: Mustermann,Erika and the night shift", "Mustermann,Erika")]
    public void Person_in_last_first_order_is_found(string text, string matched)
    {
        var finding = Assert.Single(Engine.Find(text, "policy-person"));

        Assert.Equal(matched, text.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [InlineData("Mustermann, Max und die anderen kamen auch.")]
    [InlineData("Frau Mustermann, die neue Kollegin, begrüßte uns.")]
    [InlineData("Mustermann, Erikas Nachbar, war auch da.")]
    public void Surname_with_another_first_name_or_none_is_not_the_person(string text)
    {
        Assert.Empty(Engine.Find(text, "policy-person"));
    }

    [Fact]
    public void Person_without_consent_warns_as_personal_data_and_is_masked_in_the_excerpt()
    {
        var result = Engine.Check("Danke an Erika Mustermann für den Vortrag!");

        Assert.Equal(Verdict.Warn, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("policy-person", FindingCategory.PersonalData, Severity.Warn), (finding.RuleId, finding.Category, finding.Severity));
        Assert.Equal("This person did not agree to be named in public; ask them first or leave the name out.", finding.Message.En);
        Assert.Contains("frag sie zuerst oder lass den Namen weg", finding.Message.De, StringComparison.Ordinal);
        Assert.DoesNotContain("Erika Mustermann", finding.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_occurrence_is_reported_with_its_position()
    {
        const string text = "Halcyon hier,\nund #Halcyon dort: HALCYON-Rollout.";

        var findings = Engine.Find(text, "policy-confidential-term");

        Assert.Equal([(1, 1), (2, 6), (2, 20)], findings.Select(f => (f.Line, f.Column)));
    }

    [Fact]
    public void Longest_term_wins_where_terms_overlap()
    {
        var engine = PolicyEngine.Create("confidential_terms: [Muster, Muster Bank Nord]\ncustomers_under_nda: [Muster Bank]");

        const string text = "Muster Bank Nord, Muster Bank und Muster.";
        var findings = engine.Find(text);

        Assert.Equal(["Muster Bank Nord", "Muster Bank", "Muster"], findings.Select(f => f.Matched(text)));
        Assert.Equal(["policy-confidential-term", "policy-nda-customer", "policy-confidential-term"], findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Name_on_two_lists_is_reported_by_the_more_severe_one()
    {
        var engine = PolicyEngine.Create("customers_under_nda: [Erika Mustermann]\npeople_without_consent: [Erika Mustermann]");

        Assert.Equal("policy-nda-customer", Assert.Single(engine.Find("Mit Erika Mustermann")).RuleId);
    }

    [Fact]
    public void Long_repetitive_text_is_scanned_to_the_end()
    {
        var engine = PolicyEngine.Create("confidential_terms: [aaaa aaaa aaaa aaaa b, Halcyon]");
        var text = string.Concat(Enumerable.Repeat("aaaa ", 20_000)) + "Halcyon";

        var finding = Assert.Single(engine.Find(text));

        Assert.Equal(text.Length - 7, finding.Offset);
    }
}
