using System.ComponentModel;
using Spectre.Console.Cli;

namespace Herald.Cli.Scout;

internal sealed class ScoutSettings : CommandSettings
{
    [CommandOption("--people <FILE>")]
    [Description("Staff list (CSV, UTF-8, header row): id,name,email,department,title,location,manager_id,skills. Only id and department are required; skills are separated by ';'.")]
    public string? People { get; init; }

    [CommandOption("--interactions <FILE>")]
    [Description("Who mails, meets or chats with whom (CSV): source,target[,weight]. Weight defaults to 1.")]
    public string? Interactions { get; init; }

    [CommandOption("--self-nominations <FILE>")]
    [Description("CSV with an id column: people who asked to join. They are always listed, flagged.")]
    public string? SelfNominations { get; init; }

    [CommandOption("--opt-outs <FILE>")]
    [Description("CSV with an id column: people who must never be suggested.")]
    public string? OptOuts { get; init; }

    [CommandOption("--visibility <FILE>")]
    [Description("CSV id,signal: one row per sign of external visibility (talk, publication, public profile).")]
    public string? Visibility { get; init; }

    [CommandOption("--topic <TERM>")]
    [Description("A topic term (repeatable). Replaces the built-in cyber-security vocabulary.")]
    public string[] Topics { get; init; } = [];

    [CommandOption("--topic-file <FILE>")]
    [Description("Topic terms, one per line ('#' starts a comment). Replaces the built-in vocabulary.")]
    public string? TopicFile { get; init; }

    [CommandOption("--share <SHARE>")]
    [Description("Share of staff to shortlist: 0.01 to 0.10, or 1% to 10% (default 0.03).")]
    public string Share { get; init; } = "0.03";

    [CommandOption("--all")]
    [Description("Show everyone, not only the shortlist.")]
    public bool All { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table (default), json or csv.")]
    public string Format { get; init; } = "table";

    [CommandOption("--lang <LANG>")]
    [Description("Language of reasons and texts: de or en (default: from the environment).")]
    public string? Lang { get; init; }

    [CommandOption("--weight <NAME=VALUE>")]
    [Description("Weight of a score component (repeatable): expertise (0.35), betweenness (0.20), participation (0.15), degree (0.10), brokerage (0.10), visibility (0.10).")]
    public string[] Weights { get; init; } = [];

    [CommandOption("--lambda <VALUE>")]
    [Description("Value of covering one more department, in score units 0-1 (default 0.2).")]
    public string? Lambda { get; init; }

    [CommandOption("--location-weight <VALUE>")]
    [Description("Value of covering one more location, in score units (default 0.1).")]
    public string? LocationWeight { get; init; }

    [CommandOption("--exact-limit <PEOPLE>")]
    [Description("Betweenness is exact up to this many people, sampled above (default 10000).")]
    public string? ExactLimit { get; init; }

    [CommandOption("--pivots <K>")]
    [Description("Source people sampled for betweenness above the exact limit (default 1000).")]
    public string? Pivots { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seed of the pivot sample (default 1).")]
    public string? Seed { get; init; }

    [CommandOption("--delta <D>")]
    [Description("The sampled error bound holds with probability 1 - D (default 0.05).")]
    public string? Delta { get; init; }

    [CommandOption("--invitations <DIR>")]
    [Description("Write an invitation draft per shortlisted person into this folder, in German and English.")]
    public string? Invitations { get; init; }

    [CommandOption("--role-title <TITLE>")]
    [Description("The role the invitations offer (default \"Cyber-Security Expert\").")]
    public string? RoleTitle { get; init; }

    [CommandOption("--hours <HOURS>")]
    [Description("Time budget per week the invitations offer (default 2).")]
    public string? Hours { get; init; }

    [CommandOption("--sender <NAME>")]
    [Description("Who signs the invitations (default: the programme team).")]
    public string? Sender { get; init; }

    [CommandOption("--timings", IsHidden = true)]
    [Description("Print the time of each stage to standard error (for benchmarks).")]
    public bool Timings { get; init; }
}
