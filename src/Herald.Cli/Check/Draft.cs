namespace Herald.Cli.Check;

/// <summary>One draft to check: a file, or standard input.</summary>
/// <param name="Path">The path as shown to the user: as given, or joined below the directory that was given.</param>
/// <param name="FullPath">The absolute path; null for standard input.</param>
/// <param name="IsExplicit">Given on the command line (a problem is an input error) rather than found in a directory (skipped with a note).</param>
/// <param name="Problem">A problem already known from the directory walk; the draft is not read.</param>
internal sealed record Draft(string Path, string? FullPath, bool IsExplicit, InputProblem? Problem = null)
{
    /// <summary>The file as the directory walk listed it, with the size and attributes read then; null for a path given on the command line.</summary>
    public FileInfo? Listed { get; init; }

    public const string StandardInputPath = "-";

    public static Draft StandardInput { get; } = new(StandardInputPath, null, IsExplicit: true);
}
