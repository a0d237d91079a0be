using System.Text.Json;

namespace Herald.Cli.Tests;

public sealed class DirectoryTests
{
    [Fact]
    public void Every_text_file_below_a_directory_is_checked_in_sorted_order()
    {
        using var tree = new TempTree();
        tree.Write("b/zweiter.txt", Drafts.GermanClean);
        tree.Write("a.md", Drafts.EnglishClean);
        tree.Write("b/a/erster.txt", Drafts.GermanClean);
        tree.Write("c.txt", Drafts.EnglishClean);

        var result = Cli.Run("check", "--format", "json", tree.Root);

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        var paths = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToArray();
        Assert.Equal([tree.Path("a.md"), tree.Path("b/a/erster.txt"), tree.Path("b/zweiter.txt"), tree.Path("c.txt")], paths);
    }

    [Fact]
    public void Version_control_build_output_and_dependencies_are_not_drafts()
    {
        using var tree = new TempTree();
        tree.Write("post.txt", Drafts.EnglishClean);
        tree.Write(".git/COMMIT_EDITMSG", "Initial commit");
        tree.Write("bin/readme.txt", "build output");
        tree.Write("obj/project.assets.txt", "restore output");
        tree.Write("node_modules/left-pad/README.md", "left-pad");

        var result = Cli.Run("check", "--lang", "en", tree.Root);

        Assert.Contains("1 file checked", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Binary_file_in_a_directory_is_skipped_with_a_note()
    {
        using var tree = new TempTree();
        tree.Write("beitrag.txt", Drafts.GermanClean);
        var logo = tree.WriteBytes("bilder/logo.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var result = Cli.Run("check", "--lang", "de", tree.Root);

        Assert.Equal(0, result.Exit);
        Assert.Equal([$"herald: übersprungen: {logo}: Binärdatei (PNG image), kein Textentwurf"], result.ErrorLines);
        Assert.Contains("1 Datei geprüft · Funde: 0 block, 0 warn, 0 hint · 1 übersprungen", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipped_files_are_listed_in_json()
    {
        using var tree = new TempTree();
        tree.Write("post.txt", Drafts.EnglishClean);
        var archive = tree.WriteBytes("export.zip", [(byte)'P', (byte)'K', 0x03, 0x04, 0x14, 0x00]);
        var latin1 = tree.WriteBytes("notiz.txt", System.Text.Encoding.Latin1.GetBytes("Schöne Grüße"));

        var result = Cli.Run("check", "--lang", "en", "--format", "json", tree.Root);

        Assert.Equal(0, result.Exit);
        Assert.Empty(result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var skipped = json.RootElement.GetProperty("skipped").EnumerateArray()
            .Select(s => (s.GetProperty("path").GetString(), s.GetProperty("reason").GetString()))
            .ToArray();
        Assert.Equal(
            [
                (archive, "binary file (ZIP archive or Office document), not a text draft"),
                (latin1, "not valid UTF-8 (first invalid byte at offset 3): save the draft as UTF-8"),
            ],
            skipped);
    }

    [Fact]
    public void Oversized_file_in_a_directory_is_skipped_without_being_read()
    {
        using var tree = new TempTree();
        tree.Write("post.txt", Drafts.EnglishClean);
        var large = tree.Write("log.txt", new string('x', 5000));

        var result = Cli.Run("check", "--lang", "en", "--max-size", "4KB", tree.Root);

        Assert.Equal(0, result.Exit);
        Assert.Equal([$"herald: skipped {large}: too large to be a post: 4.9 KB > 4 KB limit (--max-size raises it)"], result.ErrorLines);
    }

    [Fact]
    public void Linked_directory_is_not_followed()
    {
        using var tree = new TempTree();
        tree.Write("drafts/post.txt", Drafts.EnglishClean);
        var link = tree.Path("drafts/loop");
        Directory.CreateSymbolicLink(link, tree.Root);

        var result = Cli.Run("check", "--lang", "en", tree.Path("drafts"));

        Assert.Equal(0, result.Exit);
        Assert.Contains("1 file checked", result.Output, StringComparison.Ordinal);
        Assert.Equal([$"herald: skipped {link}: symbolic link to a directory, not followed"], result.ErrorLines);
    }

    [Fact]
    public void Broken_link_in_a_directory_is_skipped_with_a_note()
    {
        using var tree = new TempTree();
        tree.Write("post.txt", Drafts.EnglishClean);
        var link = tree.Path("entwurf-alt.txt");
        File.CreateSymbolicLink(link, tree.Path("geloescht.txt"));

        var result = Cli.Run("check", "--lang", "de", tree.Root);

        Assert.Equal(0, result.Exit);
        Assert.Equal([$"herald: übersprungen: {link}: symbolischer Link ins Leere"], result.ErrorLines);
    }

    [Fact]
    public void Linked_file_in_a_directory_is_checked()
    {
        using var tree = new TempTree();
        var target = tree.Write("archiv/post.txt", Drafts.EnglishClean);
        Directory.CreateDirectory(tree.Path("drafts"));
        File.CreateSymbolicLink(tree.Path("drafts/post.txt"), target);

        var result = Cli.Run("check", "--lang", "en", tree.Path("drafts"));

        Assert.Equal(0, result.Exit);
        Assert.Contains("1 file checked", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_pipe_in_a_directory_does_not_hang_the_check()
    {
        using var tree = new TempTree();
        tree.Write("post.txt", Drafts.EnglishClean);
        CheckCommandTests.MakeFifo(tree.Path("pipe"));

        var result = Cli.Run("check", "--lang", "en", tree.Root);

        Assert.Equal(0, result.Exit);
        Assert.Contains("2 files checked", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_files_are_all_checked()
    {
        using var tree = new TempTree();
        for (var i = 0; i < 3000; i++)
        {
            tree.Write($"team-{i % 30:00}/beitrag-{i:0000}.txt", i % 2 == 0 ? Drafts.GermanClean : Drafts.EnglishClean);
        }

        tree.WriteBytes("team-07/foto.jpg", [0xFF, 0xD8, 0xFF, 0xE0]);

        var result = Cli.Run("check", "--lang", "en", "--format", "json", tree.Root);

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        var paths = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();
        Assert.Equal(3000, paths.Length);
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Single(json.RootElement.GetProperty("skipped").EnumerateArray());
    }

    [Fact]
    public void Relative_directory_paths_are_shown_as_given()
    {
        using var tree = new TempTree();
        tree.Write("entwuerfe/beitrag.txt", Drafts.GermanClean);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, tree.Path("entwuerfe"));

        var result = Cli.Run("check", "--lang", "de", relative);

        Assert.Contains($"{Path.Join(relative, "beitrag.txt")}  ✓ alles gut – kann raus", result.Output, StringComparison.Ordinal);
    }
}
