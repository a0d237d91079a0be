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
