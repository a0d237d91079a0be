using Herald.Cli.CommandLine;

namespace Herald.Cli.Check;

/// <summary>The command line of <c>herald check</c> as typed; <see cref="CheckOptions"/> validates it.</summary>
internal sealed record CheckSettings
{
    /// <summary>The options <c>herald check</c> accepts, with their help in English and German.</summary>
    public static CliCommand Command { get; } = new(
        "check",
        new(
            "Check drafts before they are posted: secrets, personal data, confidential terms, classification marks, inside information",
            "Prüft Entwürfe, bevor sie gepostet werden: Geheimnisse, personenbezogene Daten, vertrauliche Begriffe, Einstufungen, Insiderinformationen"),
        new("[PATH]", new(
            "Files, directories (every text file below them) or - for standard input",
            "Dateien, Verzeichnisse (jede Textdatei darunter) oder - für die Standardeingabe")),
        [
            new("--policy", "FILE", new("The organisation's policy (YAML)", "Die Richtlinie der Organisation (YAML)")),
            new("--gitleaks-config", "FILE", new(
                "Add the rules of a gitleaks TOML configuration (may be repeated)",
                "Nimmt die Regeln einer gitleaks-Konfiguration (TOML) hinzu (mehrfach möglich)")),
            new("--no-builtin", null, new("Run without Herald's built-in secret rules", "Prüft ohne Heralds eingebaute Regeln für Geheimnisse")),
            new("--date", "YYYY-MM-DD", new(
                "The day the post would go out (quiet periods); default today",
                "Der Tag, an dem der Beitrag erscheinen soll (Ruhephasen); Standard: heute")),
            new("--format", "FORMAT", new("text (default), json or sarif", "text (Standard), json oder sarif")),
            new("--lang", "LANG", new(
                "Language of the output: de or en (default: from LANG, LC_ALL, LC_MESSAGES)",
                "Sprache der Ausgabe: de oder en (Standard: aus LANG, LC_ALL, LC_MESSAGES)")),
            new("--max-size", "SIZE", new(
                "Largest file that counts as a post, e.g. 10MB (default), 512KB; larger files are not read",
                "Größte Datei, die als Beitrag gilt, z. B. 10MB (Standard), 512KB; größere Dateien werden nicht gelesen")),
        ])
    {
        Examples = ["check --policy policy.yaml drafts/", "check - --format json"],
    };

    public string[] Paths { get; init; } = [];

    public string? Policy { get; init; }

    public string[] GitleaksConfigs { get; init; } = [];

    public bool NoBuiltin { get; init; }

    public string? Date { get; init; }

    public string? Format { get; init; }

    public string? Lang { get; init; }

    public string? MaxSize { get; init; }

    /// <summary>Arguments that do not fit the command; reported with the problems of the values.</summary>
    public IReadOnlyList<UsageProblem> Problems { get; init; } = [];

    public static CheckSettings From(ParsedArguments arguments) => new()
    {
        Paths = [.. arguments.Positionals],
        Policy = arguments.Value("--policy"),
        GitleaksConfigs = arguments.Values("--gitleaks-config"),
        NoBuiltin = arguments.Has("--no-builtin"),
        Date = arguments.Value("--date"),
        Format = arguments.Value("--format"),
        Lang = arguments.Value("--lang"),
        MaxSize = arguments.Value("--max-size"),
        Problems = arguments.Problems,
    };
}
