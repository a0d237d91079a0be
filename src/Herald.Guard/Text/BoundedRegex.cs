using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Herald.Guard.Text;

/// <summary>
/// A regular expression that is cheap to build and never needs more than linear time on any input.
/// </summary>
/// <remarks>
/// .NET has two engines with opposite costs. The non-backtracking engine runs in linear time on any input, but building
/// one takes milliseconds (it computes the pattern's character classes over all of Unicode), which made building the
/// Guard's two hundred patterns cost more than a second at the start of every <c>herald check</c>. The backtracking
/// interpreter is built in microseconds, but some inputs make some patterns backtrack for a very long time.
/// A bounded regex starts on a backtracking engine with a time budget per call — in a native (AOT) build, for the Guard's
/// own patterns, code that the source generator wrote at build time (<see cref="BuiltInPatterns"/>); otherwise the
/// interpreter — and moves to the non-backtracking engine for good when either
/// <list type="bullet">
/// <item>a call runs out of its budget: the input makes the pattern backtrack, and the call is repeated on the linear
/// engine, which finds the same matches; or</item>
/// <item>the time spent backtracking has reached what building the linear engine costs: a pattern used on many
/// drafts (a long-running server, a large directory) then gets the engine that is faster once built.</item>
/// </list>
/// So a check never waits longer than the budget for any pattern before the linear-time guarantee applies, and short
/// runs never pay for engines they do not need. Thread-safe, like <see cref="Regex"/>.
/// A pattern the linear engine cannot run (back references or lookarounds in an imported rule) stays on the backtracking engine;
/// a call that runs out of time then throws <see cref="RegexMatchTimeoutException"/>.
/// </remarks>
internal sealed partial class BoundedRegex
{
    /// <summary>
    /// How long one call may run on the backtracking engine. Post-sized drafts take microseconds; only backtracking on a
    /// pathological input, or a draft of megabytes, comes near it, and both are better served by the linear engine. The
    /// budget is wall-clock time, so it is generous: on a machine busy enough to keep a thread from its core for a while,
    /// a call that runs out of it only moves its pattern to the linear engine a little early.
    /// </summary>
    public static readonly TimeSpan CallBudget = TimeSpan.FromMilliseconds(CallBudgetMilliseconds);

    /// <summary><see cref="CallBudget"/> as a constant, for the source-generated patterns.</summary>
    public const int CallBudgetMilliseconds = 100;

    private readonly Regex _backtracking;
    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly long _switchAfterTicks;
    private readonly Lock _gate = new();
    private Regex? _built;
    private bool _isBuilt;
    private volatile Regex? _linear;
    private long _backtrackingTicks;
    private RequiredLiterals.Prefilter? _prefilter;
    private volatile bool _prefilterRead;

    // For a built-in pattern, its prefilter as the build worked it out (null: it has none), so none is read from the pattern here.
    private readonly BuiltInPatterns.PrefilterSpec? _prefilterSpec;
    private readonly bool _prefilterKnown;
    private volatile bool _groupsOnLinear;

    // A long pattern that is one alternation, \b(?:A|B|…)\b, is asked whether it matches one alternative at a time. Each
    // alternative alone starts with a vectorised search for its own first words; the whole alternation could start at almost
    // any letter and tries every alternative there. On the posture patterns the alternatives took together between a sixth and
    // a half of the time of the whole. The whole still finds the matches (leftmost first): asking the alternatives first
    // there made the checks slower, since matches are sought mostly where one is likely.
    private readonly BoundedRegex[]? _parts;

    // From this length on a pattern is split, into at most so many alternatives: short alternations and long lists of words
    // are faster as one.
    private const int SplitFrom = 200;
    private const int MostParts = 8;

    /// <summary>Parses <paramref name="pattern"/> (throws <see cref="ArgumentException"/> when it is invalid) and prepares the backtracking engine.</summary>
    public BoundedRegex(string pattern, RegexOptions options)
    {
        options &= ~(RegexOptions.NonBacktracking | RegexOptions.Compiled);
        if (BuiltInPatterns.TryFind(pattern, options, out var compiled, out var prefilter))
        {
            _prefilterSpec = prefilter;
            _prefilterKnown = true;
        }

        _backtracking = compiled ?? new Regex(pattern, options, CallBudget);
        _pattern = pattern;
        _options = options;
        GroupCount = _backtracking.GetGroupNumbers().Length - 1;

        // Backtracking time after which the linear engine pays for itself: about what building it costs, which grows with
        // the pattern (measured: a few milliseconds for a token pattern, about 100 ms for a list of 150 product names).
        _switchAfterTicks = Stopwatch.Frequency / 1000 * (5 + (pattern.Length / 20));
        _parts = pattern.Length >= SplitFrom && (options & RegexOptions.IgnorePatternWhitespace) == 0
            && Alternatives(pattern) is { Count: <= MostParts } alternatives
            ? [.. alternatives.Select(a => new BoundedRegex($@"\b(?:{a})\b", options))]
            : null;
    }

    /// <summary>
    /// Like the other constructor, with the linear engine already built (by a caller that had to build it anyway, to prove
    /// that a policy's pattern can run in linear time), so that it is never built twice.
    /// </summary>
    public BoundedRegex(string pattern, RegexOptions options, Regex linear)
        : this(pattern, options)
    {
        ArgumentNullException.ThrowIfNull(linear);
        _built = linear;
        _isBuilt = true;
    }

    /// <summary>How many capture groups the pattern has (0 for none).</summary>
    public int GroupCount { get; }

    /// <summary>The pattern as given (after the options that select an engine were removed).</summary>
    internal string Pattern => _pattern;

    /// <summary>The options that shape the matches (case, culture).</summary>
    internal RegexOptions Options => _options;

    /// <summary>Whether the pattern now runs on the linear engine.</summary>
    internal bool RunsLinear => _linear is not null;

    /// <summary>The alternatives a long alternation is asked about one at a time (see <see cref="Alternatives"/>); empty for other patterns.</summary>
    internal IReadOnlyList<BoundedRegex> Parts => _parts ?? [];

    /// <summary>The backtracking engine (source-generated or interpreted), for tests that compare the engines.</summary>
    internal Regex Backtracking => _backtracking;

    /// <summary>The linear engine (built now if it was not yet), or null when it cannot run the pattern.</summary>
    internal Regex? LinearEngine
    {
        get
        {
            lock (_gate)
            {
                return Build();
            }
        }
    }

    /// <summary>Whether the pattern matches anywhere in <paramref name="input"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> input)
    {
        if (RuledOut(input))
        {
            return false;
        }

        if (_parts is not null)
        {
            return AnyPartMatches(input);
        }

        if (_linear is { } linear)
        {
            return linear.IsMatch(input);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            return _backtracking.IsMatch(input);
        }
        catch (RegexMatchTimeoutException) when (TrySwitch(out var switched))
        {
            return switched.IsMatch(input);
        }
        finally
        {
            Charge(started);
        }
    }

    /// <summary>The matches in <paramref name="input"/>, left to right, without allocating.</summary>
    public MatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) => new(this, input);

    /// <summary>
    /// The matches with their groups in <paramref name="input"/> between <paramref name="beginning"/> and its
    /// <paramref name="length"/>, which the pattern sees as the whole input (as <see cref="Regex.Match(string, int, int)"/> does).
    /// Positions in the matches count from <paramref name="beginning"/>.
    /// </summary>
    /// <remarks>
    /// On the backtracking engine a match comes with its groups. On the linear engine, reading groups costs ten times as much
    /// as finding the match, so there the match is found without them, and its groups are read by the backtracking engine in
    /// one attempt at the match's start, which succeeds at once because both engines find the same matches. An attempt that
    /// runs out of its budget leaves the groups to the linear engine from then on.
    /// </remarks>
    public IEnumerable<Match> Matches(string input, int beginning, int length)
    {
        if (RuledOut(input.AsSpan(beginning, length)))
        {
            yield break;
        }

        var range = beginning == 0 && length == input.Length ? input : input.Substring(beginning, length);
        var position = 0;
        while (position <= range.Length && Next(range, position) is { } match)
        {
            yield return match;
            position = match.Index + Math.Max(match.Length, 1);
        }
    }

    // The first match at or after startat, with its groups; null when there is none.
    private Match? Next(string input, int startat)
    {
        if (_linear is null)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var match = _backtracking.Match(input, startat);
                return match.Success ? match : null;
            }
            catch (RegexMatchTimeoutException) when (TrySwitch(out _))
            {
                // Go on below, on the linear engine.
            }
            finally
            {
                Charge(started);
            }
        }

        var index = FirstIndex(_linear!, input, startat);
        return index < 0 ? null : GroupsAt(input, index);
    }

    // Where the first match at or after startat begins, found without groups; -1 when there is none.
    private static int FirstIndex(Regex regex, string input, int startat)
    {
        foreach (var match in regex.EnumerateMatches(input, startat))
        {
            return match.Index;
        }

        return -1;
    }

    // The match that starts at index, with its groups.
    private Match GroupsAt(string input, int index)
    {
        if (!_groupsOnLinear)
        {
            try
            {
                var match = _backtracking.Match(input, index);
                if (match.Success && match.Index == index)
                {
                    return match;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                _groupsOnLinear = true;
            }
        }

        return (LinearEngine ?? _backtracking).Match(input, index);
    }

    // Whether the input holds none of the literals every match contains (RequiredLiterals), so that no engine need run. The
    // search is built at the first call rather than in the constructor: most patterns of a large pack never meet a
    // text their keywords let through. Two threads may both work it out at once; they find the same search.
    private bool RuledOut(ReadOnlySpan<char> input)
    {
        if (!_prefilterRead)
        {
            _prefilter = _prefilterKnown ? _prefilterSpec?.Build() : RequiredLiterals.PrefilterFor(_pattern, _options);
            _prefilterRead = true;
        }

        return _prefilter is { } prefilter && prefilter.RulesOut(input);
    }

    private bool AnyPartMatches(ReadOnlySpan<char> input)
    {
        foreach (var part in _parts!)
        {
            if (part.IsMatch(input))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The top-level alternatives of a pattern written as <c>\b(?:A|B|…)\b</c>, or null when it is not one alternation of at
    /// least two. A match of the whole is a match of <c>\b(?:A)\b</c> for one of them, and each of those is a match of the
    /// whole: both say the same of any input. Not split either, since an alternative alone could mean something else: a
    /// pattern that refers back to a group (another alternative might hold it), sets options inline (<c>(?i)</c> in one
    /// alternative holds for the ones after it) or holds a comment.
    /// </summary>
    internal static List<string>? Alternatives(string pattern)
    {
        const string Open = @"\b(?:";
        const string Close = @")\b";
        if (!pattern.StartsWith(Open, StringComparison.Ordinal) || !pattern.EndsWith(Close, StringComparison.Ordinal)
            || pattern.Contains(@"\k", StringComparison.Ordinal) || pattern.Contains("(?#", StringComparison.Ordinal) || InlineOptions().IsMatch(pattern))
        {
            return null;
        }

        var alternatives = new List<string>();
        var (depth, inClass, start, end) = (0, false, Open.Length, pattern.Length - Close.Length);
        for (var i = start; i < end; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 < end && char.IsAsciiDigit(pattern[i + 1]) && pattern[i + 1] != '0')
                {
                    return null;
                }

                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;

                // A ']' right after the opening bracket (or its negation) belongs to the class.
                if (i + 1 < end && pattern[i + 1] == '^')
                {
                    i++;
                }

                if (i + 1 < end && pattern[i + 1] == ']')
                {
                    i++;
                }
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (--depth < 0)
                {
                    // The opening group closes before the end: "\b(?:a)\b|\b(?:b)\b" is no single alternation.
                    return null;
                }
            }
            else if (c == '|' && depth == 0)
            {
                alternatives.Add(pattern[start..i]);
                start = i + 1;
            }
        }

        alternatives.Add(pattern[start..end]);
        return depth == 0 && !inClass && alternatives.Count >= 2 ? alternatives : null;
    }

    // An option set for the rest of its group, "(?i)" or "(?x-i)", as against a group with options, "(?i:…)".
    [GeneratedRegex(@"\(\?[imnsx-]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineOptions();

    private void Charge(long started)
    {
        // Unsynchronised on purpose: a lost update only delays the switch a little, and a shared counter updated with
        // interlocked operations on every call would cost more than it measures.
        var total = _backtrackingTicks + Stopwatch.GetTimestamp() - started;
        _backtrackingTicks = total;
        // The thread that crosses the threshold builds the engine; others keep backtracking meanwhile instead of waiting.
        if (total >= _switchAfterTicks && _linear is null && _gate.TryEnter())
        {
            try
            {
                _linear = Build();
            }
            finally
            {
                _gate.Exit();
            }
        }
    }

    // A call ran out of its budget: the linear engine is needed now, even if another thread is still building it.
    private bool TrySwitch([NotNullWhen(true)] out Regex? linear)
    {
        linear = LinearEngine;
        if (linear is null)
        {
            return false;
        }

        _linear = linear;
        return true;
    }

    // Called under the gate.
    private Regex? Build()
    {
        if (!_isBuilt)
        {
            _built = BuildLinear(_pattern, _options);
            _isBuilt = true;
        }

        return _built;
    }

    private Regex? CurrentLinear => _linear;

    private static Regex? BuildLinear(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Enumerates matches like <see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/>, moving to the linear engine when needed.</summary>
    public ref struct MatchEnumerator
    {
        private readonly BoundedRegex _owner;
        private readonly ReadOnlySpan<char> _input;
        private Regex.ValueMatchEnumerator _inner;
        private bool _onLinear;
        private int _resumeAt;
        private readonly bool _ruledOut;

        internal MatchEnumerator(BoundedRegex owner, ReadOnlySpan<char> input)
        {
            _owner = owner;
            _input = input;
            _ruledOut = owner.RuledOut(input);
            var linear = owner.CurrentLinear;
            _onLinear = linear is not null;
            _inner = (linear ?? owner._backtracking).EnumerateMatches(input);
        }

        /// <summary>The current match.</summary>
        public ValueMatch Current { get; private set; }

        /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
        public readonly MatchEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next match; false when there is none.</summary>
        public bool MoveNext()
        {
            if (_ruledOut)
            {
                return false;
            }

            if (_onLinear)
            {
                return Advance();
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                return Advance();
            }
            catch (RegexMatchTimeoutException) when (_owner.TrySwitch(out var linear))
            {
                // Both engines find the same matches: start the linear engine over and skip those already returned.
                var resumeAt = _resumeAt;
                _inner = linear.EnumerateMatches(_input);
                _onLinear = true;
                while (Advance())
                {
                    if (Current.Index >= resumeAt)
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                _owner.Charge(started);
            }
        }

        private bool Advance()
        {
            if (!_inner.MoveNext())
            {
                return false;
            }

            Current = _inner.Current;
            _resumeAt = Current.Index + Math.Max(Current.Length, 1);
            return true;
        }
    }
}
