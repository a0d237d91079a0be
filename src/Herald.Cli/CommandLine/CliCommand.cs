using Herald.Guard;

namespace Herald.Cli.CommandLine;

/// <summary>What a sub-command accepts, and what its help says.</summary>
/// <param name="Name">The sub-command: <c>check</c>.</param>
/// <param name="Description">One sentence for the help, in English and German.</param>
/// <param name="Argument">The positional arguments; null when the command takes none.</param>
/// <param name="Options">Every option, in the order the help lists them.</param>
internal sealed record CliCommand(string Name, LocalizedText Description, CliArgument? Argument, IReadOnlyList<CliOption> Options)
{
    /// <summary>Example command lines for the help, without the leading <c>herald</c>.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    public CliOption? Find(string name)
    {
        foreach (var option in Options)
        {
            if (option.Name == name)
            {
                return option;
            }
        }

        return null;
    }
}
