using Herald.Guard;

namespace Herald.Cli.CommandLine;

/// <summary>One option of a command: a switch (<c>--all</c>) or an option with a value (<c>--policy FILE</c>).</summary>
/// <param name="Name">The option as typed, with its dashes: <c>--policy</c>.</param>
/// <param name="Value">The value's placeholder in the help (<c>FILE</c>); null for a switch.</param>
/// <param name="Description">One line of help in English and German.</param>
internal sealed record CliOption(string Name, string? Value, LocalizedText Description)
{
    /// <summary>Left out of the help (options for benchmarks).</summary>
    public bool Hidden { get; init; }

    public bool IsSwitch => Value is null;
}
