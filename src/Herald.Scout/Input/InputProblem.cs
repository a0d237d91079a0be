namespace Herald.Scout;

/// <summary>An error or warning about the input, with the place it was found.</summary>
/// <param name="File">The file as the caller named it (or a short label such as <c>people</c> for in-memory input).</param>
/// <param name="Line">The 1-based line of the file (or item number), or 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record InputProblem(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
