using Herald.Guard.Text;

namespace Herald.Guard.Detection;

/// <summary>
/// The lines of a draft that contain one of a few keywords (case-insensitive), for patterns that never span lines
/// and always contain a keyword: running them on those lines finds what running them on the whole draft finds.
/// </summary>
internal static class KeywordLines
{
    /// <summary>How many lines <see cref="Find"/> collects before it gives up in favour of the whole draft.</summary>
    public const int MaxLines = 32;

    /// <summary>
    /// Writes the start of every line holding a keyword to <paramref name="lineStarts"/>, each once and in text order,
    /// and returns their number; -1 when there are more than <see cref="MaxLines"/> (then scanning the whole draft is cheaper).
    /// </summary>
    public static int Find(string text, IReadOnlyList<string> keywords, Span<int> lineStarts)
    {
        var count = 0;
        foreach (var keyword in keywords)
        {
            // A case-insensitive search per keyword is vectorised; lower-casing the draft first costs more than all of them.
            var at = text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var (lineStart, lineEnd) = TextLines.Bounds(text, at, keyword.Length);
                if (!lineStarts[..count].Contains(lineStart))
                {
                    if (count == MaxLines || count == lineStarts.Length)
                    {
                        return -1;
                    }

                    lineStarts[count++] = lineStart;
                }

                // The rest of this line is covered already.
                var next = Math.Max(at + 1, lineEnd);
                at = next < text.Length ? text.IndexOf(keyword, next, StringComparison.OrdinalIgnoreCase) : -1;
            }
        }

        lineStarts[..count].Sort();
        return count;
    }
}
