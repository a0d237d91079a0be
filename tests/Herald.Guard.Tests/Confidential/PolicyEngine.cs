using Herald.Guard.Policy;

namespace Herald.Guard.Tests.Confidential;

/// <summary>Builds real engines from policy YAML for the tests.</summary>
internal static class PolicyEngine
{
    public static GuardEngine Create(string yaml)
    {
        var loaded = PolicyLoader.Load(yaml, "test-policy.yaml");
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Errors));
        return GuardEngine.Create(new GuardSetup { Policy = loaded.Value!, BuiltinSecretRules = false });
    }

    /// <summary>The findings of the given rules (other detectors may find other things in the same text).</summary>
    public static IReadOnlyList<Finding> Find(this GuardEngine engine, string text, params string[] ruleIds) =>
        [.. engine.Check(text, new DateOnly(2026, 6, 1)).Findings.Where(f => ruleIds.Length == 0 || ruleIds.Contains(f.RuleId))];

    public static string Matched(this Finding finding, string text) => text.Substring(finding.Offset, finding.Length);
}
