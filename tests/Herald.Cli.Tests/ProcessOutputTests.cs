using System.Diagnostics;
using System.Text.Json;

namespace Herald.Cli.Tests;

/// <summary>
/// The real <c>herald</c> program with its output redirected, as a pipeline or a CI job runs it: the report goes out in
/// large blocks then, and must arrive whole.
/// </summary>
public sealed class ProcessOutputTests
{
    [Fact]
    public void Redirected_json_report_on_many_drafts_arrives_whole()
    {
        using var tree = new TempTree();
        const int Count = 400;
        for (var i = 0; i < Count; i++)
        {
            tree.Write($"drafts/draft-{i:D3}.txt", i % 2 == 0 ? Drafts.EnglishClean : Drafts.GermanClean);
        }

        var (exit, output, error) = RunHerald("check", "--format", "json", Path.Combine(tree.Root, "drafts"));

        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(Count, report.RootElement.GetProperty("files").GetArrayLength());
    }

    private static (int Exit, string Output, string Error) RunHerald(params string[] args)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "herald.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", program, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
