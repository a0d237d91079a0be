using System.ComponentModel;
using Spectre.Console.Cli;

namespace Herald.Cli.Check;

internal sealed class CheckSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Files, directories (every text file below them) or - for standard input.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--policy <FILE>")]
    [Description("The organisation's policy (YAML).")]
    public string? Policy { get; init; }

    [CommandOption("--gitleaks-config <FILE>")]
    [Description("Add the rules of a gitleaks TOML configuration.")]
    public string? GitleaksConfig { get; init; }

    [CommandOption("--no-builtin")]
    [Description("Run without Herald's built-in secret rules.")]
    public bool NoBuiltin { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("The day the post would go out (quiet periods); default today.")]
    public string? Date { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("text (default), json or sarif.")]
    public string Format { get; init; } = "text";

    [CommandOption("--lang <LANG>")]
    [Description("Language of messages: de or en (default: from the environment).")]
    public string? Lang { get; init; }
}
