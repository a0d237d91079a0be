using System.Buffers;
using System.Globalization;
using System.Text;

namespace Herald.Guard.Text;

/// <summary>
/// A draft in a simple matching form, with a map back to the original offsets: lower case (invariant),
/// compatibility forms unified (NFKC: "𝗨𝗺𝘀𝗮𝘁𝘇" styled letters, full-width forms, ligatures and
/// decomposed umlauts become plain letters), <c>ß</c> as <c>ss</c>, invisible format characters
/// (soft hyphen, zero-width space and joiners) dropped, and every run of white space one space.
/// Buffers come from the shared array pools; dispose to return them. Not thread-safe: one per check.
/// </summary>
internal sealed class FoldedText : IDisposable
{
    // Enough for the NFKC form of any single character plus its combining marks in practice;
    // longer clusters take the allocating path.
    private const int ClusterBuffer = 32;

    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    private FoldedText(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(capacity);
        _starts = ArrayPool<int>.Shared.Rent(capacity);
        _ends = ArrayPool<int>.Shared.Rent(capacity);
    }

    /// <summary>Number of folded characters.</summary>
    public int Length { get; private set; }

    /// <summary>The folded text.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    /// <summary>Folds <paramref name="text"/>.</summary>
    public static FoldedText Create(ReadOnlySpan<char> text)
    {
        var folded = new FoldedText(text.Length + 16);
        folded.Append(text);
        return folded;
    }

    /// <summary>The folded form of a short string, such as a policy topic.</summary>
    public static string Fold(string value)
    {
        using var folded = Create(value);
        return folded.Span.Trim(' ').ToString();
    }

    /// <summary>The original span <c>[start, end)</c> that the folded span <c>[start, end)</c> came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end) => (_starts[start], _ends[end - 1]);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_ends);
        _chars = [];
        _starts = [];
        _ends = [];
        Length = 0;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        Span<char> normalized = stackalloc char[ClusterBuffer];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAscii(c) && !StartsCluster(text, i + 1))
            {
                if (char.IsWhiteSpace(c))
                {
                    AppendSpace(i);
                }
                else
                {
                    Emit(char.ToLowerInvariant(c), i, i + 1);
                }

                i++;
                continue;
            }

            var end = ClusterEnd(text, i);
            var cluster = text[i..end];
            if (cluster.Length == 1 && char.IsWhiteSpace(c))
            {
                AppendSpace(i);
            }
            else if (cluster.Length == 1 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                // Soft hyphens and zero-width characters are invisible: "Um\u00ADsatz" reads as "Umsatz".
            }
            else if (cluster.TryNormalize(normalized, out var written, NormalizationForm.FormKC))
            {
                EmitLower(normalized[..written], i, end);
            }
            else
            {
                EmitLower(cluster.ToString().Normalize(NormalizationForm.FormKC), i, end);
            }

            i = end;
        }
    }

    // A base character and the combining marks after it ("u" + U+0308) are normalised together.
    private static int ClusterEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1);
        while (StartsCluster(text, end))
        {
            end++;
        }

        return end;
    }

    private static bool StartsCluster(ReadOnlySpan<char> text, int position) =>
        position < text.Length && text[position] >= '\u0300'
        && CharUnicodeInfo.GetUnicodeCategory(text[position]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private void EmitLower(ReadOnlySpan<char> value, int start, int end)
    {
        foreach (var c in value)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is 'ß' or 'ẞ')
            {
                Emit('s', start, end);
                Emit('s', start, end);
            }
            else if (char.IsWhiteSpace(lower))
            {
                AppendSpace(start);
            }
            else
            {
                Emit(lower, start, end);
            }
        }
    }

    private void AppendSpace(int position)
    {
        if (Length > 0 && _chars[Length - 1] == ' ')
        {
            _ends[Length - 1] = position + 1;
            return;
        }

        Emit(' ', position, position + 1);
    }

    private void Emit(char c, int start, int end)
    {
        if (Length == _chars.Length)
        {
            Grow();
        }

        _chars[Length] = c;
        _starts[Length] = start;
        _ends[Length] = end;
        Length++;
    }

    private void Grow()
    {
        var size = _chars.Length * 2;
        var chars = ArrayPool<char>.Shared.Rent(size);
        var starts = ArrayPool<int>.Shared.Rent(size);
        var ends = ArrayPool<int>.Shared.Rent(size);
        _chars.AsSpan(0, Length).CopyTo(chars);
        _starts.AsSpan(0, Length).CopyTo(starts);
        _ends.AsSpan(0, Length).CopyTo(ends);
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_ends);
        (_chars, _starts, _ends) = (chars, starts, ends);
    }
}
