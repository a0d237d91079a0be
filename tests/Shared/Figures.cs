namespace Herald.Testing;

/// <summary>
/// Measured figures (recall, precision, rates) that tests print. They go to the test's own output
/// (shown with <c>dotnet test --output detailed</c>) and to <c>artifacts/figures.txt</c> at the
/// repository root, which <c>.ci/run</c> prints before its closing line.
/// </summary>
internal static class Figures
{
    private static readonly Lock Gate = new();

    public static void Report(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        var path = Path.Combine(Paths.RepositoryRoot, "artifacts", "figures.txt");
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }
}
