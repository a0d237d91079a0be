using System.ComponentModel;
using Spectre.Console.Cli;

namespace Herald.Cli.Check;

/// <summary>The command line of <c>herald check</c> as typed; <see cref="CheckOptions"/> validates it.</summary>
internal sealed class CheckSettings : CommandSettings
{
    [CommandArgument(0, "[PATH]")]
    [Description("Files, directories (every text file below them) or - for standard input.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--policy <FILE>")]
    [Description("The organisation's policy (YAML).")]
    public string? Policy { get; init; }

    [CommandOption("--gitleaks-config <FILE>")]
    [Description("Add the rules of a gitleaks TOML configuration (may be repeated).")]
    public string[] GitleaksConfigs { get; init; } = [];

    [CommandOption("--no-builtin")]
    [Description("Run without Herald's built-in secret rules.")]
    public bool NoBuiltin { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("The day the post would go out (quiet periods); default today.")]
    public string? Date { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("text (default), json or sarif.")]
    public string? Format { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("Language of the output: de or en (default: from LANG, LC_ALL, LC_MESSAGES).")]
    public string? Lang { get; init; }

    [CommandOption("--max-size <SIZE>")]
    [Description("Largest file that counts as a post, e.g. 10MB (default), 512KB; larger files are not read.")]
    public string? MaxSize { get; init; }
}
