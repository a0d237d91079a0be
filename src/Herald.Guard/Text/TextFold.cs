using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Herald.Guard.Text;

/// <summary>What a character is to the term matcher.</summary>
internal enum FoldKind : byte
{
    /// <summary>Not part of a word: spaces, punctuation, symbols, emoji. Ends a word.</summary>
    Separator = 0,
    /// <summary>A letter or digit; <see cref="FoldedChar.Text"/> is its folded form.</summary>
    Word = 1,
    /// <summary>Invisible or combining characters that neither end a word nor add to it (soft hyphen, zero-width space, accents).</summary>
    Ignorable = 2,
    /// <summary>The combining diaeresis U+0308: an <c>e</c> after a, o or u (so u + U+0308 folds like ü), otherwise ignorable.</summary>
    Diaeresis = 3,
}

/// <summary>One character of a text as the term matcher sees it. A surrogate pair is one character of width 2.</summary>
internal readonly struct FoldedChar(uint entry, int width)
{
    public FoldKind Kind => (FoldKind)(entry & TextFold.KindMask);

    /// <summary>How many UTF-16 units it occupies in the text.</summary>
    public int Width => width;

    public bool IsDigit => (entry & TextFold.DigitFlag) != 0;

    /// <summary>Whether the character as written is upper case (for CamelCase boundaries in hashtags).</summary>
    public bool IsUpper => (entry & TextFold.UpperFlag) != 0;

    /// <summary>Whether the character as written is lower case.</summary>
    public bool IsLower => (entry & TextFold.LowerFlag) != 0;

    /// <summary>The folded form: lower case, compatibility-decomposed, accents removed, umlauts and ß spelled out.</summary>
    public ReadOnlySpan<char> Text => TextFold.Pool.AsSpan((int)(entry >> TextFold.OffsetShift), (int)((entry >> TextFold.LengthShift) & TextFold.LengthMask));
}

/// <summary>
/// Folds text for matching names and terms: Unicode compatibility decomposition (NFKD, so full-width
/// letters, ligatures and the "bold" letters people paste into LinkedIn posts become plain letters),
/// lower case, accents removed, German umlauts and ß written out (ä→ae, ö→oe, ü→ue, ß→ss, so
/// "Muenchen" and "München" fold alike), soft hyphens, zero-width and other invisible characters ignored.
/// This folds further than NFKC with case folding: accents are dropped too, because people often leave
/// them out when they type names ("Jose" for "José").
/// </summary>
/// <remarks>
/// Every BMP character is folded once, when the type is first used, into a table of packed entries
/// (kind, flags, length and offset into one shared character pool), so reading a character on the hot
/// path is a table lookup that never allocates.
/// </remarks>
internal static class TextFold
{
    internal const uint KindMask = 0b11;
    internal const uint DigitFlag = 1 << 2;
    internal const uint UpperFlag = 1 << 3;
    internal const uint LowerFlag = 1 << 4;
    internal const int LengthShift = 5;
    internal const uint LengthMask = 0b11111;
    internal const int OffsetShift = 10;

    private const char CombiningDiaeresis = '\u0308';

    // The Mathematical Alphanumeric Symbols block (U+1D400–U+1D7FF): bold, italic and script letters.
    private const int MathFirst = 0x1D400;
    private const int MathLast = 0x1D7FF;

    // Letters outside the BMP (historic scripts, rare CJK) fold to U+FFFF, a noncharacter that no folded
    // term contains: they continue a word but never match. It sits at offset 0 of the pool.
    private static readonly uint OpaqueLetter = Pack(FoldKind.Word, 0, 0, 1);

    private static readonly uint[] Table;
    private static readonly uint[] MathTable;

    internal static readonly char[] Pool;

    static TextFold()
    {
        // One call to Normalize for the whole BMP: per character it would cost a few hundred milliseconds at
        // start-up. Each character is followed by a line feed, a starter that never combines, so the
        // decompositions stay separable.
        var characters = new StringBuilder(2 * (char.MaxValue + 1));
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (HasDecomposition((char)c))
            {
                characters.Append((char)c).Append('\n');
            }
        }

        var decomposed = characters.ToString().Normalize(NormalizationForm.FormKD).Split('\n');
        var pool = new StringBuilder(140_000).Append('\uFFFF');
        Table = new uint[char.MaxValue + 1];
        var next = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var original = (char)c;
            if (char.IsSurrogate(original))
            {
                continue;
            }

            var decomposition = HasDecomposition(original) ? decomposed[next++] : null;
            Table[c] = Build(original.ToString(), decomposition, CharUnicodeInfo.GetUnicodeCategory(original), pool);
        }

        MathTable = new uint[MathLast - MathFirst + 1];
        for (var cp = MathFirst; cp <= MathLast; cp++)
        {
            var rune = new Rune(cp);
            MathTable[cp - MathFirst] = Build(rune.ToString(), null, Rune.GetUnicodeCategory(rune), pool);
        }

        Pool = pool.ToString().ToCharArray();
    }

    /// <summary>Reads the character at <paramref name="index"/> (a surrogate pair as one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FoldedChar Read(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        return char.IsHighSurrogate(c) ? ReadSupplementary(text, index) : new FoldedChar(Table[c], 1);
    }

    /// <summary>Reads an ASCII character (below 128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FoldedChar ReadAscii(char c) => new(Table[c], 1);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FoldedChar ReadSupplementary(ReadOnlySpan<char> text, int index)
    {
        if (index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))
        {
            return new FoldedChar(0, 1);
        }

        var cp = char.ConvertToUtf32(text[index], text[index + 1]);
        if (cp is >= MathFirst and <= MathLast)
        {
            return new FoldedChar(MathTable[cp - MathFirst], 2);
        }

        // Everything else outside the BMP that is not a letter or digit (emoji, symbols) separates words.
        return Rune.IsLetterOrDigit(new Rune(cp)) ? new FoldedChar(OpaqueLetter, 2) : new FoldedChar(0, 2);
    }

    /// <summary>
    /// Folds a term into its words, for example "Projekt-Falke" into ["projekt", "falke"].
    /// <paramref name="splitCamelCase"/> also splits at lower-to-upper and letter-to-digit changes ("ProjektFalke2").
    /// </summary>
    public static List<string> Words(string term, bool splitCamelCase = false)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var previous = default(FoldedChar);
        for (var i = 0; i < term.Length;)
        {
            var fc = Read(term, i);
            i += fc.Width;
            switch (fc.Kind)
            {
                case FoldKind.Word:
                    if (splitCamelCase && current.Length > 0
                        && (previous.IsDigit != fc.IsDigit || (previous.IsLower && fc.IsUpper)))
                    {
                        words.Add(current.ToString());
                        current.Clear();
                    }

                    current.Append(fc.Text);
                    previous = fc;
                    break;
                case FoldKind.Diaeresis:
                    if (current.Length > 0 && IsUmlautBase(current[^1]))
                    {
                        current.Append('e');
                    }

                    break;
                case FoldKind.Separator:
                    if (current.Length > 0)
                    {
                        words.Add(current.ToString());
                        current.Clear();
                    }

                    break;
                case FoldKind.Ignorable:
                    break;
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    public static bool IsUmlautBase(char folded) => folded is 'a' or 'o' or 'u';

    // Which characters go through the batched Normalize call: letters, digits and numbers that are not
    // plain ASCII. Everything else is a separator, ignorable or folds by itself.
    private static bool HasDecomposition(char c) =>
        c >= 128 && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.OtherNumber;

    private static uint Build(string original, string? decomposition, UnicodeCategory category, StringBuilder pool)
    {
        var flags = category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => UpperFlag,
            UnicodeCategory.LowercaseLetter => LowerFlag,
            _ => 0u,
        };

        switch (category)
        {
            case UnicodeCategory.Format:
                // Soft hyphen, zero-width space and joiners, word joiner, byte order mark, direction marks.
                return Pack(FoldKind.Ignorable, 0, 0, 0);
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return original[0] == CombiningDiaeresis ? Pack(FoldKind.Diaeresis, 0, 0, 0) : Pack(FoldKind.Ignorable, 0, 0, 0);
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                break;
            default:
                return Pack(FoldKind.Separator, 0, 0, 0);
        }

        var folded = Fold(decomposition ?? original.Normalize(NormalizationForm.FormKD));
        if (folded.Length == 0)
        {
            return Pack(FoldKind.Separator, 0, 0, 0);
        }

        if (char.IsDigit(folded[0]))
        {
            flags |= DigitFlag;
        }

        var existing = IndexOf(pool, folded);
        if (existing < 0)
        {
            existing = pool.Length;
            pool.Append(folded);
        }

        return Pack(FoldKind.Word, flags, (uint)existing, (uint)folded.Length);
    }

    private static string Fold(string decomposed)
    {
        var folded = new StringBuilder(decomposed.Length + 1);
        foreach (var d in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(d);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                if (d == CombiningDiaeresis && folded.Length > 0 && IsUmlautBase(folded[^1]))
                {
                    folded.Append('e');
                }

                continue;
            }

            if (!char.IsLetterOrDigit(d) && category is not (UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber))
            {
                continue;
            }

            switch (char.ToLowerInvariant(d))
            {
                case 'ß':
                    folded.Append("ss");
                    break;
                case 'ς':
                    folded.Append('σ');
                    break;
                case 'ı':
                    folded.Append('i');
                    break;
                case var lower:
                    folded.Append(lower);
                    break;
            }
        }

        return folded.ToString();
    }

    // Single characters are looked up among the ASCII letters and digits already in the pool so that the
    // many characters folding to "a" share one slot; longer expansions are appended.
    private static int IndexOf(StringBuilder pool, string folded)
    {
        if (folded.Length != 1 || folded[0] >= 128)
        {
            return -1;
        }

        for (var i = 1; i < Math.Min(pool.Length, 512); i++)
        {
            if (pool[i] == folded[0])
            {
                return i;
            }
        }

        return -1;
    }

    private static uint Pack(FoldKind kind, uint flags, uint offset, uint length) =>
        (uint)kind | flags | (length << LengthShift) | (offset << OffsetShift);
}
