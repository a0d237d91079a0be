namespace Herald.Guard.Tests.Secrets;

public sealed class SecretFindingTests
{
    private static readonly GuardEngine Engine = GuardEngine.Create(new GuardSetup());

    [Fact]
    public void Draft_with_a_password_in_german_prose_is_blocked_without_echoing_it()
    {
        var result = Engine.Check("Danke an alle fürs Kommen! Kurz notiert: das Passwort ist Sommer2024! – bis nächste Woche.");

        Assert.Equal(Verdict.Block, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("password-in-prose-de", finding.RuleId);
        Assert.DoesNotContain("Sommer2024", finding.Excerpt, StringComparison.Ordinal);
        Assert.Contains("Passwort", finding.Message.De, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Das Passwort ist das schwächste Glied – deshalb setzen wir auf Passkeys und MFA. #Security")]
    [InlineData("Password managers are great. I store every password in one, and so should you!")]
    [InlineData("Passwort vergessen? Unser Helpdesk hilft dir in zwei Minuten weiter.")]
    [InlineData("Our AWS docs use AKIAIOSFODNN7EXAMPLE as the access key in every sample.")]
    [InlineData("Wir haben unser Token-Konzept überarbeitet: kurzlebige Tokens, Rotation, Secret Scanning im CI.")]
    public void Awareness_posts_about_secrets_are_good_to_go(string draft)
    {
        Assert.True(Engine.Check(draft).IsGoodToGo);
    }

    [Fact]
    public void A_token_in_an_assignment_is_named_by_its_specific_rule()
    {
        var result = Engine.Check("export GITHUB_TOKEN=ghp_4fQm2LrT9xZa8WcV1bNk3YpHd7SeJu6GiOt0");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("github-pat", finding.RuleId);
        Assert.Equal(FindingCategory.Secret, finding.Category);
    }
}
