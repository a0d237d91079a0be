using Spectre.Console;

namespace Herald.Cli;

/// <summary>The streams and surroundings a command uses. Tests pass their own writers; the program passes the console's.</summary>
internal sealed class CliIO(TextWriter output, TextWriter error, TextReader input, Language environmentLanguage, string workingDirectory)
{
    // Wider than any excerpt line or message; markup lines are not padded, so the width costs nothing.
    private const int NoWrapWidth = 4096;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TextReader Input { get; } = input;

    /// <summary>The language of the environment (<c>LANG</c> …), used unless <c>--lang</c> says otherwise.</summary>
    public Language EnvironmentLanguage { get; } = environmentLanguage;

    /// <summary>The directory relative paths are shown against (SARIF URIs).</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Whether output goes to a terminal (colours) rather than a file or pipe.</summary>
    public bool IsTerminal => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>
    /// A Spectre console on <paramref name="output"/>, with colours only on a terminal. With <paramref name="noWrap"/>
    /// lines are never wrapped by Spectre (reports: an excerpt and its caret line must stay one line each; the
    /// terminal wraps them); without, help text is laid out for the terminal's width.
    /// </summary>
    public static IAnsiConsole CreateConsole(TextWriter output, bool isTerminal, bool noWrap)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });

        if (noWrap)
        {
            console.Profile.Width = NoWrapWidth;
        }

        return console;
    }
}
