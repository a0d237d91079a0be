using System.Text;
using Herald.Guard.Policy;

namespace Herald.Guard.Tests.Policy;

public sealed class PolicyLoaderTests
{
    private const string IssueExample = """
        organization:
          name: Example AG
          public_domains: [example.de]              # never confidential
          internal_domains: [corp.example.de, example.local]
          internal_networks: [10.0.0.0/8, 172.16.0.0/12]
        confidential_terms:                          # block
          - term: Projekt Falke
            note: Übernahmeprojekt                   # shown in the message
        customers_under_nda: [Muster Bank]           # block
        people_without_consent: [Erika Mustermann]   # warn
        allow: [presse@example.de]                   # exact strings never flagged
        quiet_periods:
          - from: 2026-12-01
            to: 2027-01-20
            topics: [Umsatz, Quartalszahlen, revenue, earnings]
        rules:                                       # custom regex rules
          - id: example-ticket
            pattern: "EX-[0-9]{4,}"
            severity: warn
            message: Interne Ticketnummern verraten, wie wir arbeiten.
        """;

    [Fact]
    public void Example_policy_loads_without_errors()
    {
        var result = PolicyLoader.Load(PolicyLoader.Example, "example.yaml");

        Assert.Empty(result.Errors);
        var policy = result.Value!;
        Assert.Equal("Nordwind Logistik AG", policy.Organization.Name);
        Assert.Contains(policy.ConfidentialTerms, t => t.Term == "Projekt Falke" && t.Note!.StartsWith("Übernahmeprojekt", StringComparison.Ordinal));
        Assert.Contains(policy.ConfidentialTerms, t => t.Term == "Nordlicht" && t.Note is null);
        Assert.NotEmpty(policy.CustomersUnderNda);
        Assert.NotEmpty(policy.PeopleWithoutConsent);
        Assert.NotEmpty(policy.QuietPeriods);
        Assert.Equal(2, policy.Rules.Count);
    }

    [Fact]
    public void Policy_from_the_issue_loads_every_field()
    {
        var result = PolicyLoader.Load(IssueExample, "policy.yaml");

        Assert.Empty(result.Errors);
        var policy = result.Value!;
        Assert.Equal("Example AG", policy.Organization.Name);
        Assert.Equal(["example.de"], policy.Organization.PublicDomains);
        Assert.Equal(["corp.example.de", "example.local"], policy.Organization.InternalDomains);
        Assert.Equal(["10.0.0.0/8", "172.16.0.0/12"], policy.Organization.InternalNetworks);
        Assert.Equal([new ConfidentialTerm("Projekt Falke", "Übernahmeprojekt")], policy.ConfidentialTerms);
        Assert.Equal(["Muster Bank"], policy.CustomersUnderNda);
        Assert.Equal(["Erika Mustermann"], policy.PeopleWithoutConsent);
        Assert.Equal(["presse@example.de"], policy.Allow);
        var period = Assert.Single(policy.QuietPeriods);
        Assert.Equal(new DateOnly(2026, 12, 1), period.From);
        Assert.Equal(new DateOnly(2027, 1, 20), period.To);
        Assert.Equal(["Umsatz", "Quartalszahlen", "revenue", "earnings"], period.Topics);
        var rule = Assert.Single(policy.Rules);
        Assert.Equal("example-ticket", rule.Id);
        Assert.Equal("EX-[0-9]{4,}", rule.Pattern);
        Assert.Equal(Severity.Warn, rule.Severity);
        Assert.Equal("Interne Ticketnummern verraten, wie wir arbeiten.", rule.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n# and another\n")]
    [InlineData("---\n")]
    [InlineData("\uFEFF")]
    public void Empty_file_is_a_valid_empty_policy(string yaml)
    {
        var result = PolicyLoader.Load(yaml, "policy.yaml");

        Assert.True(result.Succeeded);
        Assert.Equal(GuardPolicy.Empty, result.Value);
    }

    [Fact]
    public void Sections_left_empty_are_empty_lists()
    {
        var result = PolicyLoader.Load("organization:\nconfidential_terms:\ncustomers_under_nda: []\nrules:\n", "policy.yaml");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Value!.ConfidentialTerms);
    }

    [Fact]
    public void Confidential_terms_may_be_plain_names()
    {
        var result = PolicyLoader.Load("confidential_terms:\n  - Halcyon\n  - term: Projekt Falke\n", "policy.yaml");

        Assert.Empty(result.Errors);
        Assert.Equal([new ConfidentialTerm("Halcyon"), new ConfidentialTerm("Projekt Falke")], result.Value!.ConfidentialTerms);
    }

    [Fact]
    public void Domains_and_networks_are_normalised()
    {
        var result = PolicyLoader.Load("organization:\n  internal_domains: ['*.Corp.Example.DE.', münchen.example]\n  internal_networks: [192.168.7.1, 'FD00:AB::/32']\n", "policy.yaml");

        Assert.Empty(result.Errors);
        Assert.Equal(["corp.example.de", "xn--mnchen-3ya.example"], result.Value!.Organization.InternalDomains);
        Assert.Equal(["192.168.7.1/32", "fd00:ab::/32"], result.Value.Organization.InternalNetworks);
    }

    public static TheoryData<string, int, int, string> InvalidPolicies => new()
    {
        // syntax
        { "organization:\n\tname: x\n", 2, 1, "tabs" },
        { "organization:\n  name: 'x\n", 2, 9, "quote that starts here is never closed" },
        { "allow: [a, b\nrules: []\n", 1, 8, "never closed" },
        { "organization: {name: x\nallow: []\n", 1, 15, "never closed" },
        { "allow: [a\n  b c: d]\n", 2, 6, "" },
        { "allow:\n  - a\n bad: 1\n", 3, 2, "indented" },
        { "a: &x 1\nb: *y\n", 2, 4, "anchor" },
        // unknown keys and duplicates
        { "organisation:\n  name: x\n", 1, 1, "Did you mean 'organization'?" },
        { "organization:\n  nmae: x\n", 2, 3, "Did you mean 'name'?" },
        { "customers-under-nda: [x]\n", 1, 1, "Did you mean 'customers_under_nda'?" },
        { "terms: [x]\n", 1, 1, "Did you mean 'confidential_terms'?" },
        { "colour: blue\n", 1, 1, "Known settings are: organization, confidential_terms" },
        { "rules:\n  - id: a\n    pattern: a\n    level: warn\n", 4, 5, "'level' is not a rule setting" },
        { "allow: [a]\nallow: [b]\n", 2, 1, "appears twice" },
        // wrong types
        { "organization:\n  public_domains: example.de\n", 2, 19, "'public_domains' should be a list, for example [example.de]." },
        { "organization: Example AG\n", 1, 15, "An organization is a section with name: and internal_domains:" },
        { "organization:\n  name: [a, b]\n", 2, 9, "'name' should be a single value, not a list" },
        { "confidential_terms:\n  - [a, b]\n", 2, 5, "not a list" },
        { "confidential_terms:\n  - note: geheim\n", 2, 5, "has no 'term:'" },
        { "customers_under_nda:\n  - name: Muster Bank\n", 2, 5, "Each entry of 'customers_under_nda' should be a single value, not a section" },
        { "organization:\n  internal_networks: [[10.0.0.0/8]]\n", 2, 23, "Each entry of 'internal_networks' should be a single value, not a list" },
        { "organization:\n  internal_domains: [corp.example.de, ~]\n", 2, 39, "This entry of 'internal_domains' is empty" },
        { "quiet_periods: [2026-12-01]\n", 1, 17, "A quiet period is a section" },
        // empty values
        { "confidential_terms:\n  - term: ''\n", 2, 11, "This term is empty" },
        { "confidential_terms:\n  - term:\n", 2, 10, "This term is empty" },
        { "confidential_terms: ['  ']\n", 1, 22, "This term is empty" },
        { "people_without_consent: [Erika, '']\n", 1, 33, "This name is empty" },
        { "customers_under_nda: ['!!!']\n", 1, 23, "has no letters or digits" },
        { "allow: ['']\n", 1, 9, "allow entry is empty" },
        { "confidential_terms: [C++]\n", 1, 22, "has only one letter or digit" },
        // domains
        { "organization:\n  internal_domains: [corp..example.de]\n", 2, 22, "not a valid domain name" },
        { "organization:\n  internal_domains: ['https://wiki.corp.example.de/x']\n", 2, 22, "is a URL, not a domain. Write only the domain, for example wiki.corp.example.de" },
        { "organization:\n  internal_domains: [intranet]\n", 2, 22, "has no dot" },
        { "organization:\n  public_domains: [-example.de]\n", 2, 20, "not a valid domain name" },
        { "organization:\n  public_domains: [10.0.0.1]\n", 2, 20, "IP address" },
        { "organization:\n  public_domains: [presse@example.de]\n", 2, 20, "e-mail address" },
        // networks
        { "organization:\n  internal_networks: [10.0.0.0/33]\n", 2, 23, "invalid prefix length" },
        { "organization:\n  internal_networks: [10.1.0.0/8]\n", 2, 23, "Did you mean 10.0.0.0/8?" },
        { "organization:\n  internal_networks: [300.1.1.0/24]\n", 2, 23, "not a valid IPv4 address" },
        { "organization:\n  internal_networks: [010.0.0.0/8]\n", 2, 23, "without leading zeros" },
        { "organization:\n  internal_networks: [10.0.0/8]\n", 2, 23, "not a valid IPv4 address" },
        { "organization:\n  internal_networks: ['fd00::/129']\n", 2, 23, "invalid prefix length" },
        { "organization:\n  internal_networks: ['fd00::zz/64']\n", 2, 23, "not a valid IPv6 address" },
        { "organization:\n  internal_networks: ['fd00::1/64']\n", 2, 23, "Did you mean fd00::/64?" },
        { "organization:\n  internal_networks: [0.0.0.0/0]\n", 2, 23, "covers every address" },
        // dates
        { "quiet_periods:\n  - from: 2026-13-01\n    to: 2027-01-20\n    topics: [Umsatz]\n", 2, 11, "'2026-13-01' is not a date" },
        { "quiet_periods:\n  - from: 01.12.2026\n    to: 2027-01-20\n    topics: [Umsatz]\n", 2, 11, "YYYY-MM-DD" },
        { "quiet_periods:\n  - from: 2027-01-20\n    to: 2026-12-01\n    topics: [Umsatz]\n", 3, 9, "ends (2026-12-01) before it starts (2027-01-20)" },
        { "quiet_periods:\n  - from: 2026-12-01\n    topics: [Umsatz]\n", 2, 5, "has no 'to:' date" },
        { "quiet_periods:\n  - from: 2026-12-01\n    to: 2027-01-20\n", 2, 5, "lists no topics" },
        // rules
        { "rules:\n  - id: a\n    pattern: x\n    severity: critical\n", 4, 15, "'critical' is not a severity. Use block" },
        { "rules:\n  - id: a\n    pattern: x\n  - id: A\n    pattern: y\n", 4, 9, "already used by the rule on line 2" },
        { "rules:\n  - id: a\n    pattern: '(?<=EX-)[0-9]+'\n", 3, 14, "lookbehind" },
        { "rules:\n  - id: a\n    pattern: '(ab)\\1'\n", 3, 14, "backreference" },
        { "rules:\n  - id: a\n    pattern: '(?>a+)b'\n", 3, 14, "atomic" },
        { "rules:\n  - id: a\n    pattern: 'EX-([0-9]+'\n", 3, 14, "a '(' is never closed" },
        { "rules:\n  - id: a\n    pattern: '[z-a]'\n", 3, 14, "written backwards" },
        { "rules:\n  - id: a\n    pattern: ''\n", 3, 14, "The pattern is empty" },
        { "rules:\n  - pattern: x\n", 2, 5, "no 'id:'" },
        { "rules:\n  - id: a\n", 2, 5, "no 'pattern:'" },
        { "rules:\n  - id: 'my rule'\n    pattern: x\n", 2, 9, "not a usable rule id" },
    };

    [Theory]
    [MemberData(nameof(InvalidPolicies))]
    public void Invalid_policy_reports_the_error_at_its_line_and_column(string yaml, int line, int column, string fragment)
    {
        var result = PolicyLoader.Load(yaml, "policy.yaml");

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal("policy.yaml", error.Source);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(error.Message[^1], ".?)");
    }

    [Fact]
    public void Every_error_is_reported_at_once_in_line_order()
    {
        const string yaml = """
            organisation:
              name: x
            confidential_terms:
              - term: ''
            customers_under_nda: Muster Bank
            quiet_periods:
              - from: 2026-02-30
                to: 2026-01-01
                topics: [Umsatz]
            rules:
              - id: ticket
                pattern: '(?=x)'
                severity: loud
              - id: ticket
                pattern: ok
            """;

        var result = PolicyLoader.Load(yaml, "policy.yaml");

        Assert.Equal(
            [(1, 1), (4, 11), (5, 22), (7, 11), (12, 14), (13, 15), (14, 9)],
            result.Errors.Select(e => (e.Line, e.Column)));
        Assert.Contains("Did you mean 'organization'?", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("policy.yaml:1:1: 'organisation' is not a policy setting. Did you mean 'organization'?", result.Errors[0].ToString());
    }

    [Fact]
    public void Hostile_nesting_is_an_error_not_a_crash()
    {
        var yaml = "allow: " + new string('[', 100_000) + new string(']', 100_000);

        var error = Assert.Single(PolicyLoader.Load(yaml, "policy.yaml").Errors);

        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_a_config_error_without_a_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"herald-missing-{Guid.NewGuid():N}.yaml");

        var result = PolicyLoader.LoadFile(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((path, 0, 0), (error.Source, error.Line, error.Column));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_instead_of_a_file_is_a_config_error()
    {
        var result = PolicyLoader.LoadFile(Path.GetTempPath());

        Assert.Contains("is a folder", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_that_is_not_utf8_is_a_config_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"herald-latin1-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("confidential_terms: [Übernahme]\n"));
        try
        {
            var result = PolicyLoader.LoadFile(path);

            Assert.Contains("not UTF-8", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Policy_file_loads_with_its_path_as_source()
    {
        var path = Path.Combine(Path.GetTempPath(), $"herald-policy-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "confidential_terms: [Halcyon]\nallow: [x, '']\n");
        try
        {
            var result = PolicyLoader.LoadFile(path);

            Assert.Equal($"{path}:2:12: This allow entry is empty. Write the exact text that may always be posted, or remove the line.", Assert.Single(result.Errors).ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
