using System.Globalization;
using Herald.Cli.Check;
using Herald.Cli.Scout;
using Spectre.Console.Cli;

namespace Herald.Cli;

/// <summary>The `herald` command: one sub-command per capability.</summary>
internal static class HeraldApp
{
    /// <summary>Exit code for a usage or input error: the same for every sub-command.</summary>
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input) =>
        Run(args, output, error, input, Languages.FromEnvironment(Environment.GetEnvironmentVariable, CultureInfo.CurrentUICulture));

    /// <summary>Runs with <paramref name="language"/> as the environment's language (what <c>LANG</c> would say).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input, Language language)
    {
        var io = new CliIO(output, error, input, language, Environment.CurrentDirectory);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("herald");
            config.Settings.Console = CliIO.CreateConsole(output, io.IsTerminal, noWrap: false);
            config.Settings.Registrar.RegisterInstance(io);
            config.PropagateExceptions();
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check drafts before they are posted: secrets, personal data, confidential terms, classification marks, inside information.")
                .WithExample("check", "--policy", "policy.yaml", "drafts/")
                .WithExample("check", "-", "--format", "json");
            config.AddCommand<ScoutCommand>("scout").WithDescription("Suggest whom to invite: experts, well connected, from every department; with reasons and invitation drafts.");
        });

        try
        {
            return app.Run(ProtectStandardInput(args));
        }
        catch (CommandParseException ex)
        {
            error.WriteLine($"herald: {ex.Message}");
            return UsageError;
        }
        catch (CommandRuntimeException ex)
        {
            error.WriteLine($"herald: {ex.Message}");
            return UsageError;
        }
#pragma warning disable CA1031 // The promise is "never a stack trace": anything unforeseen still ends with one clear line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine("herald: " + Texts.For(language).Unexpected(ex is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : ex));
            return UsageError;
        }
    }

    // Spectre.Console.Cli reads a lone "-" as an option without a name; by convention it means standard input.
    private static string[] ProtectStandardInput(string[] args) =>
        Array.ConvertAll(args, static a => a == "-" ? Draft.StandardInputArgument : a);
}
