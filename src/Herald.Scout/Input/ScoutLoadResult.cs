namespace Herald.Scout;

/// <summary>The loaded input, or every error that prevented loading it; warnings in both cases.</summary>
public sealed class ScoutLoadResult
{
    internal ScoutLoadResult(ScoutInput? input, IReadOnlyList<InputProblem> errors, IReadOnlyList<InputProblem> warnings)
    {
        Input = errors.Count == 0 ? input : null;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The input, ready for <see cref="ScoutEngine.Run"/>; null when <see cref="Errors"/> is not empty.</summary>
    public ScoutInput? Input { get; }

    /// <summary>Every error found (loaders do not stop at the first); empty on success.</summary>
    public IReadOnlyList<InputProblem> Errors { get; }

    /// <summary>Rows that were skipped but did not stop loading, such as interactions with unknown ids.</summary>
    public IReadOnlyList<InputProblem> Warnings { get; }

    /// <summary>Whether the input was loaded.</summary>
    public bool Succeeded => Input is not null;
}
