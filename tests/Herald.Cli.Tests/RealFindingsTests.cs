using System.Text.Json;

namespace Herald.Cli.Tests;

/// <summary>The whole command with the real engine: drafts that leak something, as people write them.</summary>
public sealed class RealFindingsTests
{
    // A donation call with a real-looking IBAN (valid check digits): personal data that blocks.
    private const string DonationDraft = """
        Unser Sommerfest war großartig – danke an alle! 🎉
        Wer noch etwas für die Tombola-Kasse geben möchte: DE60 5001 0517 9381 7264 01 (Kontoinhaberin: Jana Weber).
        """;

    // A personal mobile number: worth a second look, not a blocker.
    private const string PhoneDraft = """
        Thanks to everyone who joined our phishing workshop yesterday!
        Questions? Call me on +49 176 38429175 any time this week.
        """;

    [Fact]
    public void Draft_with_a_bank_account_is_blocked_with_exit_code_1()
    {
        using var tree = new TempTree();
        var post = tree.Write("sommerfest.txt", DonationDraft);

        var result = Cli.Run("check", "--lang", "de", post);

        Assert.Equal(1, result.Exit);
        var lines = result.Output.Split('\n');
        Assert.Equal($"{post}  ✗ bitte vor dem Posten ändern", lines[0]);
        Assert.StartsWith("  2:52  block  personal-data  ", lines[1], StringComparison.Ordinal);
        Assert.Contains("DE****01", lines[2], StringComparison.Ordinal);
        Assert.Equal(lines[2].IndexOf("DE****01", StringComparison.Ordinal), lines[3].IndexOf('^', StringComparison.Ordinal));
        Assert.Equal("^^^^^^^^", lines[3].Trim());
        Assert.Contains("1 Datei geprüft · Funde: 1 block, 0 warn, 0 hint", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_of_the_account_number_leaks_into_any_format()
    {
        using var tree = new TempTree();
        var post = tree.Write("sommerfest.txt", DonationDraft);

        foreach (var format in (string[])["text", "json", "sarif"])
        {
            var result = Cli.Run("check", "--format", format, post);

            Assert.DoesNotContain("5001", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("9381", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Draft_with_only_a_warning_exits_0()
    {
        using var tree = new TempTree();
        var post = tree.Write("workshop.txt", PhoneDraft);

        var result = Cli.Run("check", "--lang", "en", post);

        Assert.Equal(0, result.Exit);
        Assert.Contains($"{post}  ! worth a second look", result.Output, StringComparison.Ordinal);
        Assert.Contains("  2:23  warn  personal-data  ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_error_wins_over_a_blocking_finding()
    {
        using var tree = new TempTree();
        var post = tree.Write("sommerfest.txt", DonationDraft);
        var binary = tree.WriteBytes("foto.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var result = Cli.Run("check", post, binary);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains("block  personal-data", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_with_one_leaking_draft_among_clean_ones_is_blocked()
    {
        using var tree = new TempTree();
        tree.Write("01-phishing.txt", Drafts.GermanClean);
        tree.Write("02-sommerfest.txt", DonationDraft);
        tree.Write("03-workshop.txt", PhoneDraft);
        tree.Write("04-ransomware.txt", Drafts.EnglishClean);

        var result = Cli.Run("check", "--lang", "en", tree.Root);

        Assert.Equal(1, result.Exit);
        Assert.Contains("4 files checked · findings: 1 block, 1 warn, 0 hint", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, result.OutputLines.Count(l => l.EndsWith("✓ good to go", StringComparison.Ordinal)));
    }

    [Fact]
    public void Standard_input_with_a_finding_is_blocked()
    {
        var result = Cli.RunWithInput(DonationDraft, "check", "-", "--format", "json");

        Assert.Equal(1, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("-", file.GetProperty("path").GetString());
        Assert.Equal("block", file.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Json_finding_points_at_the_account_number()
    {
        using var tree = new TempTree();
        var post = tree.Write("sommerfest.txt", DonationDraft);

        var result = Cli.Run("check", "--format", "json", "--lang", "de", post);

        using var json = JsonDocument.Parse(result.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("personal-data", finding.GetProperty("category").GetString());
        Assert.Equal("block", finding.GetProperty("severity").GetString());
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
        Assert.Equal(52, finding.GetProperty("column").GetInt32());
        var offset = finding.GetProperty("offset").GetInt32();
        var length = finding.GetProperty("length").GetInt32();
        Assert.Equal("DE60 5001 0517 9381 7264 01", DonationDraft.Substring(offset, length));
        Assert.Contains("IBAN", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_region_matches_the_finding()
    {
        using var tree = new TempTree();
        var post = tree.Write("workshop.txt", PhoneDraft);

        var result = Cli.Run("check", "--format", "sarif", post);

        using var json = JsonDocument.Parse(result.Output);
        var run = json.RootElement.GetProperty("runs")[0];
        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("warning", sarifResult.GetProperty("level").GetString());
        Assert.Equal(sarifResult.GetProperty("ruleId").GetString(), run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("id").GetString());
        var location = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(new Uri(post).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(2, region.GetProperty("endLine").GetInt32());
        Assert.Equal(
            region.GetProperty("charLength").GetInt32(),
            region.GetProperty("endColumn").GetInt32() - region.GetProperty("startColumn").GetInt32());
        Assert.Equal("+49 176 38429175", PhoneDraft.Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32()));
        Assert.DoesNotContain("38429175", region.GetProperty("snippet").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
