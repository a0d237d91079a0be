namespace Herald.Cli.Check;

/// <summary>A 1-based line and column (UTF-16 code units) in a draft.</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>The position just after a span that starts at <paramref name="start"/> (offset <paramref name="offset"/>), as SARIF's exclusive end: lines end at <c>\n</c>, as in the engine.</summary>
    public static TextPosition EndOf(string text, int offset, int length, TextPosition start)
    {
        var span = text.AsSpan(offset, length);
        var lastBreak = span.LastIndexOf('\n');
        return lastBreak < 0
            ? start with { Column = start.Column + length }
            : new TextPosition(start.Line + span.Count('\n'), length - lastBreak);
    }
}
