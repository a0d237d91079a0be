using Herald.Testing;

namespace Herald.Cli.Tests;

public sealed class SecretOptionTests
{
    // A workshop anecdote with a GitHub token pasted in: the classic leak.
    private const string TokenDraft = """
        Kleiner Tipp aus dem Alltag: Tokens gehören nie in Screenshots!
        Unser Demo-Token für den Workshop war übrigens ghp_8fK2mQ9xLw3TzR7vB1nY4cH6jD0sE5aP2uXq – bitte nicht nachmachen 😅
        """;

    [Fact]
    public void Built_in_pack_blocks_a_GitHub_token()
    {
        using var tree = new TempTree();
        var post = tree.Write("tipp.txt", TokenDraft);

        var result = Cli.Run("check", "--lang", "de", post);

        Assert.Equal(1, result.Exit);
        Assert.Contains("  2:48  block  secret  ", result.Output, StringComparison.Ordinal);
        Assert.Contains("ghp_*****", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("8fK2mQ9x", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_builtin_turns_the_pack_off()
    {
        using var tree = new TempTree();
        var post = tree.Write("tipp.txt", TokenDraft);

        var result = Cli.Run("check", "--lang", "en", "--no-builtin", post);

        Assert.Equal(0, result.Exit);
        Assert.Contains("✓ good to go", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gitleaks_configuration_adds_its_rules()
    {
        using var tree = new TempTree();
        var post = tree.Write("tipp.txt", TokenDraft);

        var result = Cli.Run("check", "--no-builtin", "--gitleaks-config", Paths.Data("gitleaks.toml"), "--format", "json", post);

        Assert.Equal(1, result.Exit);
        Assert.Contains("\"category\": \"secret\"", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("8fK2mQ9x", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_gitleaks_configuration_reports_file_line_and_column()
    {
        using var tree = new TempTree();
        var config = tree.Write("gitleaks.toml", """
            title = "team rules"

            [[rules]]
            id = "team-token"
            regex = '''team_[a-z0-9]{32}'''

            [extend]
            useDefault = true
            """);
        var post = tree.Write("tipp.txt", TokenDraft);

        var result = Cli.Run("check", "--gitleaks-config", config, post);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Empty(result.Output);
        Assert.StartsWith($"{config}:7:1: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_gitleaks_configuration_is_an_input_error()
    {
        using var tree = new TempTree();
        var post = tree.Write("tipp.txt", TokenDraft);
        var config = tree.Path("gitleaks.toml");

        var result = Cli.Run("check", "--gitleaks-config", config, post);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.StartsWith($"{config}: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
