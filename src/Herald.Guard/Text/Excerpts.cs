using System.Text;
using Herald.Guard.Detection;

namespace Herald.Guard.Text;

/// <summary>
/// Builds the one-line excerpt shown with a finding. Every secret and every piece of personal data
/// on that line is redacted, not only the finding's own, so no excerpt ever repeats a secret.
/// </summary>
internal static class Excerpts
{
    // Enough context to recognise the sentence; short enough for a terminal line or a tooltip.
    private const int ContextChars = 40;
    private const string Mask = "*****";

    /// <summary>Builds the excerpt for <paramref name="finding"/>; <paramref name="sensitive"/> holds every finding to redact, sorted by start.</summary>
    public static (string Excerpt, int Start, int Length) Build(string text, RawFinding finding, IReadOnlyList<RawFinding> sensitive)
    {
        var (lineStart, lineEnd) = TextLines.Bounds(text, finding.Start, 1);
        var findingEnd = Math.Min(finding.End, Math.Max(lineEnd, finding.Start + 1));
        var from = Math.Max(lineStart, finding.Start - ContextChars);
        var to = Math.Min(lineEnd, findingEnd + ContextChars);

        // Never cut a redacted span in half: widen to whole spans so the mask stays a mask.
        foreach (var s in sensitive)
        {
            if (s.Start < from && s.End > from)
            {
                from = Math.Max(lineStart, s.Start);
            }

            if (s.Start < to && s.End > to)
            {
                to = Math.Min(lineEnd, s.End);
            }
        }

        var builder = new StringBuilder((to - from) + 16);
        if (from > lineStart)
        {
            builder.Append('…');
        }

        var ownStart = -1;
        var ownLength = 0;
        var position = from;
        while (position < to)
        {
            if (position == finding.Start)
            {
                ownStart = builder.Length;
                var shown = Redact(text.AsSpan(finding.Start, findingEnd - finding.Start), finding.Rule.Redaction);
                AppendVisible(builder, shown);
                ownLength = builder.Length - ownStart;
                position = findingEnd;
                continue;
            }

            var other = FindSensitiveAt(sensitive, position, finding);
            if (other is { } s)
            {
                var end = Math.Min(s.End, to);
                AppendVisible(builder, Redact(text.AsSpan(position, end - position), s.Rule.Redaction));
                position = end;
                continue;
            }

            AppendVisible(builder, text.AsSpan(position, 1));
            position++;
        }

        if (to < lineEnd)
        {
            builder.Append('…');
        }

        if (ownStart < 0)
        {
            ownStart = 0;
            ownLength = builder.Length;
        }

        return (builder.ToString(), ownStart, ownLength);
    }

    public static bool IsSensitive(Redaction redaction) => redaction != Redaction.None;

    /// <summary>The text a finding may show of itself: secrets keep a short prefix, personal data its ends.</summary>
    public static string Redact(ReadOnlySpan<char> value, Redaction redaction) => redaction switch
    {
        Redaction.Secret => string.Concat(value[..Math.Min(4, value.Length / 4)], Mask),
        Redaction.Partial when value.Length > 6 => string.Concat(value[..2], "****", value[^2..]),
        Redaction.Partial => new string('*', value.Length),
        _ => value.ToString(),
    };

    private static RawFinding? FindSensitiveAt(IReadOnlyList<RawFinding> sensitive, int position, RawFinding own)
    {
        foreach (var s in sensitive)
        {
            if (s.Start > position)
            {
                break;
            }

            if (s.End > position && !(s.Start == own.Start && s.Length == own.Length && ReferenceEquals(s.Rule, own.Rule)))
            {
                return s;
            }
        }

        return null;
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
