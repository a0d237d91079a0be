using Herald.Cli.CommandLine;

namespace Herald.Cli.Scout;

/// <summary>The command line of <c>herald scout</c> as typed; <see cref="ScoutOptionsParser"/> checks the values.</summary>
internal sealed record ScoutSettings
{
    /// <summary>The options <c>herald scout</c> accepts, with their help in English and German.</summary>
    public static CliCommand Command { get; } = new(
        "scout",
        new(
            "Suggest whom to invite: experts, well connected, from every department; with reasons and invitation drafts",
            "Schlägt vor, wen du einladen kannst: Fachleute, gut vernetzt, aus jeder Abteilung; mit Gründen und Einladungsentwürfen"),
        Argument: null,
        [
            new("--people", "FILE", new(
                "Staff list (CSV, UTF-8, header row): id,name,email,department,title,location,manager_id,skills. Only id and department are required; skills are separated by ';'",
                "Personalliste (CSV, UTF-8, mit Kopfzeile): id,name,email,department,title,location,manager_id,skills. Nur id und department sind Pflicht; skills werden durch ';' getrennt")),
            new("--interactions", "FILE", new(
                "Who mails, meets or chats with whom (CSV): source,target[,weight]. Weight defaults to 1",
                "Wer mit wem mailt, sich trifft oder chattet (CSV): source,target[,weight]. Ohne weight zählt 1")),
            new("--self-nominations", "FILE", new(
                "CSV with an id column: people who asked to join. They are always listed, flagged",
                "CSV mit einer Spalte id: Menschen, die selbst mitmachen wollen. Sie stehen immer auf der Liste, markiert")),
            new("--opt-outs", "FILE", new(
                "CSV with an id column: people who must never be suggested",
                "CSV mit einer Spalte id: Menschen, die nie vorgeschlagen werden dürfen")),
            new("--visibility", "FILE", new(
                "CSV id,signal: one row per sign of external visibility (talk, publication, public profile)",
                "CSV id,signal: eine Zeile je Zeichen von Sichtbarkeit nach außen (Vortrag, Veröffentlichung, öffentliches Profil)")),
            new("--topic", "TERM", new(
                "A topic term (repeatable). Replaces the built-in cyber-security vocabulary",
                "Ein Themenbegriff (mehrfach möglich). Ersetzt das eingebaute Vokabular zur Cybersicherheit")),
            new("--topic-file", "FILE", new(
                "Topic terms, one per line ('#' starts a comment). Replaces the built-in vocabulary",
                "Themenbegriffe, einer pro Zeile ('#' beginnt einen Kommentar). Ersetzt das eingebaute Vokabular")),
            new("--share", "SHARE", new(
                "Share of staff to shortlist: 0.01 to 0.10, or 1% to 10% (default 0.03)",
                "Anteil der Belegschaft für die Vorschlagsliste: 0.01 bis 0.10 oder 1% bis 10% (Standard 0.03)")),
            new("--all", null, new("Show everyone, not only the shortlist", "Zeigt alle, nicht nur die Vorschlagsliste")),
            new("--format", "FORMAT", new("table (default), json or csv", "table (Standard), json oder csv")),
            new("--lang", "LANG", new(
                "Language of reasons and texts: de or en (default: from the environment)",
                "Sprache der Gründe und Texte: de oder en (Standard: aus der Umgebung)")),
            new("--weight", "NAME=VALUE", new(
                "Weight of a score component (repeatable): expertise (0.35), betweenness (0.20), participation (0.15), degree (0.10), brokerage (0.10), visibility (0.10)",
                "Gewicht eines Bestandteils des Werts (mehrfach möglich): expertise (0.35), betweenness (0.20), participation (0.15), degree (0.10), brokerage (0.10), visibility (0.10)")),
            new("--lambda", "VALUE", new(
                "Value of covering one more department, in score units 0-1 (default 0.2)",
                "Wert einer weiteren abgedeckten Abteilung, in Einheiten des Werts 0-1 (Standard 0.2)")),
            new("--location-weight", "VALUE", new(
                "Value of covering one more location, in score units (default 0.1)",
                "Wert eines weiteren abgedeckten Standorts, in Einheiten des Werts (Standard 0.1)")),
            new("--exact-limit", "PEOPLE", new(
                "Betweenness is exact up to this many people, sampled above (default 10000)",
                "Bis zu so vielen Personen wird Betweenness genau berechnet, darüber mit einer Stichprobe (Standard 10000)")),
            new("--pivots", "K", new(
                "Source people sampled for betweenness above the exact limit (default 1000)",
                "Startpersonen der Stichprobe für Betweenness oberhalb der Grenze (Standard 1000)")),
            new("--seed", "N", new("Seed of the pivot sample (default 1)", "Startwert der Stichprobe (Standard 1)")),
            new("--delta", "D", new(
                "The sampled error bound holds with probability 1 - D (default 0.05)",
                "Die Fehlerschranke der Stichprobe gilt mit Wahrscheinlichkeit 1 - D (Standard 0.05)")),
            new("--invitations", "DIR", new(
                "Write an invitation draft per shortlisted person into this folder, in German and English",
                "Schreibt für jede vorgeschlagene Person einen Einladungsentwurf in diesen Ordner, auf Deutsch und Englisch")),
            new("--role-title", "TITLE", new(
                "The role the invitations offer (default \"Cyber-Security Expert\")",
                "Die Rolle, die die Einladungen anbieten (Standard „Cyber-Security Expert“)")),
            new("--hours", "HOURS", new(
                "Time budget per week the invitations offer (default 2)",
                "Zeit pro Woche, die die Einladungen anbieten (Standard 2)")),
            new("--sender", "NAME", new(
                "Who signs the invitations (default: the programme team)",
                "Wer die Einladungen unterschreibt (Standard: das Programmteam)")),
            new("--timings", null, new(
                "Print the time of each stage to standard error (for benchmarks)",
                "Schreibt die Zeit jeder Stufe auf die Standardfehlerausgabe (für Benchmarks)"))
            {
                Hidden = true,
            },
        ]);

    public string? People { get; init; }

    public string? Interactions { get; init; }

    public string? SelfNominations { get; init; }

    public string? OptOuts { get; init; }

    public string? Visibility { get; init; }

    public string[] Topics { get; init; } = [];

    public string? TopicFile { get; init; }

    public string Share { get; init; } = "0.03";

    public bool All { get; init; }

    public string Format { get; init; } = "table";

    public string? Lang { get; init; }

    public string[] Weights { get; init; } = [];

    public string? Lambda { get; init; }

    public string? LocationWeight { get; init; }

    public string? ExactLimit { get; init; }

    public string? Pivots { get; init; }

    public string? Seed { get; init; }

    public string? Delta { get; init; }

    public string? Invitations { get; init; }

    public string? RoleTitle { get; init; }

    public string? Hours { get; init; }

    public string? Sender { get; init; }

    public bool Timings { get; init; }

    /// <summary>Arguments that do not fit the command; reported with the problems of the values.</summary>
    public IReadOnlyList<UsageProblem> Problems { get; init; } = [];

    public static ScoutSettings From(ParsedArguments arguments) => new()
    {
        People = arguments.Value("--people"),
        Interactions = arguments.Value("--interactions"),
        SelfNominations = arguments.Value("--self-nominations"),
        OptOuts = arguments.Value("--opt-outs"),
        Visibility = arguments.Value("--visibility"),
        Topics = arguments.Values("--topic"),
        TopicFile = arguments.Value("--topic-file"),
        Share = arguments.Value("--share") ?? "0.03",
        All = arguments.Has("--all"),
        Format = arguments.Value("--format") ?? "table",
        Lang = arguments.Value("--lang"),
        Weights = arguments.Values("--weight"),
        Lambda = arguments.Value("--lambda"),
        LocationWeight = arguments.Value("--location-weight"),
        ExactLimit = arguments.Value("--exact-limit"),
        Pivots = arguments.Value("--pivots"),
        Seed = arguments.Value("--seed"),
        Delta = arguments.Value("--delta"),
        Invitations = arguments.Value("--invitations"),
        RoleTitle = arguments.Value("--role-title"),
        Hours = arguments.Value("--hours"),
        Sender = arguments.Value("--sender"),
        Timings = arguments.Has("--timings"),
        Problems = arguments.Problems,
    };
}
