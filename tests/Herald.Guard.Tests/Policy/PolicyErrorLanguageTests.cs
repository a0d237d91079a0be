using Herald.Guard.Policy;

namespace Herald.Guard.Tests.Policy;

/// <summary>The policy loader explains every problem in English and in German, at the same line and column.</summary>
public sealed class PolicyErrorLanguageTests
{
    [Theory]
    [InlineData("organisation:\n  name: Nordwind\n", 1, 1,
        "'organisation' is not a policy setting. Did you mean 'organization'?",
        "'organisation' ist keine Einstellung der Richtlinie. Meintest du 'organization'?")]
    [InlineData("organization:\n  internal_networks: [10.0.0.1/8]\n", 2, 23,
        "'10.0.0.1/8' is not the start of a /8 network. Did you mean 10.0.0.0/8?",
        "'10.0.0.1/8' ist nicht der Anfang eines /8-Netzes. Meintest du 10.0.0.0/8?")]
    [InlineData("organization:\n  internal_domains: [https://intranet.example.de/start]\n", 2, 22,
        "'https://intranet.example.de/start' is a URL, not a domain. Write only the domain, for example intranet.example.de.",
        "'https://intranet.example.de/start' ist eine URL, keine Domain. Schreib nur die Domain, zum Beispiel intranet.example.de.")]
    [InlineData("quiet_periods:\n  - from: 2026-12-01\n    to: 2026-11-01\n    topics: [Umsatz]\n", 3, 9,
        "This quiet period ends (2026-11-01) before it starts (2026-12-01). Swap 'from' and 'to'.",
        "Diese Ruhephase endet (2026-11-01), bevor sie beginnt (2026-12-01). Vertausche 'from' und 'to'.")]
    [InlineData("rules:\n  - id: ticket\n    pattern: \"EX-(\"\n", 3, 14,
        "The pattern is not a valid regular expression: a '(' is never closed",
        "Das Muster ist kein gültiger regulärer Ausdruck: eine '(' wird nie geschlossen")]
    [InlineData("rules:\n  - id: ticket\n    pattern: \"(?<=EX-)[0-9]+\"\n", 3, 14,
        "which cannot run in guaranteed linear time",
        "das nicht garantiert in linearer Zeit läuft")]
    [InlineData("confidential_terms:\n  - note: Übernahme\n", 2, 5,
        "This entry has no 'term:'.",
        "Dieser Eintrag hat kein 'term:'.")]
    [InlineData("customers_under_nda: [\"\"]\n", 1, 23,
        "This customer name is empty. Write the customer name or remove the line.",
        "Dieser Eintrag ist leer. Trag den Kundennamen ein oder entferne die Zeile.")]
    [InlineData("organization:\n\tname: Nordwind\n", 2, 1,
        "YAML does not allow tabs for indentation. Indent with spaces.",
        "YAML erlaubt keine Tabulatoren zum Einrücken. Rücke mit Leerzeichen ein.")]
    [InlineData("allow: [a, a]\nallow: [b]\n", 2, 1,
        "'allow' appears twice in this section (first on line 1).",
        "'allow' steht zweimal in diesem Abschnitt (zuerst in Zeile 1).")]
    public void Each_error_reads_in_English_and_German_at_its_line(string yaml, int line, int column, string english, string german)
    {
        var error = Assert.Single(PolicyLoader.Load(yaml, "policy").Errors);

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(english, error.MessageIn("en"), StringComparison.Ordinal);
        Assert.Contains(german, error.MessageIn("de"), StringComparison.Ordinal);
        Assert.Contains(german, error.MessageIn("de-AT"), StringComparison.Ordinal);
        Assert.Equal(error.MessageIn("en"), error.Message);
        Assert.Equal($"policy:{line}:{column}: {error.MessageIn("de")}", error.ToString("de"));
    }

    [Fact]
    public void Every_error_of_a_broken_policy_has_its_own_German_text()
    {
        const string Broken = """
            organization: Nordwind
            confidential_terms:
              - term: "?"
              - [a, b]
            customers_under_nda: Muster Bank
            people_without_consent: [X]
            allow: [""]
            quiet_periods:
              - from: morgen
                topics: []
            rules:
              - pattern: ""
              - id: "-bad"
                pattern: "x"
                severity: loud
              - id: a
                pattern: "(a"
                colour: red
            """;

        var errors = PolicyLoader.Load(Broken, "policy").Errors;

        Assert.True(errors.Count >= 12, $"{errors.Count} errors");
        Assert.All(errors, e => Assert.NotEqual(e.MessageIn("en"), e.MessageIn("de")));
    }

    [Fact]
    public void A_missing_policy_file_is_explained_in_both_languages()
    {
        var error = Assert.Single(PolicyLoader.LoadFile(Path.Combine(Path.GetTempPath(), "herald-no-such-policy.yaml")).Errors);

        Assert.Contains("does not exist", error.MessageIn("en"), StringComparison.Ordinal);
        Assert.Contains("gibt es nicht", error.MessageIn("de"), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_made_with_one_message_read_the_same_in_both_languages()
    {
        var error = new ConfigError("gitleaks.toml", 3, 1, "unknown key");

        Assert.Equal("unknown key", error.MessageIn("de"));
        Assert.Equal("gitleaks.toml:3:1: unknown key", error.ToString());
    }
}
