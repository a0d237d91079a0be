namespace Herald.Guard.Text;

/// <summary>Maps offsets to 1-based line and column. Built once per draft, only when it has findings.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = [0];

    public LineIndex(string text)
    {
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
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
