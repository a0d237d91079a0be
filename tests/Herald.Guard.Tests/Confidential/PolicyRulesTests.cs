using Herald.Guard.Policy;

namespace Herald.Guard.Tests.Confidential;

public sealed class PolicyRulesTests
{
    private const string Policy = """
        organization:
          public_domains: [example.de]
          internal_domains: [corp.example.de]
        confidential_terms: [Falke]
        allow: [presse@example.de, status.corp.example.de, Falke-Straße]
        rules:
          - id: example-ticket
            pattern: "EX-[0-9]{4,}"
            severity: warn
            message: Interne Ticketnummern verraten, wie wir arbeiten.
          - id: badge-number
            pattern: "(?i)ausweis(?:nummer)?:?\\s*[0-9]{6}"
            severity: block
          - id: tip
            pattern: "\\bENTWURF\\b"
            severity: hint
            message: Reminder.
        """;

    private static readonly GuardEngine Engine = PolicyEngine.Create(Policy);

    [Fact]
    public void Custom_rule_reports_with_its_own_id_severity_and_words()
    {
        const string text = "Details stehen in EX-12345.";

        var finding = Assert.Single(Engine.Find(text));

        Assert.Equal(("example-ticket", FindingCategory.Confidential, Severity.Warn), (finding.RuleId, finding.Category, finding.Severity));
        Assert.Equal("EX-12345", finding.Matched(text));
        Assert.EndsWith("Interne Ticketnummern verraten, wie wir arbeiten.", finding.Message.En, StringComparison.Ordinal);
        Assert.EndsWith("Interne Ticketnummern verraten, wie wir arbeiten.", finding.Message.De, StringComparison.Ordinal);
        Assert.StartsWith("Die Richtlinie deiner Organisation", finding.Message.De, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ticket EX-12 ist zu kurz", null)]
    [InlineData("Mein Ausweis: 123456 liegt hier", "badge-number")]
    [InlineData("AUSWEISNUMMER 654321", "badge-number")]
    [InlineData("ENTWURF: Foto ergänzen", "tip")]
    [InlineData("Mein Branch heißt feature/ex-12345-etikettendrucker.", "example-ticket")]
    [InlineData("My branch was called feature/ex-40771-label-printer-timeout.", "example-ticket")]
    [InlineData("Der Entwurf ist fertig.", null)]
    [InlineData("Our draft is ready.", null)]
    public void Custom_rules_match_only_what_their_pattern_says(string text, string? ruleId)
    {
        Assert.Equal(ruleId, Engine.Find(text).SingleOrDefault()?.RuleId);
    }

    // An identifier pattern in capitals with digits is matched in either case; words in capitals and mixed-case patterns as written.
    [Theory]
    [InlineData(@"\bBRH-[0-9]{4,6}\b", true)]
    [InlineData(@"\bBH-(NB|PC|SRV|FW|SW)-\d{5}\b", true)]
    [InlineData(@"(?<ticket>TCK-[0-9]+)", true)]
    [InlineData(@"\bEX-[A-Z0-9]{6}\b", true)]
    [InlineData(@"\b[A-Z]{2}[0-9]{6}\b", false)]
    [InlineData(@"\bEX-[a-z0-9]{6}\b", false)]
    [InlineData(@"\bENTWURF\b", false)]
    [InlineData(@"Ticket-[0-9]{4}", false)]
    [InlineData(@"(?i)ausweis(?:nummer)?:?\s*[0-9]{6}", false)]
    public void Identifier_patterns_in_capitals_are_matched_in_either_case(string pattern, bool eitherCase)
    {
        Assert.Equal(eitherCase, Herald.Guard.Confidential.PolicyRules.WritesAnIdentifierInCapitals(pattern));
    }

    [Fact]
    public void Rule_without_a_message_explains_itself_and_hints_do_not_change_the_verdict()
    {
        Assert.Contains("Please check whether it needs to be in the post", Engine.Find("Ausweis 123456").Single().Message.En, StringComparison.Ordinal);
        Assert.Equal(Verdict.Ok, Engine.Check("ENTWURF: Foto").Verdict);
        Assert.Equal(Verdict.Block, Engine.Check("Ausweis 123456").Verdict);
    }

    [Fact]
    public void Pattern_runs_in_linear_time_on_pathological_input()
    {
        var engine = PolicyEngine.Create("rules:\n  - id: nested\n    pattern: '(a+)+b'\n");

        Assert.Empty(engine.Find(new string('a', 200_000) + "!"));
    }

    [Fact]
    public void Allowed_strings_are_never_flagged_end_to_end()
    {
        const string text = "Presse: presse@example.de. Status: status.corp.example.de, Tickets: jira.corp.example.de. Wir sitzen in der Falke-Straße, Projekt Falke startet.";

        var findings = Engine.Check(text).Findings;

        Assert.Equal(["jira.corp.example.de", "Falke"], findings.Select(f => f.Matched(text)));
        Assert.Equal(text.LastIndexOf("Falke", StringComparison.Ordinal), findings[1].Offset);
    }

    [Fact]
    public void Policy_from_the_example_checks_drafts_as_documented()
    {
        var engine = GuardEngine.Create(new GuardSetup { Policy = PolicyLoader.Load(PolicyLoader.Example, "example").Value!, BuiltinSecretRules = false });

        Assert.Equal(Verdict.Block, engine.Check("Stolz auf das Team hinter #ProjektFalke!").Verdict);
        Assert.Equal(Verdict.Block, engine.Check("Details im Wiki: https://wiki.corp.nordwind-logistik.example/falke").Verdict);
        Assert.Equal(Verdict.Warn, engine.Check("Danke, Erika Mustermann, für die Idee!").Verdict);
        Assert.Equal(Verdict.Warn, engine.Check("Siehe Ticket NW-20417.").Verdict);
        Assert.True(engine.Check("Fragen? Schreib an presse@nordwind-logistik.example oder schau auf nordwind-logistik.example vorbei.").IsGoodToGo);
        Assert.True(engine.Check("Heute erkläre ich, warum Phishing-Mails so gut funktionieren. #Awareness").IsGoodToGo);
    }
}
