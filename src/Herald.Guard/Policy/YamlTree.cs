using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Herald.Guard.Policy;

/// <summary>The shape of a YAML node.</summary>
internal enum YamlKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// A YAML node with the position it was written at. Built from YamlDotNet's parser events rather than its
/// representation model so that a duplicated key becomes one more collected error instead of an exception.
/// </summary>
internal sealed class YamlNode
{
    public required YamlKind Kind { get; init; }

    /// <summary>1-based line.</summary>
    public required int Line { get; init; }

    /// <summary>1-based column.</summary>
    public required int Column { get; init; }

    /// <summary>The text of a scalar; null for the YAML null (<c>~</c>, <c>null</c>, or nothing at all).</summary>
    public string? Value { get; init; }

    public List<YamlNode> Items { get; } = [];

    public List<KeyValuePair<YamlNode, YamlNode>> Pairs { get; } = [];

    public bool IsNull => Kind == YamlKind.Scalar && Value is null;
}

/// <summary>A parsed YAML document, or the syntax error that stopped parsing, plus the duplicated keys found.</summary>
internal sealed record YamlParseResult(YamlNode? Root, IReadOnlyList<(int Line, int Column, LocalizedText Message)> Errors);

/// <summary>Turns YAML text into <see cref="YamlNode"/>s, recording every position.</summary>
internal static class YamlTree
{
    /// <summary>
    /// Deepest nesting read. A policy needs four levels; the limit keeps a hostile file of nested brackets
    /// from exhausting the stack.
    /// </summary>
    private const int MaxDepth = 32;

    public static YamlParseResult Parse(string yaml)
    {
        var errors = new List<(int, int, LocalizedText)>();
        var parser = new Parser(new StringReader(yaml));
        var state = new ReadState();
        try
        {
            YamlNode? root = null;
            var documents = 0;
            while (parser.MoveNext())
            {
                if (parser.Current is DocumentStart)
                {
                    documents++;
                    if (!parser.MoveNext())
                    {
                        break;
                    }

                    var node = ReadNode(parser, state, errors, 0);
                    if (documents == 1)
                    {
                        root = node;
                    }
                    else
                    {
                        errors.Add((node.Line, node.Column, new(
                            "The policy has more than one YAML document (a second '---'). Keep everything in one document.",
                            "Die Richtlinie hat mehr als ein YAML-Dokument (ein zweites '---'). Schreib alles in ein Dokument.")));
                    }
                }
            }

            return new YamlParseResult(root, errors);
        }
        catch (TooDeepException e)
        {
            errors.Add(((int)e.Start.Line, (int)e.Start.Column, new(
                e.Message,
                $"Die Richtlinie ist hier tiefer als {MaxDepth} Ebenen verschachtelt. Eine Richtlinie braucht nur wenige Ebenen; prüfe die Klammern und die Einrückung.")));
            return new YamlParseResult(null, errors);
        }
        catch (YamlException e) when (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FindIndentingTab(yaml) is var (line, column))
        {
            errors.Add((line, column, new(
                "YAML does not allow tabs for indentation. Indent with spaces.",
                "YAML erlaubt keine Tabulatoren zum Einrücken. Rücke mit Leerzeichen ein.")));
            return new YamlParseResult(null, errors);
        }
        catch (YamlException e)
        {
            errors.Add(((int)e.Start.Line, (int)e.Start.Column, DescribeSyntaxError(e)));
            return new YamlParseResult(null, errors);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when the text ends inside a [ … ] or { … }.
            var (line, column) = state.OpenFlow.Count > 0 ? state.OpenFlow.Peek() : state.Last;
            errors.Add((line, column, new(
                "The [ or { that starts here is never closed. Add the missing ] or }.",
                "Die [ oder { , die hier beginnt, wird nie geschlossen. Ergänze die fehlende ] oder }.")));
            return new YamlParseResult(null, errors);
        }
    }

    private static YamlNode ReadNode(IParser parser, ReadState state, List<(int, int, LocalizedText)> errors, int depth)
    {
        var current = parser.Current!;
        if (depth > MaxDepth)
        {
            throw new TooDeepException(current.Start, current.End);
        }

        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        var anchors = state.Anchors;
        state.Last = (line, column);
        switch (current)
        {
            case AnchorAlias alias:
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new MissingAnchorException(current.Start, current.End, alias.Value.Value);
                }

                return target;

            case Scalar scalar:
                var value = scalar.IsPlainImplicit && IsNullLiteral(scalar.Value) ? null : scalar.Value;
                return Remember(new YamlNode { Kind = YamlKind.Scalar, Line = line, Column = column, Value = value }, scalar, anchors);

            case SequenceStart start:
                var sequence = Remember(new YamlNode { Kind = YamlKind.Sequence, Line = line, Column = column }, start, anchors);
                state.Open(start.Style == SequenceStyle.Flow, line, column);
                while (parser.MoveNext() && parser.Current is not SequenceEnd)
                {
                    sequence.Items.Add(ReadNode(parser, state, errors, depth + 1));
                }

                state.Close(start.Style == SequenceStyle.Flow);
                return sequence;

            case MappingStart start:
                var mapping = Remember(new YamlNode { Kind = YamlKind.Mapping, Line = line, Column = column }, start, anchors);
                state.Open(start.Style == MappingStyle.Flow, line, column);
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                while (parser.MoveNext() && parser.Current is not MappingEnd)
                {
                    var key = ReadNode(parser, state, errors, depth + 1);
                    parser.MoveNext();
                    var item = ReadNode(parser, state, errors, depth + 1);
                    if (key.Kind == YamlKind.Scalar && key.Value is { } name)
                    {
                        if (seen.TryGetValue(name, out var firstLine))
                        {
                            errors.Add((key.Line, key.Column, new(
                                $"'{name}' appears twice in this section (first on line {firstLine}). Keep one and merge the entries into it.",
                                $"'{name}' steht zweimal in diesem Abschnitt (zuerst in Zeile {firstLine}). Behalte einen und führe die Einträge darin zusammen.")));
                            continue;
                        }

                        seen[name] = key.Line;
                    }

                    mapping.Pairs.Add(new(key, item));
                }

                state.Close(start.Style == MappingStyle.Flow);
                return mapping;

            default:
                throw new SemanticErrorException(current.Start, current.End, "Unexpected YAML structure.");
        }
    }

    private static YamlNode Remember(YamlNode node, NodeEvent nodeEvent, Dictionary<string, YamlNode> anchors)
    {
        if (!nodeEvent.Anchor.IsEmpty)
        {
            anchors[nodeEvent.Anchor.Value] = node;
        }

        return node;
    }

    private static bool IsNullLiteral(string value) =>
        value.Length == 0 || value is "~" or "null" or "Null" or "NULL";

    private static (int Line, int Column)? FindIndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    // YamlDotNet's messages describe the parser's state; the security owner needs to know what to fix.
    private static LocalizedText DescribeSyntaxError(YamlException e)
    {
        var message = e.Message;
        if (e is MissingAnchorException missing)
        {
            return new(message, $"Der Alias *{missing.Alias} verweist auf einen Anker &{missing.Alias}, der vorher nicht definiert ist.");
        }

        if (message.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return new(
                "The quote that starts here is never closed. Add the closing quote.",
                "Das Anführungszeichen, das hier beginnt, wird nie geschlossen. Ergänze das schließende Anführungszeichen.");
        }

        if (message.Contains("did not find expected ',' or", StringComparison.Ordinal))
        {
            return new(
                "A [ or { opened before this line is not closed. Add the missing ] or }, or a comma between entries.",
                "Eine [ oder { vor dieser Zeile wird nicht geschlossen. Ergänze die fehlende ] oder } oder ein Komma zwischen den Einträgen.");
        }

        if (message.Contains("did not find expected key", StringComparison.Ordinal)
            || message.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return new(
                "This line is not indented like the lines around it. Align it with the other entries of its section.",
                "Diese Zeile ist anders eingerückt als die Zeilen um sie herum. Richte sie an den anderen Einträgen ihres Abschnitts aus.");
        }

        if (message.Contains("found invalid mapping", StringComparison.Ordinal)
            || message.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            return new(
                "A ':' followed by a space starts a new key, which is not possible here. Put the value in quotes if it contains ': '.",
                "Ein ':' mit Leerzeichen danach beginnt einen neuen Schlüssel, und das geht hier nicht. Setz den Wert in Anführungszeichen, wenn er ': ' enthält.");
        }

        return new(
            $"This is not valid YAML: {message.TrimEnd('.')}. Check the indentation and quotes on this line and the one before it.",
            $"Das ist kein gültiges YAML ({message.TrimEnd('.')}). Prüfe die Einrückung und die Anführungszeichen in dieser und der vorigen Zeile.");
    }

    private sealed class MissingAnchorException(Mark start, Mark end, string alias)
        : YamlException(start, end, $"The alias *{alias} refers to an anchor &{alias} that is not defined before it.")
    {
        public string Alias => alias;
    }

    private sealed class TooDeepException(Mark start, Mark end)
        : YamlException(start, end, $"The policy is nested more than {MaxDepth} levels deep here. A policy needs only a few levels; check the brackets and indentation.");

    /// <summary>What reading a document needs to remember: anchors, the last position, open [ … ] and { … }.</summary>
    private sealed class ReadState
    {
        public Dictionary<string, YamlNode> Anchors { get; } = new(StringComparer.Ordinal);

        public (int Line, int Column) Last { get; set; } = (1, 1);

        public Stack<(int Line, int Column)> OpenFlow { get; } = new();

        public void Open(bool flow, int line, int column)
        {
            if (flow)
            {
                OpenFlow.Push((line, column));
            }
        }

        public void Close(bool flow)
        {
            if (flow)
            {
                OpenFlow.Pop();
            }
        }
    }
}
