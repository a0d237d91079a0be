namespace Herald.Guard.Text;

/// <summary>Line arithmetic on a draft. Lines end at <c>\n</c>; a preceding <c>\r</c> belongs to the line break.</summary>
internal static class TextLines
{
    /// <summary>The start (inclusive) and end (exclusive, before the line break) of the line(s) around a span.</summary>
    public static (int Start, int End) Bounds(string text, int start, int length)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var searchFrom = Math.Min(text.Length, start + Math.Max(length, 1) - 1);
        var lineEnd = searchFrom >= text.Length ? -1 : text.IndexOf('\n', searchFrom);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        if (lineEnd > lineStart && text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        return (lineStart, lineEnd);
    }

    /// <summary>Up to <paramref name="reach"/> characters before <paramref name="start"/>, from no earlier than the start of its line.</summary>
    public static ReadOnlySpan<char> BeforeOnLine(ReadOnlySpan<char> text, int start, int reach)
    {
        var before = text[Math.Max(0, start - reach)..start];
        var lineStart = before.LastIndexOf('\n');
        return lineStart >= 0 ? before[(lineStart + 1)..] : before;
    }
}
