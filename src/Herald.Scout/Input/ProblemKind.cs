namespace Herald.Scout.Input;

/// <summary>The kinds of problem <see cref="ProblemLog"/> counts; the closing "… and N more" line names the kind.</summary>
internal static class ProblemKind
{
    public static ScoutText EmptyId { get; } = new("empty id", "leere id");

    public static ScoutText DuplicateId { get; } = new("duplicate id", "doppelte id");

    public static ScoutText EmptyDepartment { get; } = new("empty department", "leere Abteilung");

    public static ScoutText BadWeight { get; } = new("bad weight", "ungültiges Gewicht");

    public static ScoutText UnknownIds { get; } = new("unknown ids", "unbekannte ids");

    public static ScoutText OptedOut { get; } = new("opted out", "abgemeldet");

    public static ScoutText NoPeople { get; } = new("no people", "keine Personen");

    public static ScoutText Header { get; } = new("header", "Kopfzeile");
}
