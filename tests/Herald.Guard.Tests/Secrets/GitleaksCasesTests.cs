using System.Globalization;
using System.Text.Json;
using Herald.Guard.Secrets;
using Herald.Testing;

namespace Herald.Guard.Tests.Secrets;

/// <summary>
/// Recall and false alarms on gitleaks' own true- and false-positive samples (<c>gitleaks-cases.jsonl</c>).
/// A row counts as flagged when the engine reports at least one secret in it.
/// </summary>
public sealed class GitleaksCasesTests(ITestOutputHelper output)
{
    private sealed record Case(int Line, string Rule, string Text, bool IsSecret, string? Path);

    private static readonly Lazy<List<Case>> Cases = new(LoadCases);

    private static List<Case> LoadCases()
    {
        var cases = new List<Case>();
        var number = 0;
        foreach (var line in File.ReadLines(Paths.Data("gitleaks-cases.jsonl")))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var isSecret = root.GetProperty("expect").GetString() == "secret";

            // Clean rows are clean for one rule only; those that are a secret for another rule say so and are skipped.
            if (!isSecret && root.TryGetProperty("secret_for_other_rules", out _))
            {
                continue;
            }

            cases.Add(new Case(
                number,
                root.GetProperty("rule").GetString()!,
                root.GetProperty("text").GetString()!,
                isSecret,
                root.TryGetProperty("path", out var path) ? path.GetString() : null));
        }

        return cases;
    }

    [Fact]
    public void Builtin_pack_finds_gitleaks_secrets_without_flagging_clean_samples()
    {
        var engine = GuardEngine.Create(new GuardSetup { BuiltinSecretRules = true });

        var (recall, falseAlarms) = Measure(engine, "built-in pack");

        Assert.True(recall >= 0.95, $"recall {recall:F3} is below 0.95");
        Assert.True(falseAlarms <= 0.05, $"false-alarm rate {falseAlarms:F3} is above 0.05");
    }

    [Fact]
    public void Gitleaks_default_rules_find_their_own_secrets_without_flagging_clean_samples()
    {
        var loaded = GitleaksConfigLoader.LoadFile(Paths.Data("gitleaks.toml"));
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Errors));
        var engine = GuardEngine.Create(new GuardSetup { BuiltinSecretRules = false, GitleaksConfigs = [loaded.Value!] });

        var (recall, falseAlarms) = Measure(engine, "gitleaks.toml, no built-in pack");
        var clean = Cases.Value.Count(c => !c.IsSecret);
        var ownRuleAlarms = Cases.Value.Where(c => !c.IsSecret && FlaggedBy(engine, c).Contains(c.Rule)).Select(c => c.Line).ToList();
        Figures.Report(output, string.Create(CultureInfo.InvariantCulture, $"gitleaks-cases (gitleaks.toml, no built-in pack): clean rows flagged by their own rule {ownRuleAlarms.Count / (double)clean:P1} ({ownRuleAlarms.Count}/{clean}; the data's definition: a clean row means its rule must not fire; issue 2's goal is at most 2 %)"));

        // gitleaks' own validation: every rule finds its true positives and stays quiet on its false positives.
        // Clean rows are clean for one rule only; the few that another default rule flags (a JWT inside a Basic
        // header, a generic "key = <random>" assignment) are flagged by gitleaks itself too, so they stay in the figure.
        Assert.True(recall >= 0.99, $"recall {recall:F3} is below 0.99");
        Assert.True(ownRuleAlarms.Count <= 0.02 * clean, $"clean rows flagged by their own rule: {string.Join(", ", ownRuleAlarms)}");
        Assert.True(falseAlarms <= 0.03, $"false-alarm rate {falseAlarms:F3} is above 0.03");
    }

    private (double Recall, double FalseAlarms) Measure(GuardEngine engine, string label)
    {
        var secrets = Cases.Value.Where(c => c.IsSecret).ToList();
        var clean = Cases.Value.Where(c => !c.IsSecret).ToList();
        var missed = secrets.Where(c => !IsFlagged(engine, c)).ToList();
        var alarms = clean.Where(c => IsFlagged(engine, c)).ToList();

        var recall = (secrets.Count - missed.Count) / (double)secrets.Count;
        var falseAlarms = alarms.Count / (double)clean.Count;
        var culture = CultureInfo.InvariantCulture;
        Figures.Report(output, string.Create(culture, $"gitleaks-cases ({label}): recall {recall:F3} ({secrets.Count - missed.Count}/{secrets.Count} secret rows), false alarms {falseAlarms:P1} ({alarms.Count}/{clean.Count} clean rows)"));
        Figures.Report(output, $"gitleaks-cases ({label}): missed lines {Describe(missed)}");
        Figures.Report(output, $"gitleaks-cases ({label}): falsely flagged lines {DescribeAlarms(engine, alarms)}");
        return (recall, falseAlarms);
    }

    private static HashSet<string> FlaggedBy(GuardEngine engine, Case row) =>
        [.. engine.Check(row.Text, path: row.Path).Findings.Select(f => f.RuleId)];

    private static bool IsFlagged(GuardEngine engine, Case row) =>
        engine.Check(row.Text, path: row.Path).Findings.Any(f => f.Category == FindingCategory.Secret);

    private static string DescribeAlarms(GuardEngine engine, List<Case> rows) =>
        rows.Count == 0
            ? "none"
            : string.Join(", ", rows.Select(r => $"{r.Line} ({r.Rule}; flagged by {string.Join('+', engine.Check(r.Text, path: r.Path).Findings.Select(f => f.RuleId).Distinct())})"));

    private static string Describe(List<Case> rows) =>
        rows.Count == 0 ? "none" : string.Join(", ", rows.Select(r => $"{r.Line} ({r.Rule})"));
}
