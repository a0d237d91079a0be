using Herald.Guard;
using Spectre.Console.Cli;

namespace Herald.Cli.Check;

internal sealed class CheckCommand(CliIO io) : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var engine = GuardEngine.Create(new GuardSetup { BuiltinSecretRules = !settings.NoBuiltin });
        var worst = Verdict.Ok;
        foreach (var path in settings.Paths)
        {
            var text = path == "-" ? io.Input.ReadToEnd() : File.ReadAllText(path);
            var result = engine.Check(text, path: path);
            worst = (Verdict)Math.Max((int)worst, (int)result.Verdict);
            foreach (var f in result.Findings)
            {
                io.Output.WriteLine($"{path}:{f.Line}:{f.Column}: {f.Severity.ToWireName()} {f.Category.ToWireName()} {f.RuleId}: {f.Message.Get(settings.Lang)}");
            }
        }

        return worst == Verdict.Block ? 1 : 0;
    }
}
