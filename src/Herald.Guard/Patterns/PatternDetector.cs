using System.Text.RegularExpressions;
using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Patterns;

/// <summary>
/// Runs a set of <see cref="PatternRule"/>s over a draft. A keyword prefilter
/// (<see cref="KeywordAutomaton"/> over every rule's keywords, case-insensitive) finds which rules can
/// match at all, so only a few regular expressions run on a typical post. Immutable and thread-safe.
/// </summary>
internal sealed class PatternDetector : IDetector
{
    private readonly PatternRule[] _rules;
    private readonly int[] _alwaysRun;
    private readonly KeywordAutomaton? _keywords;

    // The automaton reports keywords, not rules: each keyword's rule and text, so that a rule looks only for the keywords
    // the draft holds when it collects its lines.
    private readonly int[] _keywordRule;
    private readonly string[] _keywordText;

    // Each rule's keywords are numbered together: rule i has those from _firstKeyword[i] to _firstKeyword[i + 1].
    private readonly int[] _firstKeyword;

    public PatternDetector(IEnumerable<PatternRule> rules)
    {
        _rules = [.. rules];
        _alwaysRun = [.. Enumerable.Range(0, _rules.Length).Where(i => _rules[i].Keywords.Count == 0)];
        var keywords = new List<(string Keyword, int Rule)>();
        _firstKeyword = new int[_rules.Length + 1];
        for (var i = 0; i < _rules.Length; i++)
        {
            _firstKeyword[i] = keywords.Count;
            foreach (var keyword in _rules[i].Keywords)
            {
                if (keyword.Length > 0)
                {
                    keywords.Add((keyword, i));
                }
            }
        }

        _firstKeyword[_rules.Length] = keywords.Count;
        _keywordRule = [.. keywords.Select(k => k.Rule)];
        _keywordText = [.. keywords.Select(k => k.Keyword)];
        _keywords = keywords.Count > 0 ? new KeywordAutomaton([.. keywords.Select((k, i) => (k.Keyword.ToLowerInvariant(), i))]) : null;
    }

    public int RuleCount => _rules.Length;

    public void Detect(ScanContext context)
    {
        if (_rules.Length == 0)
        {
            return;
        }

        var text = context.Text;
        var active = _rules.Length <= 1024 ? stackalloc bool[_rules.Length] : new bool[_rules.Length];
        foreach (var i in _alwaysRun)
        {
            active[i] = true;
        }

        var found = _keywordRule.Length <= 4096 ? stackalloc bool[_keywordRule.Length] : new bool[_keywordRule.Length];
        var occurrences = new List<(int End, int Keyword)>();
        _keywords?.Mark(text, found, occurrences);
        for (var k = 0; k < found.Length; k++)
        {
            if (found[k])
            {
                active[_keywordRule[k]] = true;
            }
        }

        // Specific rules first; a generic rule then only reports what no specific rule explained already,
        // so the author sees "GitHub token" rather than "secret in an assignment" for the same characters.
        var firstOwn = context.Findings.Count;
        for (var i = 0; i < _rules.Length; i++)
        {
            if (active[i] && !_rules[i].Generic)
            {
                Run(i, context, firstOwn, occurrences);
            }
        }

        for (var i = 0; i < _rules.Length; i++)
        {
            if (active[i] && _rules[i].Generic)
            {
                Run(i, context, firstOwn, occurrences);
            }
        }
    }

    private void Run(int index, ScanContext context, int firstOwn, List<(int End, int Keyword)> occurrences)
    {
        var rule = _rules[index];
        if (rule.PathRegex is not null && (context.Path is null || !rule.PathRegex.IsMatch(context.Path)))
        {
            return;
        }

        if (rule.IsPathOnly)
        {
            ReportPathOnly(rule, context);
            return;
        }

        try
        {
            if (rule.LineScoped && rule.Keywords.Count > 0)
            {
                RunOnKeywordLines(rule, context, firstOwn, occurrences, _firstKeyword[index], _firstKeyword[index + 1]);
            }
            else
            {
                RunOnRange(rule, context, firstOwn, 0, context.Text.Length);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a pattern the linear engine cannot take (an imported one with a back reference, say) runs out of time:
            // it reports nothing for this draft rather than stalling the whole check.
        }
    }

    // Runs the pattern on each line that holds one of the rule's keywords (numbers <paramref name="firstKeyword"/> to
    // <paramref name="endKeyword"/>), each line once, in text order. The lines come from the automaton's occurrences rather than
    // from searching the draft again for each keyword.
    private void RunOnKeywordLines(PatternRule rule, ScanContext context, int firstOwn, List<(int End, int Keyword)> occurrences, int firstKeyword, int endKeyword)
    {
        const int MaxLines = 64;
        var text = context.Text;
        Span<int> lineStarts = stackalloc int[MaxLines];
        var count = 0;
        foreach (var (end, keyword) in occurrences)
        {
            if (keyword < firstKeyword || keyword >= endKeyword)
            {
                continue;
            }

            var length = _keywordText[keyword].Length;
            var (lineStart, _) = TextLines.Bounds(text, end - length, length);
            if (lineStarts[..count].Contains(lineStart))
            {
                continue;
            }

            if (count == MaxLines)
            {
                // A draft with this many keyword lines is better scanned in one go.
                RunOnRange(rule, context, firstOwn, 0, text.Length);
                return;
            }

            lineStarts[count++] = lineStart;
        }

        lineStarts[..count].Sort();
        var filter = rule.LineFilter;
        foreach (var lineStart in lineStarts[..count])
        {
            var (_, lineEnd) = TextLines.Bounds(text, lineStart, 1);
            if (filter is null || filter.IsMatch(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                RunOnRange(rule, context, firstOwn, lineStart, lineEnd - lineStart);
            }
        }
    }

    private static void RunOnRange(PatternRule rule, ScanContext context, int firstOwn, int start, int length)
    {
        if (rule.GroupIsWholeMatch)
        {
            RunWithWholeMatchGroup(rule, context, firstOwn, start, length);
        }
        else if (rule.HasGroups)
        {
            RunWithGroups(rule, context, firstOwn, start, length);
        }
        else
        {
            RunWithoutGroups(rule, context, firstOwn, start, length);
        }
    }

    // Most built-in patterns have no capture groups: matching them with ValueMatch allocates nothing unless a candidate is found.
    private static void RunWithoutGroups(PatternRule rule, ScanContext context, int firstOwn, int start, int length)
    {
        var text = context.Text;
        foreach (var match in rule.Regex!.EnumerateMatches(text.AsSpan(start, length)))
        {
            if (match.Length == 0)
            {
                continue;
            }

            var index = start + match.Index;
            var (secretStart, secretLength) = TrimNewlines(text.AsSpan(index, match.Length), index);
            if (secretLength > 0 && Accepts(rule, context, secretStart, secretLength, index, match.Length, firstOwn))
            {
                context.Report(secretStart, secretLength, rule.Info);
            }
        }
    }

    // The group is the match, so the secret is too, as RunWithGroups would select it (untrimmed).
    private static void RunWithWholeMatchGroup(PatternRule rule, ScanContext context, int firstOwn, int start, int length)
    {
        var text = context.Text;
        foreach (var match in rule.Regex!.EnumerateMatches(text.AsSpan(start, length)))
        {
            if (match.Length == 0)
            {
                continue;
            }

            var index = start + match.Index;
            if (!Accepts(rule, context, index, match.Length, index, match.Length, firstOwn))
            {
                continue;
            }

            var (reportStart, reportLength) = rule.ReportSecretOnly ? (index, match.Length) : TrimNewlines(text.AsSpan(index, match.Length), index);
            context.Report(reportStart, reportLength, rule.Info);
        }
    }

    private static void RunWithGroups(PatternRule rule, ScanContext context, int firstOwn, int start, int length)
    {
        var text = context.Text;
        foreach (var match in rule.Regex!.Matches(text, start, length))
        {
            if (match.Length == 0)
            {
                continue;
            }

            // The match's positions count from the start of the range.
            var (secretStart, secretLength) = SelectSecret(rule, match, start);
            if (secretLength == 0 || !Accepts(rule, context, secretStart, secretLength, start + match.Index, match.Length, firstOwn))
            {
                continue;
            }

            var (reportStart, reportLength) = rule.ReportSecretOnly ? (secretStart, secretLength) : TrimNewlines(match.ValueSpan, start + match.Index);
            context.Report(reportStart, reportLength, rule.Info);
        }
    }

    private static bool Accepts(PatternRule rule, ScanContext context, int secretStart, int secretLength, int matchStart, int matchLength, int firstOwn)
    {
        var text = context.Text;
        var secretSpan = text.AsSpan(secretStart, secretLength);
        if (rule.MinEntropy > 0 && Entropy.Shannon(secretSpan) <= rule.MinEntropy)
        {
            return false;
        }

        if (rule.Generic && OverlapsEarlierFinding(context, firstOwn, secretStart, secretStart + secretLength))
        {
            return false;
        }

        if (rule.Accept is null && rule.Allowlists.Count == 0)
        {
            return true;
        }

        var secret = secretSpan.ToString();
        if (rule.Accept is not null && !rule.Accept(secret))
        {
            return false;
        }

        return rule.Allowlists.Count == 0 || !IsAllowed(rule, text, matchStart, matchLength, secret, context.Path);
    }

    private static bool OverlapsEarlierFinding(ScanContext context, int firstOwn, int start, int end)
    {
        var findings = context.Findings;
        for (var i = firstOwn; i < findings.Count; i++)
        {
            if (findings[i].Start < end && start < findings[i].End)
            {
                return true;
            }
        }

        return false;
    }

    // gitleaks reports a path-only rule for the whole file; a draft has no better position than its first line.
    private static void ReportPathOnly(PatternRule rule, ScanContext context)
    {
        var text = context.Text;
        foreach (var allowlist in rule.Allowlists)
        {
            if (allowlist.Allows(string.Empty, string.Empty, string.Empty, context.Path))
            {
                return;
            }
        }

        var (_, lineEnd) = TextLines.Bounds(text, 0, 1);
        context.Report(0, Math.Max(1, Math.Min(lineEnd, text.Length)), rule.Info);
    }

    private static (int Start, int Length) SelectSecret(PatternRule rule, Match match, int offset)
    {
        var groups = match.Groups;
        if (groups.Count >= 2)
        {
            if (rule.SecretGroup > 0)
            {
                if (rule.SecretGroup >= groups.Count)
                {
                    return (0, 0);
                }

                var g = groups[rule.SecretGroup];
                return g.Success ? (offset + g.Index, g.Length) : (0, 0);
            }

            for (var i = 1; i < groups.Count; i++)
            {
                var g = groups[i];
                if (g.Success && g.Length > 0)
                {
                    return (offset + g.Index, g.Length);
                }
            }
        }

        return TrimNewlines(match.ValueSpan, offset + match.Index);
    }

    // gitleaks trims line breaks from both ends of a match before using it.
    private static (int Start, int Length) TrimNewlines(ReadOnlySpan<char> value, int start)
    {
        var trimmed = value.TrimStart('\n');
        start += value.Length - trimmed.Length;
        return (start, trimmed.TrimEnd('\n').Length);
    }

    private static bool IsAllowed(PatternRule rule, string text, int matchStart, int matchLength, string secret, string? path)
    {
        var line = rule.Allowlists.Any(a => a.NeedsLine) ? LineAround(text, matchStart, matchLength) : string.Empty;
        var match = text.Substring(matchStart, matchLength);
        foreach (var allowlist in rule.Allowlists)
        {
            if (allowlist.Allows(secret, match, line, path))
            {
                return true;
            }
        }

        return false;
    }

    // The line of a match, as gitleaks' line-targeted allowlists see it. A draft's lines are short; a pathological
    // single line of megabytes is cut to a window around the match so that many matches on it stay linear.
    private static string LineAround(string text, int matchStart, int matchLength)
    {
        const int MaxContext = 1024;
        var from = Math.Max(0, matchStart - MaxContext);
        var to = Math.Min(text.Length, matchStart + matchLength + MaxContext);
        var before = text.AsSpan(from, matchStart - from).LastIndexOf('\n');
        var after = text.AsSpan(matchStart + matchLength, to - matchStart - matchLength).IndexOf('\n');
        var lineStart = before < 0 ? from : from + before + 1;
        var lineEnd = after < 0 ? to : matchStart + matchLength + after;
        if (lineEnd > lineStart && text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        return text[lineStart..lineEnd];
    }
}
