using Herald.Guard;

namespace Herald.Cli.CommandLine;

/// <summary>The positional arguments of a command (any number of them), as named in the help.</summary>
internal sealed record CliArgument(string Name, LocalizedText Description);
