namespace Herald.Cli.Tests;

/// <summary>
/// The command line itself: help in both languages, and every argument that does not fit a command is a usage
/// error (exit 2) that names it, in the language of <c>--lang</c> or else the environment's.
/// </summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Without_arguments_herald_lists_its_commands()
    {
        var result = Cli.Run();

        Assert.Equal(0, result.Exit);
        Assert.Contains("    herald [OPTIONS] <COMMAND>", result.Output, StringComparison.Ordinal);
        Assert.Contains("    check    Check drafts before they are posted", result.Output, StringComparison.Ordinal);
        Assert.Contains("    scout    Suggest whom to invite", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Check_help_names_every_option_with_its_value()
    {
        var result = Cli.Run("check", "--help");

        Assert.Equal(0, result.Exit);
        foreach (var option in (string[])["--policy <FILE>", "--gitleaks-config <FILE>", "--no-builtin", "--date <YYYY-MM-DD>", "--format <FORMAT>", "--lang <LANG>", "--max-size <SIZE>"])
        {
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("herald check - --format json", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scout_help_names_every_option_but_the_one_for_benchmarks()
    {
        var result = Cli.Run("scout", "-h");

        Assert.Equal(0, result.Exit);
        Assert.Contains("--people <FILE>", result.Output, StringComparison.Ordinal);
        Assert.Contains("source,target[,weight]", result.Output, StringComparison.Ordinal);
        Assert.Contains("--weight <NAME=VALUE>", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--timings", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("scout")]
    public void Help_is_in_German_with_lang_de(string command)
    {
        var result = Cli.Run(command, "--lang", "de", "--help");

        Assert.Equal(0, result.Exit);
        Assert.Contains("BESCHREIBUNG:", result.Output, StringComparison.Ordinal);
        Assert.Contains("OPTIONEN:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Zeigt diese Hilfe an", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Prints help", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overview_is_in_German_in_a_German_environment()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = HeraldApp.Run(["--help"], output, error, new StringReader(string.Empty), Language.German);

        Assert.Equal(0, exit);
        Assert.Contains("    herald [OPTIONEN] <BEFEHL>", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("    check    Prüft Entwürfe", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_follows_the_environments_language_without_lang()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = HeraldApp.Run(["check", "--help"], output, error, new StringReader(string.Empty), Language.German);

        Assert.Equal(0, exit);
        Assert.Contains("Die Richtlinie der Organisation (YAML)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lines_fit_a_standard_terminal()
    {
        var help = Cli.Run("check", "--help").OutputLines.Concat(Cli.Run("scout", "--help", "--lang", "de").OutputLines);

        // The one exception is the staff list's column names, a single word that cannot be broken.
        Assert.All(help.Where(l => !l.Contains("manager_id", StringComparison.Ordinal)), line => Assert.True(line.Length <= 80, line));
    }

    public static TheoryData<string[], string, string> UsageErrors => new()
    {
        { ["check", "--frmat", "json", "post.txt"], "herald: unknown option --frmat; see herald check --help", "herald: unbekannte Option --frmat; siehe herald check --help" },
        { ["check", "-x", "post.txt"], "herald: unknown option -x; see herald check --help", "herald: unbekannte Option -x; siehe herald check --help" },
        { ["check", "post.txt", "--policy"], "herald: --policy needs a value; see herald check --help", "herald: --policy braucht einen Wert; siehe herald check --help" },
        { ["check", "--date", "--format", "json", "post.txt"], "herald: --date needs a value", "herald: --date braucht einen Wert" },
        { ["check", "--no-builtin=yes", "post.txt"], "herald: --no-builtin is a switch and takes no value", "herald: --no-builtin ist ein Schalter und nimmt keinen Wert" },
        { ["scout", "--people", "people.csv", "--al"], "herald scout: unknown option --al; see herald scout --help", "herald scout: unbekannte Option --al; siehe herald scout --help" },
        {
            ["scout", "--people", "people.csv", "extra"],
            "herald scout: unexpected argument 'extra': herald scout takes only options",
            "herald scout: unerwartetes Argument 'extra': herald scout nimmt nur Optionen"
        },
        { ["chek", "post.txt"], "herald: unknown command 'chek': use check or scout", "herald: unbekannter Befehl 'chek': nutze check oder scout" },
        { ["--version"], "herald: unknown option --version; see herald --help", "herald: unbekannte Option --version; siehe herald --help" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Arguments_that_do_not_fit_are_usage_errors_in_both_languages(string[] args, string english, string german)
    {
        foreach (var (language, message) in (ReadOnlySpan<(Language, string)>)[(Language.English, english), (Language.German, german)])
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = HeraldApp.Run(args, output, error, new StringReader(string.Empty), language);

            Assert.Equal(HeraldApp.UsageError, exit);
            Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
            Assert.Empty(output.ToString());
        }
    }

    [Fact]
    public void Lang_decides_the_language_of_usage_errors_over_the_environment()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = HeraldApp.Run(["check", "--frmat", "json", "--lang", "de", "post.txt"], output, error, new StringReader(string.Empty), Language.English);

        Assert.Equal(HeraldApp.UsageError, exit);
        Assert.StartsWith("herald: unbekannte Option --frmat", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_may_follow_an_equals_sign()
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.EnglishClean);

        var result = Cli.Run("check", "--format=json", "--lang=en", post);

        Assert.Equal(0, result.Exit);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.TryGetProperty("files", out _));
    }

    [Fact]
    public void After_a_double_dash_every_argument_is_a_path()
    {
        var result = Cli.Run("check", "--lang", "en", "--", "--format");

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Equal("herald: --format: no such file or directory", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_repeated_option_keeps_its_last_value()
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.EnglishClean);

        var result = Cli.Run("check", "--format", "sarif", "--format", "json", "--lang", "en", post);

        Assert.Equal(0, result.Exit);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.TryGetProperty("files", out _));
    }
}
