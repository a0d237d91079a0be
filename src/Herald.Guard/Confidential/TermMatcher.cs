using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herald.Guard.Text;

namespace Herald.Guard.Confidential;

/// <summary>Receives the matches of a <see cref="TermMatcher"/>. A struct, so the call is inlined and nothing allocates.</summary>
internal interface ITermSink
{
    void OnMatch(int start, int length, int entry);
}

/// <summary>
/// Finds a fixed list of terms (code names, customers, people) in a draft: case-insensitive, on word
/// boundaries, after Unicode folding (<see cref="TextFold"/>), also inside hashtags and compounds.
/// Immutable and thread-safe once built; scanning allocates nothing.
/// </summary>
/// <remarks>
/// <para>
/// The terms are folded into a trie over folded characters. A term of several words is stored twice:
/// with a word-break edge (<see cref="WordBreak"/>) between its words, so that "Projekt Falke",
/// "Projekt-Falke" and "projekt_falke" match, and run together, so that "#ProjektFalke" and "Projektfalke"
/// match. A term written in CamelCase or with digits ("ProjektFalke2") is stored split at those changes too.
/// </para>
/// <para>
/// The scan visits each character once and starts a walk down the trie only where a word can start: after a
/// separator, at a change between letters and digits ("halcyon2"), and, inside hashtags and mentions, at a
/// CamelCase change ("#HalcyonRollout"). CamelCase does not split words elsewhere, so "PowerShell" never
/// matches a customer called "Shell". A walk ends where the trie has no edge, so it follows no more letters
/// than the longest term has (<see cref="Policy.PolicyValues.MaxTermLength"/> bounds it): the scan is linear in the draft.
/// A match must end at a word boundary ("Falke" does not match "Falkenberg"); a trailing genitive or plural
/// "s" is accepted ("Halcyons", "Muster Banks Vorstand"). The leftmost, then longest, match wins.
/// </para>
/// <para>
/// Before a walk, a prefilter checks the first four folded characters of the word against a bit set of
/// every term's first four: most words of a post are dismissed there, without touching the trie. Transitions
/// live in one open-addressing hash table keyed by (node, character), with a dense table for ASCII
/// characters at the root. Build cost is linear in the total length of the terms (sorted, then laid out
/// along one path), so a policy of 10,000 terms compiles in a few tens of milliseconds.
/// </para>
/// </remarks>
internal sealed class TermMatcher
{
    /// <summary>The trie edge between two words of a term. Folded text never contains a space.</summary>
    private const char WordBreak = ' ';

    /// <summary>Most characters between two words of a term: "Muster &amp; Bank" has three.</summary>
    private const int MaxGap = 3;

    private const ulong Occupied = 1UL << 63;

    /// <summary>
    /// How many folded characters of a word the prefilter looks at. Four letters tell most words of a post
    /// apart from most terms of a policy, and pack into one 64-bit value.
    /// </summary>
    private const int PrefixLength = 4;

    /// <summary>Prefilter bits per distinct prefix: about 3 % of the words of a post then pass it by chance.</summary>
    private const int PrefixBitsPerKey = 32;

    private static readonly FoldedChar LowerLetter = TextFold.Read("a", 0);

    // Case endings a German adjective in a multi-word term may take (Variants).
    private static readonly string[] AdjectiveEndings = ["n", "r", "s", "m"];

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int[] _root;
    private readonly int[] _entries;

    // The prefilter: a bit set of the first PrefixLength folded characters of every key's first word, and
    // which shorter first words exist (bit n set: some first word has n characters).
    private readonly ulong[] _prefixes;
    private readonly int _prefixShift;
    private readonly int _shortWords;

    /// <summary>Builds the matcher. A term's entry is its index in <paramref name="terms"/>; when two terms fold alike, the first wins.</summary>
    public TermMatcher(IReadOnlyList<string> terms)
    {
        // Sorted keys share their prefixes with the key before them, so the trie is built along one path
        // without a dictionary of edges.
        var keys = new List<(string Key, int Entry)>();
        for (var entry = 0; entry < terms.Count; entry++)
        {
            foreach (var variant in Variants(terms[entry]))
            {
                keys.Add((variant, entry));
            }
        }

        keys.Sort(static (a, b) => a.Key != b.Key ? string.CompareOrdinal(a.Key, b.Key) : a.Entry.CompareTo(b.Entry));

        var entries = new List<int> { -1 };
        var edges = new List<(int Node, char Char, int Child)>();
        var path = new List<int> { 0 };
        var previous = string.Empty;
        var prefixes = new HashSet<ulong>();
        foreach (var (key, entry) in keys)
        {
            var common = key.AsSpan().CommonPrefixLength(previous);
            path.RemoveRange(common + 1, path.Count - common - 1);
            for (var i = common; i < key.Length; i++)
            {
                var child = entries.Count;
                entries.Add(-1);
                edges.Add((path[^1], key[i], child));
                path.Add(child);
            }

            if (entries[path[^1]] < 0)
            {
                entries[path[^1]] = entry;
            }

            var firstWord = key.AsSpan(0, key.Contains(WordBreak, StringComparison.Ordinal) ? key.IndexOf(WordBreak, StringComparison.Ordinal) : key.Length);
            prefixes.Add(PackPrefix(firstWord[..Math.Min(PrefixLength, firstWord.Length)]));
            if (firstWord.Length < PrefixLength)
            {
                _shortWords |= 1 << firstWord.Length;
            }

            previous = key;
        }

        _entries = [.. entries];
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, edges.Count) * 2.0)));
        _shift = 64 - bits;
        _slots = new Slot[1 << bits];
        _root = new int[128];
        foreach (var (node, ch, child) in edges)
        {
            var target = (child << 1) | (_entries[child] >= 0 ? 1 : 0);
            if (node == 0 && ch < 128)
            {
                _root[ch] = target;
                continue;
            }

            var key = Key(node, ch);
            var slot = Hash(key);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = new Slot(key, target);
        }

        var prefixBits = Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(1, prefixes.Count) * (double)PrefixBitsPerKey)), 12, 24);
        _prefixShift = 64 - prefixBits;
        _prefixes = new ulong[(1 << prefixBits) / 64];
        foreach (var prefix in prefixes)
        {
            var bit = PrefixHash(prefix);
            _prefixes[bit >> 6] |= 1UL << (bit & 63);
        }

        NodeCount = _entries.Length;
    }

    /// <summary>Trie nodes, including the root; a measure of the build.</summary>
    public int NodeCount { get; }

    /// <summary>Reports every match in <paramref name="text"/>, left to right, without overlaps.</summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITermSink
    {
        if (NodeCount == 1)
        {
            return;
        }

        var i = 0;
        var previous = default(FoldedChar);
        var previousIsWord = false;
        var atBoundary = false;
        var inTag = false;
        while (i < text.Length)
        {
            var c = text[i];
            FoldedChar fc;
            if (c < 128)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    previousIsWord = false;
                    inTag = c is '#' or '@';
                    i++;
                    continue;
                }

                fc = TextFold.ReadAscii(c);
            }
            else
            {
                fc = TextFold.Read(text, i);
                switch (fc.Kind)
                {
                    case FoldKind.Ignorable or FoldKind.Diaeresis:
                        i += fc.Width;
                        continue;
                    case FoldKind.Separator:
                        previousIsWord = false;
                        inTag = false;
                        i += fc.Width;
                        continue;
                }
            }

            var isStart = !previousIsWord || atBoundary || IsSoftBoundary(text, i, previous, fc, inTag);
            atBoundary = false;
            if (isStart && MayStartHere(text, i))
            {
                var end = Walk(text, i, inTag, out var entry);
                if (end > i)
                {
                    sink.OnMatch(i, end - i, entry);
                    i = end;
                    previousIsWord = true;
                    atBoundary = true;
                    continue;
                }
            }

            previous = fc;
            previousIsWord = true;
            i += fc.Width;

            // Inside a word, a run of ASCII lower-case letters after a letter holds no word start: skip it.
            if (!fc.IsDigit && i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                do
                {
                    i++;
                }
                while (i < text.Length && char.IsAsciiLetterLower(text[i]));

                previous = LowerLetter;
            }
        }
    }

    /// <summary>
    /// The prefilter: whether the first folded characters from <paramref name="start"/>, up to the next
    /// separator, begin the first word of some term. Cheaper than a walk, whose first steps miss the cache.
    /// </summary>
    private bool MayStartHere(ReadOnlySpan<char> text, int start)
    {
        if (start + PrefixLength <= text.Length)
        {
            // Fast path for four ASCII characters, read as one 64-bit value and lower-cased at once. If one of
            // them ends the word, the four-character probe can only pass by chance (the walk then decides),
            // and the shorter probes still see the word before it: no term is ever missed.
            var v = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(start, PrefixLength)));
            if ((v & 0xFF80_FF80_FF80_FF80UL) == 0)
            {
                var folded = v | 0x0020_0020_0020_0020UL;
                return HasPrefix(folded) || (_shortWords != 0 && HasShortPrefix(folded, PrefixLength));
            }
        }

        return MayStartHereSlow(text, start);
    }

    private bool MayStartHereSlow(ReadOnlySpan<char> text, int start)
    {
        ulong packed = 0;
        var count = 0;
        var last = '\0';
        for (var i = start; i < text.Length && count < PrefixLength;)
        {
            var fc = TextFold.Read(text, i);
            i += fc.Width;
            if (fc.Kind == FoldKind.Word)
            {
                foreach (var f in fc.Text)
                {
                    if (count < PrefixLength)
                    {
                        packed |= (ulong)f << (16 * count++);
                        last = f;
                    }
                }
            }
            else if (fc.Kind == FoldKind.Diaeresis)
            {
                if (TextFold.IsUmlautBase(last))
                {
                    packed |= (ulong)'e' << (16 * count++);
                    last = 'e';
                }
            }
            else if (fc.Kind == FoldKind.Separator)
            {
                break;
            }
        }

        return (count == PrefixLength && HasPrefix(packed)) || HasShortPrefix(packed, count);
    }

    /// <summary>Shorter first words ("Bob", "EX"): the first n characters are the low 16·n bits.</summary>
    private bool HasShortPrefix(ulong packed, int count)
    {
        for (var length = Math.Min(count, PrefixLength - 1); length > 0; length--)
        {
            if ((_shortWords & (1 << length)) != 0 && HasPrefix(packed & ((1UL << (16 * length)) - 1)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPrefix(ulong prefix)
    {
        var bit = PrefixHash(prefix);
        return (_prefixes[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static ulong PackPrefix(ReadOnlySpan<char> chars)
    {
        ulong packed = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            packed |= (ulong)chars[i] << (16 * i);
        }

        return packed;
    }

    private int PrefixHash(ulong prefix) => (int)((prefix * 0x9E3779B97F4A7C15UL) >> _prefixShift);

    /// <summary>Follows the trie from a word start; returns the end of the longest match, or -1.</summary>
    private int Walk(ReadOnlySpan<char> text, int start, bool inTag, out int entry)
    {
        entry = -1;
        var best = -1;
        var node = 0;
        var last = '\0';
        var previous = default(FoldedChar);
        var i = start;
        while (i < text.Length)
        {
            var fc = TextFold.Read(text, i);
            int target;
            switch (fc.Kind)
            {
                case FoldKind.Ignorable:
                    i += fc.Width;
                    continue;

                case FoldKind.Diaeresis:
                    i++;
                    if (!TextFold.IsUmlautBase(last))
                    {
                        continue;
                    }

                    target = Step(node, 'e');
                    last = 'e';
                    break;

                case FoldKind.Separator:
                    var next = SkipGap(text, i);
                    if (next < 0 || (target = Step(node, WordBreak)) == 0)
                    {
                        return best;
                    }

                    node = target >> 1;
                    inTag = false;
                    i = next;
                    continue;

                default:
                    target = 0;
                    foreach (var ch in fc.Text)
                    {
                        target = Step(node, ch);
                        if (target == 0)
                        {
                            return best;
                        }

                        node = target >> 1;
                    }

                    last = fc.Text[^1];
                    previous = fc;
                    i += fc.Width;
                    break;
            }

            if (target == 0)
            {
                return best;
            }

            node = target >> 1;
            if ((target & 1) == 0)
            {
                continue;
            }

            var end = EndAt(text, i, previous, last, inTag);
            if (end < 0 && i < text.Length && text[i] == 's' && char.IsLetter(last))
            {
                end = EndAt(text, i + 1, LowerLetter, 's', inTag);
            }

            if (end >= 0)
            {
                best = end;
                entry = _entries[node];
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a word may end at <paramref name="i"/>: before a separator, the end of the text, or a soft
    /// boundary. Returns the end including any accents and invisible characters that follow, or -1.
    /// </summary>
    private static int EndAt(ReadOnlySpan<char> text, int i, FoldedChar previous, char last, bool inTag)
    {
        while (i < text.Length)
        {
            var fc = TextFold.Read(text, i);
            switch (fc.Kind)
            {
                case FoldKind.Ignorable:
                    i += fc.Width;
                    continue;
                case FoldKind.Diaeresis:
                    if (TextFold.IsUmlautBase(last))
                    {
                        return -1;
                    }

                    i++;
                    continue;
                case FoldKind.Separator:
                    return i;
                default:
                    return IsSoftBoundary(text, i, previous, fc, inTag) ? i : -1;
            }
        }

        return i;
    }

    /// <summary>
    /// A word boundary inside a run of letters and digits: between a letter and a digit everywhere; in
    /// hashtags and mentions also at CamelCase changes ("#HalcyonRollout", "#HALCYONRollout").
    /// </summary>
    private static bool IsSoftBoundary(ReadOnlySpan<char> text, int i, FoldedChar previous, FoldedChar current, bool inTag)
    {
        if (previous.IsDigit != current.IsDigit)
        {
            return true;
        }

        if (!inTag || !current.IsUpper)
        {
            return false;
        }

        if (previous.IsLower)
        {
            return true;
        }

        if (!previous.IsUpper)
        {
            return false;
        }

        var next = i + current.Width;
        while (next < text.Length)
        {
            var fc = TextFold.Read(text, next);
            if (fc.Kind != FoldKind.Ignorable)
            {
                return fc.Kind == FoldKind.Word && fc.IsLower;
            }

            next += fc.Width;
        }

        return false;
    }

    /// <summary>
    /// The next word start after a gap that may join the words of one term: up to <see cref="MaxGap"/>
    /// characters of whitespace, or one connector (- _ / + &amp; …) with optional spaces around it. A full stop
    /// or an apostrophe joins only without spaces ("halcyon.v2" but not "Projekt. Falke"). An opening quotation mark
    /// after whitespace may open the next word, as when the name part of a term is quoted („im Projekt „Nordstern““,
    /// Project "Lighthouse"). Returns -1 otherwise.
    /// </summary>
    private static int SkipGap(ReadOnlySpan<char> text, int i)
    {
        var length = 0;
        var spaces = 0;
        var lineBreaks = 0;
        var connector = '\0';
        var quoted = false;
        while (i < text.Length)
        {
            var c = text[i];
            var fc = TextFold.Read(text, i);
            if (fc.Kind == FoldKind.Ignorable)
            {
                i += fc.Width;
                continue;
            }

            if (fc.Kind != FoldKind.Separator || quoted)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                spaces++;
                lineBreaks += c == '\n' ? 1 : 0;
            }
            else if (connector == '\0' && IsConnector(c))
            {
                connector = c;
            }
            else if (connector == '\0' && spaces > 0 && IsOpeningQuote(c))
            {
                quoted = true;
            }
            else
            {
                return -1;
            }

            if (++length > MaxGap)
            {
                return -1;
            }

            i++;
        }

        var tight = connector is '.' or '\'' or '\u2019';
        var valid = i < text.Length && TextFold.Read(text, i).Kind == FoldKind.Word
            && lineBreaks <= 1 && (connector == '\0' || spaces <= 2) && !(tight && spaces > 0);
        return valid ? i : -1;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201E' or '\u201C' or '\u00BB' or '\u00AB' or '\u201A' or '\u2018';

    private static bool IsConnector(char c) =>
        c is '-' or '_' or '.' or '/' or '+' or '&' or '\'' or '\u2019' or '\u00B7' or (>= '\u2010' and <= '\u2014');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Step(int node, char ch)
    {
        if (node == 0 && ch < 128)
        {
            return _root[ch];
        }

        var key = Key(node, ch);
        var slot = Hash(key);
        while (true)
        {
            ref readonly var s = ref _slots[slot];
            if (s.Key == key)
            {
                return s.Target;
            }

            if (s.Key == 0)
            {
                return 0;
            }

            slot = (slot + 1) & (_slots.Length - 1);
        }
    }

    private static ulong Key(int node, char ch) => Occupied | ((ulong)(uint)node << 16) | ch;

    private int Hash(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>All forms of a term stored in the trie: words with breaks, run together, and split at CamelCase.</summary>
    private static IEnumerable<string> Variants(string term)
    {
        var words = TextFold.Words(term);
        if (words.Count == 0)
        {
            return [];
        }

        var camel = TextFold.Words(term, splitCamelCase: true);
        return new[] { string.Join(WordBreak, words), string.Concat(words), string.Join(WordBreak, camel) }
            .Concat(Inflections(words))
            .Distinct(StringComparer.Ordinal);
    }

    // German adjectives in a name take case endings: "Hanseatische Kühlhaus GmbH" is "bei der Hanseatischen Kühlhaus GmbH",
    // "Neue Deutsche Werft" "der Neuen Deutschen Werft". A word ending in "e" that is followed by another word of letters gets
    // the endings n, r, s and m, all such words alike, as the grammar agrees them.
    private static IEnumerable<string> Inflections(List<string> words)
    {
        var adjectives = Enumerable.Range(0, words.Count - 1)
            .Where(i => words[i].Length >= 4 && words[i][^1] == 'e' && words[i + 1].Length > 0 && char.IsLetter(words[i + 1][0]))
            .ToHashSet();
        if (adjectives.Count == 0)
        {
            yield break;
        }

        foreach (var ending in AdjectiveEndings)
        {
            var inflected = words.Select((w, i) => adjectives.Contains(i) ? w + ending : w).ToArray();
            yield return string.Join(WordBreak, inflected);
            yield return string.Concat(inflected);
        }
    }

    /// <summary>One transition: <see cref="Key"/> is (node, character) or 0 when free; <see cref="Target"/> is child &lt;&lt; 1 | terminal.</summary>
    private readonly record struct Slot(ulong Key, int Target);
}
