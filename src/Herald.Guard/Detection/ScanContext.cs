namespace Herald.Guard.Detection;

/// <summary>One draft being checked, plus what detectors share about it. Not thread-safe: one per check.</summary>
internal sealed class ScanContext(string text, DateOnly date, string? path)
{
    /// <summary>The draft as given.</summary>
    public string Text { get; } = text;

    /// <summary>The day the draft would be posted (quiet periods depend on it).</summary>
    public DateOnly Date { get; } = date;

    /// <summary>The file the draft came from, if any (some imported rules only apply to certain paths).</summary>
    public string? Path { get; } = path;

    /// <summary>Findings so far, in the order detectors report them.</summary>
    public List<RawFinding> Findings { get; } = [];

    public void Report(int start, int length, RuleInfo rule, LocalizedText? message = null) =>
        Findings.Add(new RawFinding(start, length, rule, message));
}
