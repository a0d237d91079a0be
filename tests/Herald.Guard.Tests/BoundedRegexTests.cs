using System.Diagnostics;
using System.Text.RegularExpressions;
using Herald.Guard.Secrets;
using Herald.Guard.Text;
using Herald.Testing;

namespace Herald.Guard.Tests;

/// <summary>
/// Every pattern of the Guard is a <see cref="BoundedRegex"/>: it starts on the backtracking interpreter and moves to the
/// linear engine when an input makes it backtrack or when it has been used enough. These tests hold it to its promise:
/// the same matches on both engines, and no input that keeps it busy beyond its budget.
/// </summary>
public sealed class BoundedRegexTests(ITestOutputHelper output)
{
    // Nested repetition: the interpreter needs about 2^n steps to fail on n letters "a" without a "b".
    private const string Catastrophic = "(a+)+b";

    [Fact]
    public void Input_that_makes_the_pattern_backtrack_is_answered_by_the_linear_engine()
    {
        var regex = new BoundedRegex(Catastrophic, RegexOptions.CultureInvariant);
        var input = new string('a', 5_000) + "!";

        Assert.False(regex.IsMatch(input));
        Assert.True(regex.RunsLinear);
        Assert.True(regex.IsMatch(input + "ab"));
    }

    [Fact]
    public void Matches_found_before_the_switch_are_not_repeated_and_none_after_it_are_lost()
    {
        var pattern = @"x\d|" + Catastrophic;
        var input = "x1 x2 " + new string('a', 40) + " x3 aab x4";
        var expected = new Regex(pattern, RegexOptions.NonBacktracking).Matches(input).Select(m => (m.Index, m.Length)).ToList();

        var regex = new BoundedRegex(pattern, RegexOptions.None);
        var found = new List<(int, int)>();
        foreach (var match in regex.EnumerateMatches(input))
        {
            found.Add((match.Index, match.Length));
        }

        Assert.Equal(expected, found);
        Assert.True(regex.RunsLinear);
    }

    [Fact]
    public void Matches_with_groups_continue_on_the_linear_engine_where_the_interpreter_stopped()
    {
        var pattern = @"(x)(\d)|" + Catastrophic;
        var input = "-- x1 x2 " + new string('a', 40) + " x3 aab x4 --";
        var expected = new Regex(pattern, RegexOptions.NonBacktracking).Match(input, 3, input.Length - 6);
        var expectedList = new List<(int, string)>();
        for (; expected.Success; expected = expected.NextMatch())
        {
            expectedList.Add((expected.Index, expected.Groups[2].Value));
        }

        var regex = new BoundedRegex(pattern, RegexOptions.None);

        // Positions in the matches count from the start of the range.
        Assert.Equal(expectedList, regex.Matches(input, 3, input.Length - 6).Select(m => (3 + m.Index, m.Groups[2].Value)));
        Assert.True(regex.RunsLinear);
    }

    [Fact]
    public void A_pattern_the_linear_engine_cannot_run_stays_on_the_interpreter_and_reports_a_timeout()
    {
        // A back reference: only the backtracking engines have one.
        var regex = new BoundedRegex(@"(a+)+\1b", RegexOptions.None);

        Assert.Null(regex.LinearEngine);
        Assert.True(regex.IsMatch("aab"));
        Assert.Throws<RegexMatchTimeoutException>(() => regex.IsMatch(new string('a', 5_000)));
        Assert.False(regex.RunsLinear);
    }

    [Fact]
    public void A_pattern_in_steady_use_moves_to_the_linear_engine()
    {
        var regex = new BoundedRegex(@"\b(?:vertraulich|confidential)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        // "Vertraulichkeit" holds the pattern's literal, so the text is not ruled out before an engine runs, yet never matches.
        var text = string.Concat(Enumerable.Repeat("Ein Satz über Vertraulichkeit ohne jedes Kennzeichen. ", 2_000));

        for (var i = 0; i < 10_000 && !regex.RunsLinear; i++)
        {
            Assert.False(regex.IsMatch(text));
        }

        Assert.True(regex.RunsLinear);
        Assert.False(regex.IsMatch(text));
    }

    [Theory]
    [InlineData(@"\b(?:ab|c(?:d|e)f|[|)(]+|\|x)\b", new[] { "ab", "c(?:d|e)f", "[|)(]+", @"\|x" })]
    [InlineData(@"\b(?:[]|]a|[^]|]b|\(c|d)\b", new[] { "[]|]a", "[^]|]b", @"\(c", "d" })]
    [InlineData(@"\b(?:a|b)\b|\b(?:c|d)\b", null)]
    [InlineData(@"\b(?:(a)|\1b)\b", null)]
    [InlineData(@"\b(?:(?<x>a)|\k<x>b)\b", null)]
    [InlineData(@"\b(?:(?:a|b))\b", null)]
    [InlineData(@"\b(?:(?i)a|b)\b", null)]
    [InlineData(@"\b(?:a(?#x|y)|b)\b", null)]
    [InlineData(@"\b(?:(?i:a)|b)\b", new[] { "(?i:a)", "b" })]
    [InlineData(@"(?:a|b)\b", null)]
    public void A_pattern_that_is_one_alternation_is_split_into_its_alternatives(string pattern, string[]? expected)
    {
        Assert.Equal(expected, BoundedRegex.Alternatives(pattern)?.ToArray());
    }

    [Fact]
    public void A_long_alternation_asked_one_alternative_at_a_time_says_what_the_whole_says()
    {
        var split = GuardPatterns.All().Where(p => p.Regex.Parts.Count > 0).ToList();
        var drafts = Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "tests", "corpus", "drafts"), "*.txt").Select(File.ReadAllText).ToList();
        var texts = drafts
            .Concat(drafts.SelectMany(d => Regex.Split(d, @"(?<=[.!?:])\s+|\n")))
            .Concat(SecurityPostureTests.Risky.Select(row => row.Data.Item1))
            .Concat(SecurityPostureTests.Education.Select(row => row.Data))
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();

        var (matched, compared) = (0, 0);
        foreach (var (name, regex) in split)
        {
            var whole = regex.LinearEngine!;
            foreach (var text in texts)
            {
                var expected = whole.Matches(text).Select(m => (m.Index, m.Length)).ToList();
                Assert.True(regex.IsMatch(text) == expected.Count > 0, $"{name}: its alternatives and the whole disagree on: {text}");
                var found = new List<(int, int)>();
                foreach (var match in regex.EnumerateMatches(text))
                {
                    found.Add((match.Index, match.Length));
                }

                Assert.True(expected.SequenceEqual(found), $"{name}: the matches differ from the whole's on: {text}");
                matched += expected.Count > 0 ? 1 : 0;
                compared++;
            }
        }

        Assert.True(matched > 0);
        Figures.Report(output, $"bounded regex: {split.Count} long alternations are asked one alternative at a time; over {texts.Count} texts they said what the whole says {compared} times ({matched} with a match)");
    }

    [Fact]
    public void Every_built_in_pattern_finds_the_same_matches_on_both_engines()
    {
        var patterns = GuardPatterns.All().ToList();
        var texts = Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "tests", "corpus", "drafts"), "*.txt")
            .Select(File.ReadAllText)
            .Concat(SecretPack.Definitions.SelectMany(d => d.Positives.Concat(d.Negatives)))
            .ToList();

        var compared = 0;
        var times = new Dictionary<string, TimeSpan>();
        foreach (var (name, regex) in patterns)
        {
            var linear = regex.LinearEngine;
            Assert.True(linear is not null, $"{name} cannot run on the linear engine");

            foreach (var text in texts)
            {
                var started = Stopwatch.GetTimestamp();
                var backtracking = Backtracking(regex, text);
                times[name] = times.GetValueOrDefault(name) + Stopwatch.GetElapsedTime(started);
                var expected = linear.Matches(text).Select(m => (m.Index, m.Length)).ToList();
                Assert.True(backtracking.SequenceEqual(expected), $"{name} differs on a text");
                Assert.True(Generated(regex, text)?.SequenceEqual(expected) ?? true, $"{name}: the code generated for the native build differs on a text");
                compared++;
            }
        }

        Figures.Report(output, $"bounded regex: {patterns.Count} built-in patterns find the same matches on the interpreter, the code generated for the native build and the linear engine over {texts.Count} texts ({compared} comparisons); most time on the backtracking engine: {string.Join(", ", times.OrderByDescending(t => t.Value).Take(5).Select(t => $"{t.Key} {t.Value.TotalMilliseconds:F0} ms"))}");
    }

    // The matches of the pattern's backtracking engine (for built-in patterns, the code generated at build time). When a
    // text makes it run out of its budget (a long token for the generic assignment pattern, or a busy machine), the same
    // backtracking semantics are taken from the interpreter without a budget.
    private static List<(int Index, int Length)> Backtracking(BoundedRegex regex, string text)
    {
        try
        {
            return [.. regex.Backtracking.Matches(text).Select(m => (m.Index, m.Length))];
        }
        catch (RegexMatchTimeoutException)
        {
            return [.. new Regex(regex.Pattern, regex.Options).Matches(text).Select(m => (m.Index, m.Length))];
        }
    }

    // The matches of the code the source generator wrote for the pattern (what the native herald runs); null when a text
    // makes it run out of its budget (the generic assignment pattern on a long token, or a busy machine): the linear engine
    // answers such a call in the product, and the text's backtracking semantics are checked through the interpreter.
    private static List<(int Index, int Length)>? Generated(BoundedRegex regex, string text)
    {
        try
        {
            return [.. BuiltInPatterns.Find(regex.Pattern, regex.Options)!.Matches(text).Select(m => (m.Index, m.Length))];
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
