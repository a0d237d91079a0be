using Herald.Guard;

namespace Herald.Cli.Check;

/// <summary>What happened to one draft, in the order the drafts were given.</summary>
internal abstract record DraftOutcome(string Path)
{
    /// <summary>The draft was checked. <paramref name="Ends"/> holds each finding's end position (for SARIF regions), in finding order.</summary>
    public sealed record Checked(string Path, CheckResult Result, IReadOnlyList<TextPosition> Ends, bool IsEmpty) : DraftOutcome(Path);

    /// <summary>A file inside a directory that is not a text draft: skipped with a note, not an error.</summary>
    public sealed record Skipped(string Path, InputProblem Problem) : DraftOutcome(Path);

    /// <summary>A draft given explicitly that could not be checked: an input error.</summary>
    public sealed record Failed(string Path, InputProblem Problem) : DraftOutcome(Path);
}
