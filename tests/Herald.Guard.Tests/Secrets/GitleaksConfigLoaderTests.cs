using Herald.Guard.Secrets;
using Herald.Testing;

namespace Herald.Guard.Tests.Secrets;

public sealed class GitleaksConfigLoaderTests(ITestOutputHelper output)
{
    private static GuardEngine EngineFor(string toml)
    {
        var loaded = GitleaksConfigLoader.Load(toml, "test.toml");
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Errors));
        return GuardEngine.Create(new GuardSetup { BuiltinSecretRules = false, GitleaksConfigs = [loaded.Value!] });
    }

    private static bool Flags(GuardEngine engine, string text, string? path = null) =>
        engine.Check(text, path: path).Findings.Any(f => f.Category == FindingCategory.Secret);

    [Fact]
    public void Gitleaks_default_configuration_loads_with_every_rule_compiled()
    {
        var loaded = GitleaksConfigLoader.LoadFile(Paths.Data("gitleaks.toml"));

        Assert.Empty(loaded.Errors);
        Assert.Equal(222, loaded.Value!.RuleCount);
        Assert.All(loaded.Value.Rules.Where(r => !r.IsPathOnly), r => Assert.True(r.Regex!.LinearEngine is not null, r.Info.Id));
        Figures.Report(output, $"gitleaks import: {loaded.Value.RuleCount} of 222 default rules compiled, all with the linear-time engine");
    }

    [Fact]
    public void Missing_file_is_a_config_error()
    {
        var loaded = GitleaksConfigLoader.LoadFile("/nonexistent/gitleaks.toml");

        var error = Assert.Single(loaded.Errors);
        Assert.Contains("cannot read", error.Message, StringComparison.Ordinal);
        Assert.Null(loaded.Value);
    }

    [Fact]
    public void Toml_syntax_errors_are_reported_with_line_and_column()
    {
        var loaded = GitleaksConfigLoader.Load("[[rules]]\nid = \"a\"\nregex = '''abc\n", "broken.toml");

        Assert.False(loaded.Succeeded);
        Assert.All(loaded.Errors, e => Assert.True(e.Line > 0 && e.Column > 0, e.ToString()));
    }

    [Fact]
    public void Every_rule_that_does_not_compile_is_reported()
    {
        const string toml = """
            [[rules]]
            id = "good"
            regex = '''abc'''

            [[rules]]
            id = "bad-one"
            regex = '''(unclosed'''

            [[rules]]
            id = "bad-two"
            regex = '''[[:nonsense:]]'''

            [[rules]]
            description = "no id"
            regex = '''x'''

            [[rules]]
            id = "bad-group"
            regex = '''(a)b'''
            secretGroup = 2
            """;

        var loaded = GitleaksConfigLoader.Load(toml, "rules.toml");

        Assert.Equal(4, loaded.Errors.Count);
        Assert.Contains(loaded.Errors, e => e.Line == 7 && e.Message.Contains("bad-one", StringComparison.Ordinal));
        Assert.Contains(loaded.Errors, e => e.Line == 11 && e.Message.Contains("nonsense", StringComparison.Ordinal));
        Assert.Contains(loaded.Errors, e => e.Line == 13 && e.Message.Contains("no id", StringComparison.Ordinal));
        Assert.Contains(loaded.Errors, e => e.Message.Contains("secretGroup 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Extend_is_reported_as_unsupported()
    {
        var loaded = GitleaksConfigLoader.Load("[extend]\nuseDefault = true\n", "extend.toml");

        var error = Assert.Single(loaded.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("[extend] is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_findings_are_blocking_secrets_described_in_both_languages()
    {
        var engine = EngineFor("""
            [[rules]]
            id = "demo-token"
            description = "Found a demo token."
            regex = '''demo_[a-z0-9]{12}'''
            keywords = ["demo_"]
            """);

        var finding = Assert.Single(engine.Check("token: demo_a1b2c3d4e5f6").Findings);

        Assert.Equal("demo-token", finding.RuleId);
        Assert.Equal(FindingCategory.Secret, finding.Category);
        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal("Found a demo token.", finding.Message.En);
        Assert.Contains("gitleaks", finding.Message.De, StringComparison.Ordinal);
        Assert.DoesNotContain("a1b2c3d4e5f6", finding.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_gate_the_rule()
    {
        var engine = EngineFor("""
            [[rules]]
            id = "needs-keyword"
            regex = '''[0-9a-f]{16}'''
            keywords = ["VAULT"]
            """);

        Assert.False(Flags(engine, "checksum 0123456789abcdef"));
        Assert.True(Flags(engine, "vault 0123456789abcdef"));
    }

    [Fact]
    public void Secret_group_and_entropy_follow_gitleaks()
    {
        var engine = EngineFor("""
            [[rules]]
            id = "grouped"
            regex = '''key=([A-Za-z0-9]{12})'''
            secretGroup = 1
            entropy = 3
            """);

        Assert.False(Flags(engine, "key=aaaaaaaaaaaa"));
        var finding = Assert.Single(engine.Check("key=Xa9Kq2Lm7Pz4").Findings);
        Assert.Equal(4, finding.Offset);
        Assert.Equal(12, finding.Length);
    }

    [Theory]
    [InlineData("secret", "^1111", "DEMO_111122223333", false)]
    [InlineData("secret", "^DEMO", "DEMO_111122223333", true)]
    [InlineData("match", "^DEMO", "DEMO_111122223333", false)]
    [InlineData("line", "# safe$", "DEMO_111122223333 # safe", false)]
    [InlineData("line", "# safe$", "# safe\nDEMO_111122223333", true)]
    public void Allowlist_regex_target_selects_what_is_tested(string target, string allow, string text, bool flagged)
    {
        var engine = EngineFor($$"""
            [[rules]]
            id = "demo"
            regex = '''(?i)(?:demo|other)_(\d{12})'''

            [[rules.allowlists]]
            regexTarget = "{{target}}"
            regexes = ['''{{allow}}''']
            """);

        Assert.Equal(flagged, Flags(engine, text));
    }

    [Fact]
    public void Old_style_rule_allowlist_with_stopwords_is_honoured()
    {
        var engine = EngineFor("""
            [[rules]]
            id = "demo"
            regex = '''tok_[a-z0-9]{10}'''

            [rules.allowlist]
            stopwords = ["Sample"]
            """);

        Assert.False(Flags(engine, "tok_sample1234"));
        Assert.True(Flags(engine, "tok_x9a8b7c6d5"));
    }

    [Fact]
    public void And_condition_needs_every_check()
    {
        var engine = EngineFor("""
            [[rules]]
            id = "demo"
            regex = '''tok_[a-z0-9]{10}'''

            [[rules.allowlists]]
            condition = "AND"
            paths = ['''\.md$''']
            stopwords = ["fixture"]
            """);

        Assert.True(Flags(engine, "tok_fixture123", "notes.txt"));
        Assert.True(Flags(engine, "tok_x9a8b7c6d5", "README.md"));
        Assert.False(Flags(engine, "tok_fixture123", "README.md"));
    }

    [Fact]
    public void Global_allowlists_apply_to_every_rule_or_to_their_target_rules()
    {
        var engine = EngineFor("""
            [allowlist]
            stopwords = ["example"]

            [[allowlists]]
            targetRules = ["second"]
            regexes = ['''_zz''']

            [[rules]]
            id = "first"
            regex = '''one_[a-z0-9]{10}'''

            [[rules]]
            id = "second"
            regex = '''two_[a-z0-9]{10}'''
            """);

        Assert.False(Flags(engine, "one_example123"));
        Assert.False(Flags(engine, "two_example123"));
        Assert.True(Flags(engine, "one_zz34567890"));
        Assert.False(Flags(engine, "two_zz34567890"));
    }

    [Fact]
    public void Path_rules_need_a_matching_path()
    {
        var engine = EngineFor("""
            [[rules]]
            id = "tf-password"
            regex = '''password\s*=\s*"([^"]{6,})"'''
            path = '''\.tf$'''

            [[rules]]
            id = "keystore-file"
            path = '''\.p12$'''
            """);

        Assert.True(Flags(engine, "password = \"hunter22\"", "main.tf"));
        Assert.False(Flags(engine, "password = \"hunter22\"", "main.js"));
        Assert.True(Flags(engine, "binary", "certs/client.p12"));
        Assert.False(Flags(engine, "binary", "certs/client.pem"));
    }
}
