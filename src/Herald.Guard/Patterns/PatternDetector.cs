using System.Buffers;
using System.Text.RegularExpressions;
using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Patterns;

/// <summary>
/// Runs a set of <see cref="PatternRule"/>s over a draft. A keyword prefilter
/// (<see cref="SearchValues{T}"/> over every rule's keywords, case-insensitive) finds which rules can
/// match at all, so only a few regular expressions run on a typical post. Immutable and thread-safe.
/// </summary>
internal sealed class PatternDetector : IDetector
{
    private readonly PatternRule[] _rules;
    private readonly int[] _alwaysRun;
    private readonly SearchValues<string>? _keywords;

    // Keywords bucketed by their lower-cased first character; each entry names the rules it enables.
    private readonly Dictionary<char, (string Keyword, int[] Rules)[]> _keywordsByFirstChar;

    public PatternDetector(IEnumerable<PatternRule> rules)
    {
        _rules = [.. rules];
        _alwaysRun = [.. Enumerable.Range(0, _rules.Length).Where(i => _rules[i].Keywords.Count == 0)];

        var rulesByKeyword = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _rules.Length; i++)
        {
            foreach (var keyword in _rules[i].Keywords)
            {
                var key = keyword.ToLowerInvariant();
                if (key.Length == 0)
                {
                    continue;
                }

                if (!rulesByKeyword.TryGetValue(key, out var list))
                {
                    rulesByKeyword[key] = list = [];
                }

                list.Add(i);
            }
        }

        _keywordsByFirstChar = rulesByKeyword
            .GroupBy(kv => kv.Key[0])
            .ToDictionary(g => g.Key, g => g.Select(kv => (kv.Key, kv.Value.ToArray())).ToArray());
        _keywords = rulesByKeyword.Count > 0
            ? SearchValues.Create([.. rulesByKeyword.Keys], StringComparison.OrdinalIgnoreCase)
            : null;
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

        MarkRulesWithKeywords(text, active);

        for (var i = 0; i < _rules.Length; i++)
        {
            if (active[i])
            {
                Run(_rules[i], context);
            }
        }
    }

    private void MarkRulesWithKeywords(string text, Span<bool> active)
    {
        if (_keywords is null)
        {
            return;
        }

        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var found = span[position..].IndexOfAny(_keywords);
            if (found < 0)
            {
                return;
            }

            var at = position + found;
            if (_keywordsByFirstChar.TryGetValue(char.ToLowerInvariant(span[at]), out var bucket))
            {
                var rest = span[at..];
                foreach (var (keyword, rules) in bucket)
                {
                    if (rest.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                    {
                        foreach (var rule in rules)
                        {
                            active[rule] = true;
                        }
                    }
                }
            }

            position = at + 1;
        }
    }

    private static void Run(PatternRule rule, ScanContext context)
    {
        if (rule.Regex is null)
        {
            return;
        }

        if (rule.PathRegex is not null && (context.Path is null || !rule.PathRegex.IsMatch(context.Path)))
        {
            return;
        }

        var text = context.Text;
        for (var match = rule.Regex.Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Length == 0)
            {
                continue;
            }

            var (secretStart, secretLength) = SelectSecret(rule, match);
            if (secretLength == 0)
            {
                continue;
            }

            var secret = text.Substring(secretStart, secretLength);
            if (rule.MinEntropy > 0 && Entropy.Shannon(secret) <= rule.MinEntropy)
            {
                continue;
            }

            if (rule.Accept is not null && !rule.Accept(secret))
            {
                continue;
            }

            if (rule.Allowlists.Count > 0 && IsAllowed(rule, text, match, secret, context.Path))
            {
                continue;
            }

            var (start, length) = rule.ReportSecretOnly ? (secretStart, secretLength) : TrimNewlines(match.ValueSpan, match.Index);
            context.Report(start, length, rule.Info);
        }
    }

    private static (int Start, int Length) SelectSecret(PatternRule rule, Match match)
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
                return g.Success ? (g.Index, g.Length) : (0, 0);
            }

            for (var i = 1; i < groups.Count; i++)
            {
                var g = groups[i];
                if (g.Success && g.Length > 0)
                {
                    return (g.Index, g.Length);
                }
            }
        }

        return TrimNewlines(match.Value, match.Index);
    }

    // gitleaks trims line breaks from both ends of a match before using it.
    private static (int Start, int Length) TrimNewlines(ReadOnlySpan<char> value, int start)
    {
        var trimmed = value.TrimStart('\n');
        start += value.Length - trimmed.Length;
        return (start, trimmed.TrimEnd('\n').Length);
    }

    private static bool IsAllowed(PatternRule rule, string text, Match match, string secret, string? path)
    {
        var (lineStart, lineEnd) = TextLines.Bounds(text, match.Index, match.Length);
        var line = text[lineStart..lineEnd];
        foreach (var allowlist in rule.Allowlists)
        {
            if (allowlist.Allows(secret, match.Value, line, path))
            {
                return true;
            }
        }

        return false;
    }
}
