using System.Diagnostics;
using System.Text;

namespace Herald.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Clean_draft_is_good_to_go_with_exit_code_0()
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.EnglishClean);

        var result = Cli.Run("check", post, "--lang", "en");

        Assert.Equal(0, result.Exit);
        Assert.Contains($"{post}  ✓ good to go", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 file checked · findings: 0 block, 0 warn, 0 hint", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Clean_draft_is_good_to_go_in_German()
    {
        using var tree = new TempTree();
        var post = tree.Write("beitrag.txt", Drafts.GermanClean);

        var result = Cli.Run("check", "--lang", "de", post);

        Assert.Equal(0, result.Exit);
        Assert.Contains($"{post}  ✓ alles gut – kann raus", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 Datei geprüft · Funde: 0 block, 0 warn, 0 hint", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-24")]
    [InlineData("2027-01-20")]
    public void Date_in_ISO_form_is_accepted(string date)
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.GermanClean);

        var result = Cli.Run("check", "--date", date, post);

        Assert.Equal(0, result.Exit);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Redirected_text_output_has_no_colour_codes()
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.EnglishClean);

        var result = Cli.Run("check", post);

        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public void Standard_input_is_checked_as_path_dash()
    {
        var result = Cli.RunWithInput(Drafts.GermanClean, "check", "-", "--format", "json");

        Assert.Equal(0, result.Exit);
        Assert.Contains("\"path\": \"-\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_paths_are_reported_in_the_order_given()
    {
        using var tree = new TempTree();
        var paths = Enumerable.Range(0, 40)
            .Select(i => tree.Write($"post-{39 - i:00}.txt", i % 2 == 0 ? Drafts.GermanClean : Drafts.EnglishClean + new string('!', i * 500)))
            .ToArray();

        var result = Cli.Run(["check", "--lang", "en", .. paths]);

        Assert.Equal(0, result.Exit);
        var reported = result.OutputLines.Where(l => l.EndsWith("✓ good to go", StringComparison.Ordinal)).Select(l => l[..l.IndexOf("  ", StringComparison.Ordinal)]);
        Assert.Equal(paths, reported);
    }

    [Fact]
    public void A_file_given_twice_is_checked_once()
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.EnglishClean);

        var result = Cli.Run("check", post, post, tree.Root);

        Assert.Contains("1 file checked", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_draft_is_ok_with_a_note()
    {
        using var tree = new TempTree();
        var empty = tree.Write("empty.txt", "");
        var blank = tree.Write("blank.txt", " \n\n  \t\n");

        var text = Cli.Run("check", "--lang", "en", empty, blank);
        var json = Cli.Run("check", "--format", "json", empty);

        Assert.Equal(0, text.Exit);
        Assert.Contains($"{empty}  ✓ empty – nothing to check", text.Output, StringComparison.Ordinal);
        Assert.Contains($"{blank}  ✓ empty – nothing to check", text.Output, StringComparison.Ordinal);
        Assert.Contains("\"note\": \"empty\"", json.Output, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"ok\"", json.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16 LE with BOM")]
    [InlineData("utf-16 BE with BOM")]
    public void Drafts_in_unicode_encodings_with_a_byte_order_mark_are_read(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8 with BOM" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16 LE with BOM" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        using var tree = new TempTree();
        var post = tree.WriteBytes("beitrag.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Drafts.GermanClean)]);

        var result = Cli.Run("check", "--lang", "de", post);

        Assert.Equal(0, result.Exit);
        Assert.Contains("✓ alles gut – kann raus", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Check_runs_in_process_without_dotnet_run()
    {
        // Every test here drives HeraldApp.Run directly: the command needs no child process, no console and no working directory.
        var result = Cli.Run("check", "--help");

        Assert.Equal(0, result.Exit);
        Assert.Contains("--format", result.Output, StringComparison.Ordinal);
        Assert.Contains("--max-size", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_with_a_NUL_byte_is_rejected_as_binary()
    {
        var result = Cli.RunWithInput("GIF89a\0\0binary", "check", "-", "--lang", "en");

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains("herald: -: binary file, not a text draft", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_above_the_size_limit_is_rejected()
    {
        var result = Cli.RunWithInput(new string('a', 3000), "check", "-", "--max-size", "2KB", "--lang", "en");

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains("too large to be a post: more than the 2 KB limit", result.Error, StringComparison.Ordinal);
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
