namespace Herald.Cli.Tests;

/// <summary>
/// Runs <c>herald</c> in-process through <see cref="HeraldApp.Run(string[], TextWriter, TextWriter, TextReader, Language)"/>, with its own
/// writers (never the shared <see cref="Console"/>) and English as the environment's language, whatever <c>LANG</c> says where the tests run.
/// </summary>
internal static class Cli
{
    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliResult RunWithInput(string standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(standardInput);
        var exit = HeraldApp.Run(args, output, error, input, Language.English);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int Exit, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.TrimEntries);
}
