namespace Herald.Scout;

/// <summary>An error or warning about the input, with the place it was found.</summary>
/// <param name="File">The file as the caller named it (or a short label such as <c>people</c> for in-memory input).</param>
/// <param name="Line">The 1-based line of the file (or item number), or 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it, in English and German.</param>
public sealed record InputProblem(string File, int Line, ScoutText Message)
{
    /// <summary>"file:line: message" in English.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message.En}" : $"{File}: {Message.En}";
}
