using System.Buffers;
using System.Globalization;
using System.Runtime.Intrinsics;
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

    private static readonly SearchValues<char> Umlauts = SearchValues.Create("äöüÄÖÜ");

    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    private FoldedText(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(capacity);
        _starts = ArrayPool<int>.Shared.Rent(capacity);
        _ends = ArrayPool<int>.Shared.Rent(capacity);
    }

    // The pools may hand out arrays longer than asked for, and not equally long ones.
    private int Capacity => Math.Min(_chars.Length, Math.Min(_starts.Length, _ends.Length));

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

    // The sixteen variation selectors and the keycap mark.
    private static readonly SearchValues<char> SelectorsAndKeycap = SearchValues.Create("\uFE00\uFE01\uFE02\uFE03\uFE04\uFE05\uFE06\uFE07\uFE08\uFE09\uFE0A\uFE0B\uFE0C\uFE0D\uFE0E\uFE0F\u20E3");

    /// <summary>
    /// Whether folding <paramref name="text"/> could make a letter a–z, a digit or one of ä, ö, ü that is not written as
    /// that letter (in either case): styled, full-width and enclosed forms, ligatures, a letter whose lower case is ASCII
    /// ("İ"), a combining sequence ("u" and U+0308, "½" and a mark), or an invisible character whose removal joins two
    /// written runs. When it returns false, every run of those characters in the folded text is also in
    /// <paramref name="text"/> (ignoring case), except that <c>ß</c> becomes <c>ss</c>: a fragment that neither starts nor
    /// ends with <c>s</c> nor holds <c>ss</c> is then found by a case-insensitive search of the text itself, without
    /// folding. Allocates nothing.
    /// </summary>
    public static bool MayCreateLetters(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyExceptInRange('\0', '\u007F');
        while (i >= 0)
        {
            if (CreatesLetters(text, i))
            {
                return true;
            }

            i++;
            var next = text[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            i = next < 0 ? -1 : i + next;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="cluster"/> is a symbol or pictograph (shapes, symbols and dingbats U+2500–U+29FF and
    /// U+2B00–U+2BFF, emoji U+1F300–U+1FAFF; none of them has a decomposition) followed only by variation selectors or the
    /// keycap mark.
    /// </summary>
    internal static bool IsPictographWithSelectors(ReadOnlySpan<char> cluster)
    {
        int codePoint = cluster[0];
        var width = 1;
        if (char.IsHighSurrogate(cluster[0]))
        {
            if (cluster.Length < 2 || !char.IsLowSurrogate(cluster[1]))
            {
                return false;
            }

            codePoint = char.ConvertToUtf32(cluster[0], cluster[1]);
            width = 2;
        }

        if (codePoint is not ((>= 0x2500 and <= 0x29FF) or (>= 0x2B00 and <= 0x2BFF) or (>= 0x1F300 and <= 0x1FAFF)))
        {
            return false;
        }

        return AreSelectorsOrKeycap(cluster[width..]);
    }

    // Variation selectors and the keycap mark compose with nothing: the character before them stays as written.
    private static bool AreSelectorsOrKeycap(ReadOnlySpan<char> marks) => !marks.ContainsAnyExcept(SelectorsAndKeycap);

    // The character at position (not ASCII), as Append treats it.
    private static bool CreatesLetters(ReadOnlySpan<char> text, int position)
    {
        var c = text[position];
        if (char.IsHighSurrogate(c))
        {
            return position + 1 < text.Length && char.IsLowSurrogate(text[position + 1])
                && NeedsNormalization(text.Slice(position, 2));
        }

        // Combining marks (the keycap U+20E3 among them) are judged with their base below, not on their own.
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
        {
            return category == UnicodeCategory.Format || NeedsNormalization(text.Slice(position, 1)) || c is '\u0130';
        }

        // A combining mark is normalised with its base: see what the whole sequence becomes.
        var start = position;
        while (start > 0 && StartsCluster(text, start))
        {
            start--;
        }

        if (start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
        {
            start--;
        }

        var cluster = text[start..ClusterEnd(text, start)];
        if (char.IsAsciiLetterOrDigit(cluster[0]))
        {
            // "u" and U+0308 become "ü"; a keycap digit ("1️⃣") stays the digit it is written as.
            return !AreSelectorsOrKeycap(cluster[1..]);
        }

        if (IsPictographWithSelectors(cluster))
        {
            // "❤️", "👍🏽": the most common sequences in posts, and they normalise to themselves; no need to ask ICU.
            return false;
        }

        Span<char> normalized = stackalloc char[ClusterBuffer];
        if (!TryNormalize(cluster, normalized, out var written))
        {
            return true;
        }

        var result = normalized[..written];
        return result.ContainsAnyInRange('0', '9') || result.ContainsAnyInRange('a', 'z') || result.ContainsAnyInRange('A', 'Z')
            || (result.ContainsAny(Umlauts) && !cluster.ContainsAny(Umlauts));
    }

    /// <summary>The original span <c>[start, end)</c> that the folded span <c>[start, end)</c> came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end) => (_starts[start], _ends[end - 1]);

    // NFKC into a buffer; false when it does not fit or the cluster has no normal form (a noncharacter or a lone surrogate,
    // which .NET's normalisation rejects with an exception that must never reach a draft's check).
    private static bool TryNormalize(ReadOnlySpan<char> cluster, Span<char> destination, out int written)
    {
        written = 0;
        return IsNormalizable(cluster) && cluster.TryNormalize(destination, out written, NormalizationForm.FormKC);
    }

    private static bool IsNormalizable(ReadOnlySpan<char> cluster)
    {
        while (!cluster.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(cluster, out var rune, out var consumed) != OperationStatus.Done || IsNoncharacter(rune.Value))
            {
                return false;
            }

            cluster = cluster[consumed..];
        }

        return true;
    }

    private static bool IsNoncharacter(int value) => value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;

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
            i = AppendAsciiRun(text, i);
            if (i >= text.Length)
            {
                break;
            }

            var c = text[i];
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
            else if (!NeedsNormalization(cluster))
            {
                EmitLower(cluster, i, end);
            }
            else if (TryNormalize(cluster, normalized, out var written))
            {
                EmitLower(normalized[..written], i, end);
            }
            else if (IsNormalizable(cluster))
            {
                EmitLower(cluster.ToString().Normalize(NormalizationForm.FormKC), i, end);
            }
            else
            {
                // Noncharacters (U+FFFE …) and lone surrogates have no normal form: they stay as they are.
                EmitLower(cluster, i, end);
            }

            i = end;

            // Keep room for the rest of the text at one folded character per character, so the ASCII
            // run needs no capacity checks; only the expansions above (ß, NFKC) can use it up.
            EnsureCapacity(text.Length - i + 16);
        }
    }

    // The hot loop: plain ASCII that is not the base of a combining sequence, folded in place. Runs of printable characters
    // and single spaces (most of a draft, line by line) are folded in bulk; other white space and control characters one by one.
    private int AppendAsciiRun(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            var rest = text[i..];
            var run = rest.IndexOfAnyExceptInRange(' ', '~');
            if (run < 0)
            {
                run = rest.Length;
            }

            // A single space between words stays as it is; a second one joins the first, one by one below.
            var doubled = rest[..run].IndexOf("  ", StringComparison.Ordinal);
            if (doubled >= 0)
            {
                run = doubled + 1;
            }
            else if (run < rest.Length && rest[run] >= '\u0080' && run > 0)
            {
                // The last character may be the base of a combining sequence ("u" + U+0308): the cluster path takes it.
                run--;
            }

            if (run > 0 && rest[0] == ' ' && Length > 0 && _chars[Length - 1] == ' ')
            {
                // White space before it was folded to a space already, which this one joins.
                run = 0;
            }

            if (run > 0)
            {
                AppendPrintable(text.Slice(i, run), i);
                i += run;
                if (i >= text.Length)
                {
                    break;
                }
            }

            var c = text[i];
            if (c >= '\u0080' || (i + 1 < text.Length && text[i + 1] >= '\u0080'))
            {
                break;
            }

            var n = Length;
            if (c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v')
            {
                if (n > 0 && _chars[n - 1] == ' ')
                {
                    _ends[n - 1] = i + 1;
                    i++;
                    continue;
                }

                c = ' ';
            }

            _chars[n] = c;
            _starts[n] = i;
            _ends[n] = i + 1;
            Length = n + 1;
            i++;
        }

        return i;
    }

    // Printable ASCII and single spaces, starting at offset in the original: lower-cased, one folded character per character.
    private void AppendPrintable(ReadOnlySpan<char> run, int offset)
    {
        var n = Length;
        Ascii.ToLower(run, _chars.AsSpan(n, run.Length), out _);
        var starts = _starts.AsSpan(n, run.Length);
        var ends = _ends.AsSpan(n, run.Length);
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var position = Vector256.Create(offset) + Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            var step = Vector256.Create(Vector256<int>.Count);
            for (; k + Vector256<int>.Count <= run.Length; k += Vector256<int>.Count)
            {
                position.CopyTo(starts[k..]);
                (position + Vector256<int>.One).CopyTo(ends[k..]);
                position += step;
            }
        }

        for (; k < run.Length; k++)
        {
            starts[k] = offset + k;
            ends[k] = offset + k + 1;
        }

        Length = n + run.Length;
    }

    // Normalising costs a call into ICU, so only clusters that NFKC changes in a way that matters for
    // matching words go there: a base with combining marks ("u" + U+0308), and the blocks of styled and
    // compatibility letters and digits. Everything else (umlauts, dashes, quotes, emoji) is already in form.
    private static bool NeedsNormalization(ReadOnlySpan<char> cluster)
    {
        if (Rune.DecodeFromUtf16(cluster, out var rune, out var width) != OperationStatus.Done)
        {
            // A lone surrogate has no normal form.
            return false;
        }

        if (cluster.Length > width)
        {
            return true;
        }

        return rune.Value is
            (>= 0x2070 and <= 0x218F)       // superscripts, subscripts, letterlike symbols (ℍ), number forms (Ⅻ)
            or (>= 0x2460 and <= 0x24FF)    // enclosed alphanumerics (ⓤ)
            or (>= 0xFB00 and <= 0xFB4F)    // ligatures (ﬁ)
            or (>= 0xFF00 and <= 0xFFEF)    // full-width and half-width forms
            or (>= 0x1D400 and <= 0x1D7FF)  // mathematical alphanumerics, used for bold and italic posts (𝗨𝗺𝘀𝗮𝘁𝘇)
            or (>= 0x1F100 and <= 0x1F1FF); // enclosed alphanumeric supplement
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
        if (Length == Capacity)
        {
            EnsureCapacity(1);
        }

        _chars[Length] = c;
        _starts[Length] = start;
        _ends[Length] = end;
        Length++;
    }

    private void EnsureCapacity(int extra)
    {
        if (Length + extra <= Capacity)
        {
            return;
        }

        var size = Math.Max(Capacity * 2, Length + extra);
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
