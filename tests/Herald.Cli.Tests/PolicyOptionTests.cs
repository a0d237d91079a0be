namespace Herald.Cli.Tests;

public sealed class PolicyOptionTests
{
    private const string Policy = """
        organization:
          name: Nordwind Logistik AG
          public_domains: [nordwind-logistik.example]
          internal_domains: [corp.nordwind-logistik.example]
          internal_networks: [10.20.0.0/16]
        confidential_terms:
          - term: Projekt Falke
            note: Übernahmeprojekt
        customers_under_nda: [Muster Bank]
        """;

    [Fact]
    public void Valid_policy_is_loaded_and_clean_drafts_pass()
    {
        using var tree = new TempTree();
        var policy = tree.Write("policy.yaml", Policy);
        var post = tree.Write("post.txt", Drafts.GermanClean);

        var result = Cli.Run("check", "--lang", "de", "--policy", policy, post);

        Assert.Equal(0, result.Exit);
        Assert.Empty(result.Error);
        Assert.Contains("✓ alles gut – kann raus", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_allow_list_reaches_the_engine()
    {
        using var tree = new TempTree();
        var draft = """
            Fragen zu unserem Awareness-Programm? Unsere Service-Hotline +49 176 38429175 hilft gern weiter.
            """;
        var post = tree.Write("hotline.txt", draft);
        var policy = tree.Write("policy.yaml", Policy + "\nallow: [\"+49 176 38429175\"]\n");

        var without = Cli.Run("check", "--lang", "en", post);
        var with = Cli.Run("check", "--lang", "en", "--policy", policy, post);

        Assert.Contains("warn  personal-data", without.Output, StringComparison.Ordinal);
        Assert.Equal(0, with.Exit);
        Assert.Contains("✓ good to go", with.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_policy_reports_every_error_with_line_and_column()
    {
        using var tree = new TempTree();
        var policy = tree.Write("policy.yaml", """
            organization:
              name: Nordwind Logistik AG
              internal_networks: [10.20.0.0/33]
            confidential_term:
              - Projekt Falke
            quiet_periods:
              - from: 2026-12-01
                to: gestern
                topics: [Umsatz]
            """);
        var post = tree.Write("post.txt", Drafts.GermanClean);

        var result = Cli.Run("check", "--policy", policy, post);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Empty(result.Output);
        Assert.Equal(3, result.ErrorLines.Length);
        Assert.StartsWith($"{policy}:3:23: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{policy}:4:1: ", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{policy}:8:9: ", result.ErrorLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_policy_file_is_an_input_error()
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.EnglishClean);
        var policy = tree.Path("policy.yaml");

        var result = Cli.Run("check", "--policy", policy, post);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains(policy, result.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_drafts_and_an_invalid_policy_are_reported_together()
    {
        using var tree = new TempTree();
        var policy = tree.Write("policy.yaml", "organisation:\n  name: Nordwind\n");
        var missing = tree.Path("fehlt.txt");

        var result = Cli.Run("check", "--lang", "en", "--policy", policy, missing);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Equal(2, result.ErrorLines.Length);
        Assert.Equal($"herald: {missing}: no such file or directory", result.ErrorLines[0]);
        Assert.StartsWith($"{policy}:1:1: ", result.ErrorLines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "'organisation' is not a policy setting. Did you mean 'organization'?", "is not the start of a /8 network")]
    [InlineData("de", "'organisation' ist keine Einstellung der Richtlinie. Meintest du 'organization'?", "ist nicht der Anfang eines /8-Netzes")]
    public void Policy_errors_are_printed_in_the_commands_language(string language, string unknownKey, string network)
    {
        using var tree = new TempTree();
        var policy = tree.Write("policy.yaml", "organisation:\n  name: Nordwind\nquiet_periods: []\ncustomers_under_nda: []\norganization:\n  internal_networks: [10.0.0.1/8]\n");
        var post = tree.Write("post.txt", Drafts.GermanClean);

        var result = Cli.Run("check", "--lang", language, "--policy", policy, post);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Equal(2, result.ErrorLines.Length);
        Assert.Equal($"{policy}:1:1: {unknownKey}", result.ErrorLines[0]);
        Assert.StartsWith($"{policy}:6:23: ", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.Contains(network, result.ErrorLines[1], StringComparison.Ordinal);
    }
}
