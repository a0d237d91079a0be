namespace Herald.Cli.CommandLine;

/// <summary>
/// A sub-command's arguments, sorted into options and positional arguments against the command's option list;
/// the command itself checks the values. Options are long: <c>--name VALUE</c>, <c>--name=VALUE</c> or
/// <c>--name:VALUE</c>. A lone <c>-</c> is positional (standard input), and so is everything after <c>--</c>.
/// An option given more than once keeps every value: repeatable options read all, the others the last.
/// </summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];
    private readonly List<UsageProblem> _problems = [];

    private ParsedArguments()
    {
    }

    /// <summary><c>-h</c> or <c>--help</c> was given: the command shows its help and does nothing else.</summary>
    public bool HelpRequested { get; private set; }

    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>Every argument that does not fit the command, in the order given.</summary>
    public IReadOnlyList<UsageProblem> Problems => _problems;

    public static ParsedArguments Parse(CliCommand command, ReadOnlySpan<string> args)
    {
        var parsed = new ParsedArguments();
        var optionsEnded = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                parsed.AddPositional(command, arg);
            }
            else if (arg == "--")
            {
                optionsEnded = true;
            }
            else if (arg is "-h" or "--help")
            {
                parsed.HelpRequested = true;
            }
            else
            {
                var separator = arg.AsSpan(2).IndexOfAny('=', ':');
                var name = separator < 0 ? arg : arg[..(separator + 2)];
                var inlineValue = separator < 0 ? null : arg[(separator + 3)..];
                var option = command.Find(name);
                if (option is null)
                {
                    parsed._problems.Add(new(UsageProblemKind.UnknownOption, name, command.Name));
                }
                else if (option.IsSwitch)
                {
                    if (inlineValue is null)
                    {
                        parsed.Add(name, string.Empty);
                    }
                    else
                    {
                        parsed._problems.Add(new(UsageProblemKind.SwitchWithValue, name, command.Name));
                    }
                }
                else if (inlineValue is not null)
                {
                    parsed.Add(name, inlineValue);
                }

                // The next argument is the value unless it is another option; "-1" and "-5MB" are values (then rejected as such).
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    parsed.Add(name, args[++i]);
                }
                else
                {
                    parsed._problems.Add(new(UsageProblemKind.MissingValue, name, command.Name));
                }
            }
        }

        return parsed;
    }

    /// <summary>The value of an option given once or more: the last one counts.</summary>
    public string? Value(string option) => _values.TryGetValue(option, out var values) ? values[^1] : null;

    /// <summary>Every value of a repeatable option, in the order given.</summary>
    public string[] Values(string option) => _values.TryGetValue(option, out var values) ? [.. values] : [];

    /// <summary>Whether a switch (or an option) was given.</summary>
    public bool Has(string option) => _values.ContainsKey(option);

    private void Add(string option, string value)
    {
        if (!_values.TryGetValue(option, out var values))
        {
            values = [];
            _values[option] = values;
        }

        values.Add(value);
    }

    private void AddPositional(CliCommand command, string arg)
    {
        if (command.Argument is null)
        {
            _problems.Add(new(UsageProblemKind.UnexpectedArgument, arg, command.Name));
        }
        else
        {
            _positionals.Add(arg);
        }
    }
}
