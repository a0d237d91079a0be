using Spectre.Console;

namespace Herald.Cli;

/// <summary>The streams a command uses. Tests pass their own writers; the program passes the console's.</summary>
internal sealed class CliIO(TextWriter output, TextWriter error, TextReader input)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TextReader Input { get; } = input;

    /// <summary>Whether output goes to a terminal (colours and progress) rather than a file or pipe.</summary>
    public bool IsTerminal => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    public static IAnsiConsole CreateConsole(TextWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    });
}
