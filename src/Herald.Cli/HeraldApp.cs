using Herald.Cli.Check;
using Herald.Cli.Scout;
using Spectre.Console.Cli;

namespace Herald.Cli;

/// <summary>The `herald` command: one sub-command per capability.</summary>
internal static class HeraldApp
{
    /// <summary>Exit code for a usage or input error: the same for every sub-command.</summary>
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        var console = CliIO.CreateConsole(output);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("herald");
            config.Settings.Console = console;
            config.Settings.Registrar.RegisterInstance(new CliIO(output, error, input));
            config.PropagateExceptions();
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check drafts before they are posted: secrets, personal data, confidential terms, classification marks, inside information.")
                .WithExample("check", "--policy", "policy.yaml", "drafts/")
                .WithExample("check", "-", "--format", "json");
            config.AddCommand<ScoutCommand>("scout").WithDescription("Suggest whom to invite: experts, well connected, from every department; with reasons and invitation drafts.");
        });

        try
        {
            return app.Run(args);
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
    }
}
