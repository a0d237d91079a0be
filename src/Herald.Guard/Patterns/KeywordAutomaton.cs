namespace Herald.Guard.Patterns;

/// <summary>
/// Aho-Corasick over the lower-cased keywords of all rules: one pass over the draft, one table lookup per character,
/// whatever the number of keywords. (<see cref="System.Buffers.SearchValues{T}"/> over hundreds of short keywords such as
/// <c>pw</c> or <c>-u</c> falls back to checking almost every position.) Immutable and thread-safe after construction.
/// </summary>
internal sealed class KeywordAutomaton
{
    // Characters that occur in no keyword share class 0, which always leads back to the root.
    private readonly byte[] _asciiClass = new byte[128];
    private readonly Dictionary<char, byte> _otherClass = [];
    private int _classCount = 1;
    // Transitions indexed by (state offset + character class); an entry is the next state's offset
    // (state * class count), bit-complemented when that state ends a keyword, so the scan loop needs one
    // lookup per character and touches the outputs only on a hit.
    private readonly int[] _next;
    private readonly int[][] _outputs;
    private readonly int _longestKeyword;

    // Below this length a draft is scanned in one pass: splitting it would save less than it costs.
    private const int TwoPassesFrom = 256;

    public KeywordAutomaton(IReadOnlyList<(string Keyword, int Rule)> keywords)
    {
        foreach (var (keyword, _) in keywords)
        {
            foreach (var c in keyword)
            {
                ClassOf(c, assign: true);
            }
        }

        _longestKeyword = keywords.Count == 0 ? 1 : keywords.Max(k => k.Keyword.Length);

        // Trie, built straight into the transition table: a row of class-count entries per state, 0 where the state has no
        // child for a class (the root is never a child). One flat table instead of a dictionary per state: building the
        // automaton for the secret pack's keywords took a tenth of the time herald needs for one draft.
        var table = new List<int>(_classCount * 256);
        AddRow(table);
        var outputs = new List<List<int>?> { null };
        foreach (var (keyword, rule) in keywords)
        {
            var state = 0;
            foreach (var c in keyword)
            {
                var at = (state * _classCount) + ClassOf(c, assign: false);
                if (table[at] == 0)
                {
                    table[at] = outputs.Count;
                    AddRow(table);
                    outputs.Add(null);
                }

                state = table[at];
            }

            (outputs[state] ??= []).Add(rule);
        }

        // Failure links in breadth-first order turn the trie into a complete transition table: a missing child becomes the
        // transition of the state's failure state, which comes earlier in that order.
        var stateCount = outputs.Count;
        _next = [.. table];
        var fail = new int[stateCount];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            if (state != 0 && outputs[fail[state]] is { } inherited)
            {
                outputs[state] = [.. outputs[state] ?? [], .. inherited];
            }

            var row = state * _classCount;
            var failRow = fail[state] * _classCount;
            for (var cls = 0; cls < _classCount; cls++)
            {
                var child = table[row + cls];
                if (child != 0)
                {
                    fail[child] = state == 0 ? 0 : _next[failRow + cls];
                    queue.Enqueue(child);
                }
                else
                {
                    _next[row + cls] = state == 0 ? 0 : _next[failRow + cls];
                }
            }
        }

        _outputs = [.. outputs.Select(o => o is null ? [] : o.Distinct().Order().ToArray())];
        for (var i = 0; i < _next.Length; i++)
        {
            var target = _next[i];
            _next[i] = _outputs[target].Length > 0 ? ~(target * _classCount) : target * _classCount;
        }

        void AddRow(List<int> rows)
        {
            for (var cls = 0; cls < _classCount; cls++)
            {
                rows.Add(0);
            }
        }
    }

    /// <summary>
    /// Sets <paramref name="active"/>[rule] for every rule whose keyword occurs in <paramref name="text"/> (case-insensitive).
    /// With <paramref name="found"/>, also adds every occurrence as in <see cref="FindAll"/>.
    /// </summary>
    public void Mark(ReadOnlySpan<char> text, Span<bool> active, List<(int End, int Rule)>? found = null) =>
        Scan(text, active, stopAtFirst: false, found);

    /// <summary>Whether any keyword occurs in <paramref name="text"/> (case-insensitive); stops at the first.</summary>
    public bool FoundIn(ReadOnlySpan<char> text) => Scan(text, [], stopAtFirst: true, found: null);

    /// <summary>
    /// Adds every occurrence of a keyword in <paramref name="text"/> (case-insensitive) to <paramref name="found"/>, as the
    /// index just after its last character and its rule, in the order the occurrences end.
    /// </summary>
    public void FindAll(ReadOnlySpan<char> text, List<(int End, int Rule)> found) => Scan(text, [], stopAtFirst: false, found);

    private bool Scan(ReadOnlySpan<char> text, Span<bool> active, bool stopAtFirst, List<(int End, int Rule)>? found)
    {
        if (text.Length < TwoPassesFrom)
        {
            var state = 0;
            return Run(text, 0, ref state, active, stopAtFirst, found);
        }

        // Each step waits for the table lookup of the step before, so one pass leaves the processor idle most of the time.
        // Two passes interleaved — over the first half, reaching a keyword's length into the second, and over the second
        // half — keep it busy with two lookups at once (twice as fast, measured; four passes were slower again) and still see
        // every occurrence of every keyword. One that lies in both halves is seen twice: it marks its rules twice, and the
        // occurrences are put in order and each kept once at the end.
        var firstFound = found?.Count ?? 0;
        var middle = text.Length / 2;
        var first = text[..Math.Min(text.Length, middle + _longestKeyword - 1)];
        var second = text[middle..];
        var next = _next;
        var classes = _asciiClass;
        var (a, b) = (0, 0);
        var any = false;
        var both = Math.Min(first.Length, second.Length);
        for (var i = 0; i < both; i++)
        {
            var ca = first[i];
            var cb = second[i];
            a = next[a + (ca < 128 ? classes[ca] : OtherClass(ca))];
            b = next[b + (cb < 128 ? classes[cb] : OtherClass(cb))];
            if ((a | b) < 0)
            {
                if (stopAtFirst)
                {
                    return true;
                }

                any = true;
                a = Hit(a, i + 1, active, found);
                b = Hit(b, middle + i + 1, active, found);
            }
        }

        any |= Run(first[both..], both, ref a, active, stopAtFirst, found);
        if (any && stopAtFirst)
        {
            return true;
        }

        any |= Run(second[both..], middle + both, ref b, active, stopAtFirst, found);
        if (found is not null && found.Count - firstFound > 1)
        {
            found.Sort(firstFound, found.Count - firstFound, Comparer<(int End, int Rule)>.Default);
            var kept = firstFound + 1;
            for (var i = firstFound + 1; i < found.Count; i++)
            {
                if (found[i] != found[kept - 1])
                {
                    found[kept++] = found[i];
                }
            }

            found.RemoveRange(kept, found.Count - kept);
        }

        return any;
    }

    // One pass from the given state; <paramref name="at"/> is the position of the span's first character in the draft.
    private bool Run(ReadOnlySpan<char> text, int at, ref int offset, Span<bool> active, bool stopAtFirst, List<(int End, int Rule)>? found)
    {
        var next = _next;
        var classes = _asciiClass;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            offset = next[offset + (c < 128 ? classes[c] : OtherClass(c))];
            if (offset < 0)
            {
                if (stopAtFirst)
                {
                    return true;
                }

                any = true;
                offset = Hit(offset, at + i + 1, active, found);
            }
        }

        return any;
    }

    // A state that ends a keyword is stored complemented: marks the keyword's rules, adds its occurrences ending at
    // <paramref name="end"/>, and returns the state's offset.
    private int Hit(int offset, int end, Span<bool> active, List<(int End, int Rule)>? found)
    {
        if (offset >= 0)
        {
            return offset;
        }

        offset = ~offset;
        foreach (var rule in _outputs[offset / _classCount])
        {
            if (!active.IsEmpty)
            {
                active[rule] = true;
            }

            found?.Add((end, rule));
        }

        return offset;
    }

    private int OtherClass(char c) =>
        _otherClass.Count > 0 && _otherClass.TryGetValue(char.ToLowerInvariant(c), out var cls) ? cls : 0;

    private int ClassOf(char c, bool assign)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128)
        {
            if (_asciiClass[lower] == 0 && assign)
            {
                var cls = NewClass();
                _asciiClass[lower] = cls;
                _asciiClass[char.ToUpperInvariant(lower)] = cls;
            }

            return _asciiClass[lower];
        }

        if (!_otherClass.TryGetValue(lower, out var other) && assign)
        {
            other = NewClass();
            _otherClass[lower] = other;
        }

        return other;
    }

    // Keywords are ASCII words in practice; 255 distinct characters is far beyond any rule set.
    private byte NewClass() =>
        _classCount < byte.MaxValue ? (byte)_classCount++ : throw new InvalidOperationException("Keywords use more than 254 distinct characters.");
}
