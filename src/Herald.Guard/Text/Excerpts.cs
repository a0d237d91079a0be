using System.Text;
using Herald.Guard.Detection;

namespace Herald.Guard.Text;

/// <summary>
/// Builds the one-line excerpt shown with a finding. Every secret and every piece of personal data
/// in the excerpt is redacted, not only the finding's own, so no excerpt ever repeats a secret.
/// The cost per excerpt depends on the window only, never on the length of the line or the draft,
/// so a draft with thousands of findings on one long line stays linear.
/// </summary>
internal sealed class Excerpts
{
    // Enough context to recognise the sentence; short enough for a terminal line or a tooltip.
    private const int ContextChars = 40;
    private const string Mask = "*****";

    private readonly string _text;
    private readonly LineIndex _lines;
    private readonly RawFinding[] _sensitive;
    private readonly int _longestSensitive;

    /// <param name="text">The checked draft.</param>
    /// <param name="lines">Its line index.</param>
    /// <param name="findings">Every finding that will get an excerpt; the sensitive ones are redacted wherever they appear.</param>
    public Excerpts(string text, LineIndex lines, IEnumerable<RawFinding> findings)
    {
        _text = text;
        _lines = lines;
        _sensitive = [.. findings.Where(f => f.Rule.Redaction != Redaction.None).OrderBy(f => f.Start)];
        _longestSensitive = _sensitive.Length == 0 ? 0 : _sensitive.Max(f => f.Length);
    }

    /// <summary>The text a finding may show of itself: secrets keep a short prefix, personal data its ends.</summary>
    public static string Redact(ReadOnlySpan<char> value, Redaction redaction) => redaction switch
    {
        Redaction.Secret => string.Concat(value[..Math.Min(4, value.Length / 4)], Mask),
        Redaction.Partial when value.Length > 6 => string.Concat(value[..2], "****", value[^2..]),
        Redaction.Partial => new string('*', value.Length),
        _ => value.ToString(),
    };

    /// <summary>The excerpt for <paramref name="finding"/>, and where the finding stands in it.</summary>
    public (string Excerpt, int Start, int Length) Build(RawFinding finding)
    {
        var (lineStart, lineEnd) = _lines.Bounds(finding.Start);
        var findingEnd = Math.Min(finding.End, Math.Max(lineEnd, finding.Start + 1));
        var from = Math.Max(lineStart, finding.Start - ContextChars);
        var to = Math.Min(lineEnd, findingEnd + ContextChars);
        var others = SensitiveIn(from, to, finding);

        // Never cut a redacted span in half: widen to whole spans so the mask stays a mask.
        foreach (var s in others)
        {
            if (s.Start < from)
            {
                from = Math.Max(lineStart, s.Start);
            }

            if (s.End > to)
            {
                to = Math.Min(lineEnd, s.End);
            }
        }

        var builder = new StringBuilder(to - from + 16);
        if (from > lineStart)
        {
            builder.Append('…');
        }

        AppendMasked(builder, from, finding.Start, others);
        var ownStart = builder.Length;
        if (finding.Rule.Redaction == Redaction.None)
        {
            // A finding shown as written (a host name, say) may still contain a secret (a password in its URL).
            AppendMasked(builder, finding.Start, findingEnd, others);
        }
        else
        {
            AppendVisible(builder, Redact(_text.AsSpan(finding.Start, findingEnd - finding.Start), finding.Rule.Redaction));
        }

        var ownLength = builder.Length - ownStart;
        AppendMasked(builder, findingEnd, to, others);
        if (to < lineEnd)
        {
            builder.Append('…');
        }

        return (builder.ToString(), ownStart, ownLength);
    }

    // Appends text[start, end) with every sensitive span in it redacted. `others` is sorted by start.
    private void AppendMasked(StringBuilder builder, int start, int end, List<RawFinding> others)
    {
        var position = start;
        var next = 0;
        while (position < end)
        {
            while (next < others.Count && others[next].End <= position)
            {
                next++;
            }

            if (next < others.Count && others[next].Start <= position)
            {
                var maskedEnd = Math.Min(others[next].End, end);
                AppendVisible(builder, Redact(_text.AsSpan(position, maskedEnd - position), others[next].Rule.Redaction));
                position = maskedEnd;
                continue;
            }

            var plainEnd = next < others.Count ? Math.Min(end, others[next].Start) : end;
            AppendVisible(builder, _text.AsSpan(position, plainEnd - position));
            position = plainEnd;
        }
    }

    // The other sensitive findings that reach into [from, to), in start order.
    private List<RawFinding> SensitiveIn(int from, int to, RawFinding own)
    {
        var result = new List<RawFinding>();
        if (_sensitive.Length == 0)
        {
            return result;
        }

        // No sensitive span is longer than _longestSensitive, so none starting before this bound reaches `from`.
        var lowest = from - _longestSensitive;
        int lo = 0, hi = _sensitive.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sensitive[mid].Start < lowest)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _sensitive.Length && _sensitive[i].Start < to; i++)
        {
            var s = _sensitive[i];
            if (s.End > from && !(s.Start == own.Start && s.Length == own.Length && ReferenceEquals(s.Rule, own.Rule)))
            {
                result.Add(s);
            }
        }

        return result;
    }

    // Tabs and control characters would break terminal output and carets; show them as spaces.
    private static void AppendVisible(StringBuilder builder, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }
    }
}
