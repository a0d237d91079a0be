namespace Herald.Scout.Input;

/// <summary>
/// Collects errors and warnings. A broken export can have a problem on every one of a million rows:
/// the first few of each kind per file are listed, the rest are counted in one closing line.
/// </summary>
internal sealed class ProblemLog
{
    // Enough to show the pattern of a mistake without burying the first lines of the terminal.
    private const int ListedPerKind = 20;

    private readonly Dictionary<(string File, ScoutText Kind, bool Error), int> _counts = [];

    public List<InputProblem> Errors { get; } = [];

    public List<InputProblem> Warnings { get; } = [];

    public void Error(string file, int line, ScoutText kind, ScoutText message) => Add(file, line, kind, message, error: true);

    public void Warning(string file, int line, ScoutText kind, ScoutText message) => Add(file, line, kind, message, error: false);

    /// <summary>Adds the "… and N more" lines; call once when loading is done.</summary>
    public void Close()
    {
        foreach (var ((file, kind, error), count) in _counts)
        {
            if (count > ListedPerKind)
            {
                var more = new InputProblem(file, 0, InputTexts.More(count - ListedPerKind, kind));
                (error ? Errors : Warnings).Add(more);
            }
        }
    }

    private void Add(string file, int line, ScoutText kind, ScoutText message, bool error)
    {
        var key = (file, kind, error);
        var count = _counts.GetValueOrDefault(key) + 1;
        _counts[key] = count;
        if (count <= ListedPerKind)
        {
            (error ? Errors : Warnings).Add(new InputProblem(file, line, message));
        }
    }
}
