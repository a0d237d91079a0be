namespace Herald.Cli.Check;

/// <summary>A draft's text as read and decoded, or the reason it could not be. Exactly one of the two is set.</summary>
internal readonly record struct DraftText(string? Text, InputProblem? Problem)
{
    public static DraftText Empty { get; } = new(string.Empty, null);

    public static implicit operator DraftText(InputProblem problem) => new(null, problem);
}
