using System.Text;

namespace Herald.Cli.CommandLine;

/// <summary>
/// Writes <c>--help</c> in the chosen language: description, usage, examples, arguments and options, with the
/// descriptions wrapped beside their names (the layout of common .NET command-line tools).
/// </summary>
internal static class HelpWriter
{
    // Lines fit a standard terminal and a pager; the help is plain text, so a wider terminal loses nothing.
    private const int Width = 80;
    private const string Indent = "    ";
    private const string Gap = "    ";

    public static void WriteRoot(TextWriter output, Texts texts, IReadOnlyList<CliCommand> commands)
    {
        var help = new StringBuilder();
        Section(help, texts.HelpUsage).Append(Indent).Append("herald ").Append(texts.HelpOptionsPlaceholder).Append(' ').AppendLine(texts.HelpCommandPlaceholder);
        Examples(help, texts, commands.SelectMany(c => c.Examples).ToList());
        help.AppendLine();
        Section(help, texts.HelpOptions);
        Rows(help, [("-h, --help", texts.HelpHelp)]);
        help.AppendLine();
        Section(help, texts.HelpCommands);
        Rows(help, [.. commands.Select(c => (c.Name, c.Description.Get(texts.Language.Code())))]);
        output.Write(help.ToString());
    }

    public static void WriteCommand(TextWriter output, Texts texts, CliCommand command)
    {
        var language = texts.Language.Code();
        var help = new StringBuilder();
        Section(help, texts.HelpDescription);
        foreach (var line in Wrap(command.Description.Get(language), Width))
        {
            help.AppendLine(line);
        }

        help.AppendLine();
        Section(help, texts.HelpUsage).Append(Indent).Append("herald ").Append(command.Name);
        if (command.Argument is { } argument)
        {
            help.Append(' ').Append(argument.Name);
        }

        help.Append(' ').AppendLine(texts.HelpOptionsPlaceholder);
        Examples(help, texts, command.Examples);
        if (command.Argument is { } positional)
        {
            help.AppendLine();
            Section(help, texts.HelpArguments);
            Rows(help, [(positional.Name, positional.Description.Get(language))]);
        }

        help.AppendLine();
        Section(help, texts.HelpOptions);
        Rows(help, [
            ("-h, --help", texts.HelpHelp),
            .. command.Options
                .Where(o => !o.Hidden)
                .Select(o => (Indent + o.Name + (o.IsSwitch ? string.Empty : $" <{o.Value}>"), o.Description.Get(language))),
        ]);
        output.Write(help.ToString());
    }

    private static StringBuilder Section(StringBuilder help, string heading) => help.AppendLine(heading);

    private static void Examples(StringBuilder help, Texts texts, IReadOnlyList<string> examples)
    {
        if (examples.Count == 0)
        {
            return;
        }

        help.AppendLine();
        Section(help, texts.HelpExamples);
        foreach (var example in examples)
        {
            help.Append(Indent).Append("herald ").AppendLine(example);
        }
    }

    /// <summary>Names on the left, their descriptions wrapped in a column to the right.</summary>
    private static void Rows(StringBuilder help, IReadOnlyList<(string Name, string Text)> rows)
    {
        var column = Indent.Length + rows.Max(r => r.Name.Length) + Gap.Length;
        foreach (var (name, text) in rows)
        {
            var first = true;
            foreach (var line in Wrap(text, Math.Max(Width - column, 20)))
            {
                help.Append(first ? (Indent + name).PadRight(column) : new string(' ', column)).AppendLine(line);
                first = false;
            }
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
