namespace Herald.Cli.Check;

/// <summary>Why a draft could not be checked. Given explicitly, it is an input error; found in a directory, the file is skipped with a note.</summary>
internal sealed record InputProblem(InputProblemKind Kind)
{
    /// <summary>The file's size in bytes for <see cref="InputProblemKind.TooLarge"/>; null when only "more than the limit" is known (a pipe).</summary>
    public long? Size { get; init; }

    /// <summary>The byte offset of the first invalid byte for <see cref="InputProblemKind.InvalidText"/>.</summary>
    public long Offset { get; init; }

    /// <summary>The kind of binary file (<c>PNG image</c>), the encoding of invalid text, or the system's reason a file could not be read; may be null.</summary>
    public string? Detail { get; init; }
}

internal enum InputProblemKind
{
    Missing,
    PermissionDenied,
    BrokenLink,
    /// <summary>Any other read failure; <see cref="InputProblem.Detail"/> holds the system's reason.</summary>
    Unreadable,
    Binary,
    InvalidText,
    TooLarge,
    LinkedDirectory,
}
