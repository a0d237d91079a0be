using Spectre.Console;

namespace Herald.Cli;

/// <summary>The streams and surroundings a command uses. Tests pass their own writers; the program passes the console's.</summary>
internal sealed class CliIO(TextWriter output, TextWriter error, TextReader input, Language environmentLanguage, string workingDirectory)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TextReader Input { get; } = input;

    /// <summary>The language of the environment (<c>LANG</c> …), used unless <c>--lang</c> says otherwise.</summary>
    public Language EnvironmentLanguage { get; } = environmentLanguage;

    /// <summary>The directory relative paths are shown against (SARIF URIs).</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Whether output goes to a terminal (colours) rather than a file or pipe.</summary>
    public bool IsTerminal => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    public static IAnsiConsole CreateConsole(TextWriter output, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });

        // Excerpts and their caret lines must stay one line each: let the terminal wrap, not Spectre.
        console.Profile.Width = LineWidth;
        return console;
    }

    // Wide enough for any excerpt line and message; Spectre pads nothing, so this costs nothing.
    private const int LineWidth = 4096;
}
