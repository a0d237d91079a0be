namespace Herald.Cli.CommandLine;

/// <summary>A command line that does not fit what the command accepts. <see cref="Texts.Describe(UsageProblem)"/> words it.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Argument">The argument at fault, as typed (<c>--frmat</c>), or the option's name.</param>
/// <param name="Command">The sub-command whose help explains the options: <c>check</c>; empty for <c>herald</c> itself.</param>
internal sealed record UsageProblem(UsageProblemKind Kind, string Argument, string Command);

internal enum UsageProblemKind
{
    UnknownOption,
    MissingValue,
    /// <summary>A switch given a value: <c>--all=yes</c>.</summary>
    SwitchWithValue,
    /// <summary>A positional argument where the command takes none.</summary>
    UnexpectedArgument,
    UnknownCommand,
}
