using System.Text;

namespace Herald.Cli.Tests;

/// <summary>Every kind of bad input ends with a clear message on standard error and exit code 2: never a crash, a hang or a stack trace.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void No_path_is_a_usage_error()
    {
        var result = Cli.Run("check", "--lang", "en");

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains("name at least one draft to check", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void No_path_is_explained_in_German()
    {
        var result = Cli.Run("check", "--lang", "de");

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains("gib mindestens einen Entwurf an", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_is_named_and_nothing_is_checked()
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.EnglishClean);
        var missing = tree.Path("entwurf-fehlt.txt");

        var result = Cli.Run("check", "--lang", "en", post, missing);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Equal([$"herald: {missing}: no such file or directory"], result.ErrorLines);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Unreadable_file_is_an_input_error()
    {
        // A symbolic link to itself exists but cannot be opened: a real, root-proof read failure.
        using var tree = new TempTree();
        var loop = tree.Path("loop.txt");
        File.CreateSymbolicLink(loop, loop);

        var result = Cli.Run("check", "--lang", "en", loop);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains($"herald: {loop}: cannot be read (", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_given_explicitly_names_the_byte_offset()
    {
        using var tree = new TempTree();
        var latin1 = Encoding.Latin1.GetBytes("Viele Grüße aus dem Awareness-Team");
        var post = tree.WriteBytes("latin1.txt", latin1);

        var result = Cli.Run("check", "--lang", "en", post);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains($"herald: {post}: not valid UTF-8 (first invalid byte at offset 8): save the draft as UTF-8", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Awareness", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_offset_counts_from_the_start_of_the_file()
    {
        using var tree = new TempTree();
        var post = tree.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "Grüße"u8, 0xC3, 0x28]);

        var result = Cli.Run("check", "--lang", "de", post);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains("kein gültiges UTF-8 (erstes ungültiges Byte bei Offset 10)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("png", "binary file (PNG image), not a text draft")]
    [InlineData("pdf", "binary file (PDF document), not a text draft")]
    [InlineData("nul", "binary file, not a text draft")]
    public void Binary_file_given_explicitly_is_an_input_error(string kind, string message)
    {
        using var tree = new TempTree();
        byte[] bytes = kind switch
        {
            "png" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
            "pdf" => [.. "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"u8],
            _ => [.. "Zugangsdaten"u8, 0x00, 0x01, 0x02],
        };
        var file = tree.WriteBytes("anhang." + kind, bytes);

        var result = Cli.Run("check", "--lang", "en", file);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains($"herald: {file}: {message}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_megabyte_file_is_too_large_to_be_a_post()
    {
        using var tree = new TempTree();
        var path = tree.Path("export.txt");
        using (var file = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes(Drafts.EnglishClean.ReplaceLineEndings(" ") + "\n");
            while (file.Length < 50 * 1024 * 1024)
            {
                file.Write(line, 0, (int)Math.Min(line.Length, (50 * 1024 * 1024) - file.Length));
            }
        }

        var english = Cli.Run("check", "--lang", "en", path);
        var german = Cli.Run("check", "--lang", "de", path);

        Assert.Equal(HeraldApp.UsageError, english.Exit);
        Assert.Contains($"herald: {path}: too large to be a post: 50.0 MB > 10 MB limit", english.Error, StringComparison.Ordinal);
        Assert.Contains("zu groß für einen Beitrag: 50,0 MB > Grenze von 10 MB", german.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_size_lowers_and_raises_the_limit()
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.GermanClean);

        var tooSmall = Cli.Run("check", "--lang", "en", "--max-size", "100", post);
        var enough = Cli.Run("check", "--lang", "en", "--max-size", "1.5 KB", post);

        Assert.Equal(HeraldApp.UsageError, tooSmall.Exit);
        Assert.Contains("> 100 bytes limit", tooSmall.Error, StringComparison.Ordinal);
        Assert.Equal(0, enough.Exit);
    }

    [Theory]
    [InlineData("--date", "2026-13-01", "--date '2026-13-01' is not a date: use YYYY-MM-DD")]
    [InlineData("--date", "24.12.2026", "--date '24.12.2026' is not a date")]
    [InlineData("--format", "xml", "--format 'xml' is unknown: use text, json or sarif")]
    [InlineData("--lang", "fr", "--lang 'fr' is not available: use de or en")]
    [InlineData("--max-size", "0", "--max-size '0' is not a size")]
    [InlineData("--max-size", "-5MB", "--max-size '-5MB' is not a size")]
    [InlineData("--max-size", "zehn", "--max-size 'zehn' is not a size")]
    [InlineData("--max-size", "10XB", "--max-size '10XB' is not a size")]
    [InlineData("--max-size", "2GB", "--max-size '2GB' is not a size")]
    public void Invalid_option_value_is_a_usage_error(string option, string value, string message)
    {
        using var tree = new TempTree();
        var post = tree.Write("post.txt", Drafts.EnglishClean);

        var result = Cli.Run("check", "--lang", option == "--lang" ? value : "en", option, value, post);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Every_invalid_option_is_reported_at_once()
    {
        var result = Cli.Run("check", "--lang", "en", "--date", "morgen", "--format", "pdf", "--max-size", "viel");

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Equal(4, result.ErrorLines.Length);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_without_a_stack_trace()
    {
        var result = Cli.Run("check", "--frmat", "json", "post.txt");

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.StartsWith("herald: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_given_twice_is_a_usage_error()
    {
        var result = Cli.Run("check", "--lang", "en", "-", "-");

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains("can be given only once", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_file_does_not_stop_the_others_but_decides_the_exit_code()
    {
        using var tree = new TempTree();
        var before = tree.Write("a.txt", Drafts.GermanClean);
        var binary = tree.WriteBytes("b.bin", [0x00, 0x01, 0x02, 0x03]);
        var after = tree.Write("c.txt", Drafts.EnglishClean);

        var result = Cli.Run("check", "--lang", "en", before, binary, after);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains($"{before}  ✓ good to go", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{after}  ✓ good to go", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 files checked · findings: 0 block, 0 warn, 0 hint · 1 could not be checked", result.Output, StringComparison.Ordinal);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Bad_file_given_explicitly_is_listed_as_an_error_in_json()
    {
        using var tree = new TempTree();
        var binary = tree.WriteBytes("foto.jpg", [0xFF, 0xD8, 0xFF, 0xE0, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);

        var result = Cli.Run("check", "--lang", "en", "--format", "json", binary);

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(binary, error.GetProperty("path").GetString());
        Assert.Equal("binary file (JPEG image), not a text draft", error.GetProperty("reason").GetString());
    }

    [Fact]
    public void A_device_given_explicitly_is_read_no_further_than_the_limit()
    {
        var result = Cli.Run("check", "--lang", "en", "/dev/zero");

        Assert.Equal(HeraldApp.UsageError, result.Exit);
        Assert.Contains("herald: /dev/zero: too large to be a post: more than the 10 MB limit", result.Error, StringComparison.Ordinal);
    }
}
