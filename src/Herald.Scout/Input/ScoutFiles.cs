namespace Herald.Scout;

/// <summary>The CSV files Scout reads (UTF-8, header row, extra columns ignored). Only <see cref="People"/> is required.</summary>
public sealed record ScoutFiles
{
    /// <summary><c>id,name,email,department,title,location,manager_id,skills</c>; <c>id</c> and <c>department</c> required, <c>skills</c> separated by <c>;</c>.</summary>
    public required string People { get; init; }

    /// <summary><c>source,target[,weight]</c> (or <c>from,to[,weight]</c>): who mails, meets or chats with whom.</summary>
    public string? Interactions { get; init; }

    /// <summary><c>id</c>: people who asked to join. They are always on the shortlist, flagged.</summary>
    public string? SelfNominations { get; init; }

    /// <summary><c>id</c>: people who do not want to be suggested. They are never on the shortlist.</summary>
    public string? OptOuts { get; init; }

    /// <summary><c>id[,signal]</c>: one row per sign of external visibility (talk, publication, public profile).</summary>
    public string? Visibility { get; init; }
}
