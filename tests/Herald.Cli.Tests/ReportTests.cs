using System.Text.Json;
using Herald.Cli.Check;
using Herald.Cli.Check.Reports;
using Herald.Guard;

namespace Herald.Cli.Tests;

/// <summary>
/// The three formats, fed with findings as the engine reports them. End-to-end runs with real
/// detectors are in <see cref="CheckCommandTests"/>; here the layout is pinned down exactly.
/// </summary>
public sealed class ReportTests
{
    private const long Limit = CheckOptions.DefaultMaxBytes;

    // "Unser neuer Token für die Demo 🚀: ghp_… – bitte nicht weitersagen" with the token redacted, as the engine builds it;
    // "für" is decomposed (u + combining diaeresis), as text from macOS often is.
    private static readonly Finding Token = new()
    {
        RuleId = "github-pat",
        Category = FindingCategory.Secret,
        Severity = Severity.Block,
        Line = 3,
        Column = 35,
        Offset = 120,
        Length = 40,
        Excerpt = "Unser neuer Token fu\u0308r die Demo 🚀: ghp_***** – bitte nicht weitersagen",
        ExcerptStart = 36,
        ExcerptLength = 9,
        Message = new LocalizedText(
            "This looks like an access token. Anyone who reads the post could use it — remove it and rotate the token.",
            "Das sieht nach einem Zugangstoken aus. Wer den Beitrag liest, könnte ihn nutzen — entferne ihn und tausche das Token aus."),
    };

    private static readonly Finding Ticket = new()
    {
        RuleId = "example-ticket",
        Category = FindingCategory.Confidential,
        Severity = Severity.Warn,
        Line = 5,
        Column = 1,
        Offset = 200,
        Length = 7,
        Excerpt = "EX-4711 war ein [spannender] Fall",
        ExcerptStart = 0,
        ExcerptLength = 7,
        Message = new LocalizedText("Internal ticket numbers show how we work.", "Interne Ticketnummern verraten, wie wir arbeiten."),
    };

    private static DraftOutcome.Checked Blocked(string path) => new(
        path,
        new CheckResult(Verdict.Block, [Token, Ticket]),
        [new TextPosition(3, 75), new TextPosition(5, 8)],
        IsEmpty: false);

    [Fact]
    public void Text_shows_each_finding_with_position_excerpt_and_caret()
    {
        var output = new StringWriter();
        var report = new TextReport(output, new StringWriter(), null, Texts.English, Limit);

        report.Add(Blocked("drafts/demo.txt"));
        report.Complete(Tally(Blocked("drafts/demo.txt")));

        var lines = output.ToString().Split('\n');
        Assert.Equal("drafts/demo.txt  ✗ please fix before posting", lines[0]);
        Assert.Equal("  3:35  block  secret  This looks like an access token. Anyone who reads the post could use it — remove it and rotate the token.", lines[1]);
        Assert.Equal("      Unser neuer Token fu\u0308r die Demo 🚀: ghp_***** – bitte nicht weitersagen", lines[2]);

        // The combining diaeresis takes no terminal cell: the caret counts cells, not characters.
        Assert.Equal("      " + new string(' ', 35) + "^^^^^^^^^", lines[3]);
        Assert.Equal("  5:1  warn  confidential  Internal ticket numbers show how we work.", lines[4]);
        Assert.Equal("      EX-4711 war ein [spannender] Fall", lines[5]);
        Assert.Equal("      ^^^^^^^", lines[6]);
        Assert.Equal("1 file checked · findings: 1 block, 1 warn, 0 hint", lines[8]);
    }

    [Fact]
    public void Text_in_German_uses_the_German_messages()
    {
        var output = new StringWriter();
        var report = new TextReport(output, new StringWriter(), null, Texts.German, Limit);

        report.Add(Blocked("entwurf.txt"));

        Assert.StartsWith("entwurf.txt  ✗ bitte vor dem Posten ändern", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Das sieht nach einem Zugangstoken aus.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_through_Spectre_escapes_draft_text_and_never_wraps()
    {
        var output = new StringWriter();
        var console = CliIO.CreateConsole(output, isTerminal: false, noWrap: true);
        var report = new TextReport(output, new StringWriter(), console, Texts.English, Limit);

        report.Add(Blocked("drafts/[draft].txt"));

        Assert.Contains("drafts/[draft].txt  ✗ please fix before posting", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("EX-4711 war ein [spannender] Fall", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(Token.Message.En, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_shows_control_characters_in_file_names_as_spaces()
    {
        var output = new StringWriter();
        var report = new TextReport(output, new StringWriter(), null, Texts.English, Limit);

        report.Add(new DraftOutcome.Checked("evil\u001b[2Jname.txt", CheckResult.Clean, [], IsEmpty: false));

        Assert.StartsWith("evil [2Jname.txt  ✓ good to go", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_exactly_the_documented_shape()
    {
        var output = new StringWriter();
        var report = new JsonReport(output, Texts.English, Limit);

        report.Add(Blocked("drafts/demo.txt"));
        report.Add(new DraftOutcome.Checked("drafts/ok.txt", CheckResult.Clean, [], IsEmpty: false));
        report.Complete(new CheckTally());

        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(["files"], root.EnumerateObject().Select(p => p.Name));
        var files = root.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(["path", "verdict", "findings"], files[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("block", files[0].GetProperty("verdict").GetString());
        Assert.Equal("ok", files[1].GetProperty("verdict").GetString());
        Assert.Empty(files[1].GetProperty("findings").EnumerateArray());

        var finding = files[0].GetProperty("findings")[0];
        Assert.Equal(
            ["ruleId", "category", "severity", "line", "column", "offset", "length", "excerpt", "message"],
            finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("github-pat", finding.GetProperty("ruleId").GetString());
        Assert.Equal("secret", finding.GetProperty("category").GetString());
        Assert.Equal("block", finding.GetProperty("severity").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        Assert.Equal(35, finding.GetProperty("column").GetInt32());
        Assert.Equal(120, finding.GetProperty("offset").GetInt32());
        Assert.Equal(40, finding.GetProperty("length").GetInt32());
        Assert.Equal(Token.Excerpt, finding.GetProperty("excerpt").GetString());
        Assert.Equal(Token.Message.En, finding.GetProperty("message").GetString());
        Assert.Equal("confidential", files[0].GetProperty("findings")[1].GetProperty("category").GetString());
    }

    [Fact]
    public void Json_streams_files_while_later_drafts_are_still_checked_and_ends_as_one_document()
    {
        var output = new StringWriter();
        using var report = new JsonReport(output, Texts.German, Limit);

        for (var i = 0; i < 400; i++)
        {
            report.Add(Blocked($"entwürfe/{i:D3}.txt"));
        }

        var written = output.ToString();
        Assert.StartsWith("{\n  \"files\": [", written.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        report.Add(new DraftOutcome.Skipped("entwürfe/logo.png", new InputProblem(InputProblemKind.Binary)));
        report.Add(new DraftOutcome.Failed("fehlt.txt", new InputProblem(InputProblemKind.Missing)));
        report.Complete(new CheckTally());

        Assert.StartsWith(written, output.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(["files", "skipped", "errors"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            Enumerable.Range(0, 400).Select(i => $"entwürfe/{i:D3}.txt"),
            root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        Assert.Equal("entwürfe/logo.png", root.GetProperty("skipped")[0].GetProperty("path").GetString());
        Assert.Equal("fehlt.txt", root.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Json_writes_umlauts_as_themselves()
    {
        var output = new StringWriter();
        var report = new JsonReport(output, Texts.German, Limit);

        report.Add(Blocked("entwürfe/demo.txt"));
        report.Complete(new CheckTally());

        Assert.Contains("\"path\": \"entwürfe/demo.txt\"", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Das sieht nach einem Zugangstoken aus.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_has_the_2_1_0_shape()
    {
        var output = new StringWriter();
        var report = new SarifReport(output, Texts.English, Limit, "/work/team");

        report.Add(Blocked("drafts/demo.txt"));
        report.Add(new DraftOutcome.Skipped("drafts/logo.png", new InputProblem(InputProblemKind.Binary) { Detail = "PNG image" }));
        report.Complete(Tally(Blocked("drafts/demo.txt")));

        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifReport.Schema, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("Herald Guard", driver.GetProperty("name").GetString());
        // Herald has no public web address of its own, so it names none rather than inventing one.
        Assert.False(driver.TryGetProperty("informationUri", out _));

        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(["github-pat", "example-ticket"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(Token.Message.En, rules[0].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("error", rules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("warning", rules[1].GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(2, results.Length);
        var token = results[0];
        Assert.Equal("github-pat", token.GetProperty("ruleId").GetString());
        Assert.Equal(0, token.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("error", token.GetProperty("level").GetString());
        Assert.Equal(Token.Message.En, token.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("secret", token.GetProperty("properties").GetProperty("category").GetString());
        var location = Assert.Single(token.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("drafts/demo.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(35, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(3, region.GetProperty("endLine").GetInt32());
        Assert.Equal(75, region.GetProperty("endColumn").GetInt32());
        Assert.Equal(120, region.GetProperty("charOffset").GetInt32());
        Assert.Equal(40, region.GetProperty("charLength").GetInt32());
        Assert.Equal(Token.Excerpt, region.GetProperty("snippet").GetProperty("text").GetString());
        Assert.Equal("warning", results[1].GetProperty("level").GetString());

        var invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var note = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("note", note.GetProperty("level").GetString());
        Assert.Equal("drafts/logo.png: binary file (PNG image), not a text draft", note.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Sarif_hint_is_a_note()
    {
        var output = new StringWriter();
        var report = new SarifReport(output, Texts.English, Limit, "/work/team");
        var hint = Ticket with { Severity = Severity.Hint, RuleId = "tip" };

        report.Add(new DraftOutcome.Checked("post.txt", new CheckResult(Verdict.Ok, [hint]), [new TextPosition(5, 8)], IsEmpty: false));
        report.Complete(new CheckTally());

        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("note", json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("drafts/post.txt", "drafts/post.txt")]
    [InlineData("./drafts/post.txt", "drafts/post.txt")]
    [InlineData("/work/team/drafts/neuer beitrag.txt", "drafts/neuer%20beitrag.txt")]
    [InlineData("/work/team/entwürfe/a.txt", "entw%C3%BCrfe/a.txt")]
    [InlineData("/srv/other/post.txt", "file:///srv/other/post.txt")]
    [InlineData("../other/post.txt", "file:///work/other/post.txt")]
    [InlineData("-", "-")]
    public void Sarif_uri_is_relative_with_forward_slashes_below_the_working_directory(string path, string uri) =>
        Assert.Equal(uri, SarifReport.ToUri(path, "/work/team"));

    [Fact]
    public void End_position_is_exclusive_and_follows_line_breaks()
    {
        const string text = "Hallo\nZeile zwei: geheim\ndrei\nvier";

        Assert.Equal(new TextPosition(2, 19), TextPosition.EndOf(text, 18, 6, new TextPosition(2, 13)));
        Assert.Equal(new TextPosition(3, 5), TextPosition.EndOf(text, 18, 11, new TextPosition(2, 13)));
    }

    private static CheckTally Tally(params DraftOutcome[] outcomes)
    {
        var tally = new CheckTally();
        foreach (var outcome in outcomes)
        {
            tally.Add(outcome);
        }

        return tally;
    }
}
