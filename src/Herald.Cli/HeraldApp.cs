using System.Globalization;
using Herald.Cli.Check;
using Herald.Cli.CommandLine;
using Herald.Cli.Scout;

namespace Herald.Cli;

/// <summary>The `herald` command: one sub-command per capability.</summary>
internal static class HeraldApp
{
    /// <summary>Exit code for a usage or input error: the same for every sub-command.</summary>
    public const int UsageError = 2;

    private static readonly CliCommand[] Commands = [CheckSettings.Command, ScoutSettings.Command];

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input) =>
        Run(args, output, error, input, Languages.FromEnvironment(Environment.GetEnvironmentVariable, CultureInfo.CurrentUICulture));

    /// <summary>Runs with <paramref name="language"/> as the environment's language (what <c>LANG</c> would say).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input, Language language)
    {
        var io = new CliIO(output, error, input, language, Environment.CurrentDirectory);
        try
        {
            switch (args)
            {
                case [] or ["-h" or "--help", ..]:
                    HelpWriter.WriteRoot(output, Texts.For(language), Commands);
                    return 0;
                case ["check", .. var rest]:
                    var check = ParsedArguments.Parse(CheckSettings.Command, rest);
                    return check.HelpRequested
                        ? Help(io, CheckSettings.Command, check)
                        : new CheckCommand(io).Execute(CheckSettings.From(check), CancellationToken.None);
                case ["scout", .. var rest]:
                    var scout = ParsedArguments.Parse(ScoutSettings.Command, rest);
                    return scout.HelpRequested
                        ? Help(io, ScoutSettings.Command, scout)
                        : new ScoutCommand(io).Execute(ScoutSettings.From(scout), CancellationToken.None);
                default:
                    var kind = args[0].StartsWith('-') ? UsageProblemKind.UnknownOption : UsageProblemKind.UnknownCommand;
                    error.WriteLine("herald: " + Texts.For(language).Describe(new UsageProblem(kind, args[0], string.Empty)));
                    return UsageError;
            }
        }
#pragma warning disable CA1031 // The promise is "never a stack trace": anything unforeseen still ends with one clear line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine("herald: " + Texts.For(language).Unexpected(ex is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : ex));
            return UsageError;
        }
    }

    /// <summary>Help in the language <c>--lang</c> asks for, else the environment's.</summary>
    private static int Help(CliIO io, CliCommand command, ParsedArguments arguments)
    {
        var language = Languages.TryParse(arguments.Value("--lang"), out var chosen) ? chosen : io.EnvironmentLanguage;
        HelpWriter.WriteCommand(io.Output, Texts.For(language), command);
        return 0;
    }
}
