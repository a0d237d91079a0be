namespace Herald.Guard.Text;

/// <summary>Maps offsets to 1-based line and column and to line bounds. Built once per draft, only when it has findings.</summary>
internal sealed class LineIndex
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    public LineIndex(string text)
    {
        _text = text;
        var span = text.AsSpan();
        var offset = 0;
        int next;
        while ((next = span[offset..].IndexOf('\n')) >= 0)
        {
            offset += next + 1;
            _lineStarts.Add(offset);
        }
    }

    public (int Line, int Column) Locate(int offset)
    {
        var index = LineOf(offset);
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The start (inclusive) and end (exclusive, before <c>\r\n</c> or <c>\n</c>) of the line holding <paramref name="offset"/>.</summary>
    public (int Start, int End) Bounds(int offset)
    {
        var index = LineOf(offset);
        var start = _lineStarts[index];
        var end = index + 1 < _lineStarts.Count ? _lineStarts[index + 1] - 1 : _text.Length;
        if (end > start && _text[end - 1] == '\r')
        {
            end--;
        }

        return (start, end);
    }

    private int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return index < 0 ? ~index - 1 : index;
    }
}
