using Herald.Guard.Detection;
using Herald.Guard.Patterns;
using Herald.Guard.Policy;

namespace Herald.Guard.Confidential;

/// <summary>Compiles the policy's own regular-expression rules into <see cref="PatternRule"/>s (confidential, linear in time).</summary>
internal static class PolicyRules
{
    public static IEnumerable<PatternRule> Create(GuardPolicy policy)
    {
        foreach (var rule in policy.Rules)
        {
            var regex = PolicyValues.TryCompilePattern(rule.Pattern, out var error)
                ?? throw new ArgumentException($"Rule {rule.Id}: {error}", nameof(policy));
            if (WritesAnIdentifierInCapitals(rule.Pattern))
            {
                regex = PolicyValues.TryCompilePattern("(?i)" + rule.Pattern, out _) ?? regex;
            }

            yield return new PatternRule
            {
                Info = new RuleInfo
                {
                    Id = rule.Id,
                    Category = FindingCategory.Confidential,
                    Severity = rule.Severity,
                    Message = Message(rule.Message),
                },
                Regex = regex,
                ReportSecretOnly = false,
            };
        }
    }

    /// <summary>
    /// Whether a pattern describes an identifier written in capitals — letters only in upper case, and digits ("\bBRH-[0-9]{4,6}\b",
    /// "BH-(NB|PC)-\d{5}"). Ticket and asset numbers are also written in lower case where a branch name, a URL or a file name holds them
    /// ("feature/brh-40771-label-printer"), so such a pattern is matched in either case. A pattern with lower-case letters, or one without
    /// digits ("\bENTWURF\b", a word whose capitals are the point), or one whose capitals are only classes ("[A-Z]{2}[0-9]{6}", which asks
    /// for capitals), is matched as written. Escapes and group headers are not letters.
    /// </summary>
    internal static bool WritesAnIdentifierInCapitals(string pattern)
    {
        var upper = false;
        var digits = pattern.Contains("0-9", StringComparison.Ordinal) || pattern.Contains(@"\d", StringComparison.Ordinal);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                if (i + 1 < pattern.Length && pattern[i] is 'p' or 'P' && pattern[i + 1] == '{')
                {
                    i = pattern.IndexOf('}', i) is var close and >= 0 ? close : pattern.Length;
                }

                continue;
            }

            if (c == '(' && i + 1 < pattern.Length && pattern[i + 1] == '?')
            {
                var header = pattern.IndexOfAny([':', '>', ')'], i);
                i = header >= 0 ? header : pattern.Length;
                continue;
            }

            if (c == '[')
            {
                // A class of capitals ("[A-Z]{2}") says nothing about how the identifier is written: only literal capitals do.
                // Lower case in a class still means the pattern is written with care for case.
                for (i++; i < pattern.Length && pattern[i] != ']'; i++)
                {
                    if (pattern[i] == '\\')
                    {
                        i++;
                    }
                    else if (char.IsAsciiLetterLower(pattern[i]))
                    {
                        return false;
                    }
                }

                continue;
            }

            if (char.IsAsciiLetterLower(c))
            {
                return false;
            }

            upper |= char.IsAsciiLetterUpper(c);
        }

        return upper && digits;
    }

    // The policy's message is written once, in the organisation's language; a short frame in each
    // language says where it comes from.
    private static LocalizedText Message(string? message) => message is null
        ? new LocalizedText(
            "Your organisation's policy asks you not to share this. Please check whether it needs to be in the post.",
            "Die Richtlinie deiner Organisation bittet darum, das nicht zu teilen. Prüf bitte, ob es in den Beitrag gehört.")
        : new LocalizedText(
            $"Your organisation's policy asks you not to share this: {message}",
            $"Die Richtlinie deiner Organisation bittet darum, das nicht zu teilen: {message}");
}
