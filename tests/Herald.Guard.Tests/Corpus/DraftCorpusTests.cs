using System.Globalization;
using Herald.Guard.Policy;
using Herald.Testing;

namespace Herald.Guard.Tests.Corpus;

/// <summary>
/// The Guard against its own corpus of realistic drafts for an invented company (see tests/corpus/README.md):
/// draft-level precision and recall, and recall per category. Labels follow the spec, not the detectors.
/// The held-out set (tests/corpus/holdout, when present) is measured separately and never used to tune a detector.
/// </summary>
public sealed class DraftCorpusTests(ITestOutputHelper output)
{
    // Inside the policy's quiet period (2026-12-01 to 2027-01-20), so insider statements count.
    private static readonly DateOnly CheckDate = new(2026, 12, 10);

    // Issue 2: precision and recall of at least 0.95 at draft level.
    private const double Required = 0.95;

    // Former held-out sets, moved into the corpus once they had been used to improve the detectors: drafts 125-164 were the
    // first (H01-H40; before that work precision 0.556, recall 0.500), drafts 165-224 the second (H01-H60; before: precision
    // 0.783, recall 0.600), drafts 225-284 the third (H01-H60; before: precision 0.769, recall 0.667), drafts 285-344 the fourth
    // (H01-H60; before: precision 0.750, recall 0.500), drafts 345-404 the fifth (H01-H60; before: precision 0.818, recall
    // 0.600), drafts 405-464 the sixth (H01-H60; before: precision 0.850, recall 0.567), drafts 465-504 the seventh (H01-H40;
    // before: precision 1.000, recall 0.750). tests/corpus/README.md has the figures per category. Each is reported on its own to follow it.
    private static readonly (int First, int Last, string Name)[] FormerHoldouts =
    [
        (125, 164, "first held-out set"),
        (165, 224, "second held-out set"),
        (225, 284, "third held-out set"),
        (285, 344, "fourth held-out set"),
        (345, 404, "fifth held-out set"),
        (405, 464, "sixth held-out set"),
        (465, 504, "seventh held-out set"),
    ];

    private static readonly string CorpusRoot = Path.Combine(Paths.RepositoryRoot, "tests", "corpus");

    private static readonly string HoldoutRoot = Path.Combine(CorpusRoot, "holdout");

    [Fact]
    public void Corpus_policy_loads_without_errors()
    {
        var policy = PolicyLoader.LoadFile(Path.Combine(CorpusRoot, "policy.yaml"));

        Assert.True(policy.Succeeded, string.Join(Environment.NewLine, policy.Errors));
    }

    [Fact]
    public void Corpus_has_a_label_for_every_draft_and_is_half_clean()
    {
        var expected = ExpectedDraft.Load(Path.Combine(CorpusRoot, "expected.tsv"));
        var files = Directory.GetFiles(Path.Combine(CorpusRoot, "drafts"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, expected.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.True(expected.Count >= 100, $"the corpus holds {expected.Count} drafts; issue 2 asks for at least 100");
        Assert.InRange(expected.Count(e => !e.Risky), expected.Count * 2 / 5, expected.Count * 3 / 5);
        Assert.Contains(expected, e => e.File.EndsWith("-de.txt", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.File.EndsWith("-en.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Drafts_are_flagged_with_precision_and_recall_of_at_least_95_percent()
    {
        var policy = PolicyLoader.LoadFile(Path.Combine(CorpusRoot, "policy.yaml"));
        Assert.True(policy.Succeeded, string.Join(Environment.NewLine, policy.Errors));
        var engine = GuardEngine.Create(new GuardSetup { Policy = policy.Value! });
        var expected = ExpectedDraft.Load(Path.Combine(CorpusRoot, "expected.tsv"));

        var score = Score(engine, expected, Path.Combine(CorpusRoot, "drafts"));

        Report(score, "guard corpus");

        foreach (var (first, last, name) in FormerHoldouts)
        {
            var former = expected.Where(e => int.Parse(e.File.AsSpan(0, 3), CultureInfo.InvariantCulture) >= first && int.Parse(e.File.AsSpan(0, 3), CultureInfo.InvariantCulture) <= last).ToList();
            Report(Score(engine, former, Path.Combine(CorpusRoot, "drafts")), string.Create(CultureInfo.InvariantCulture, $"guard corpus {first}-{last} ({name})"));
        }

        Assert.True(score.RiskyDrafts > 0 && score.RiskyDrafts < score.Drafts, "the corpus needs risky and clean drafts");

        // Issue 2's goal; the message names the misclassified files (never their text).
        Assert.True(
            score.Precision >= Required && score.Recall >= Required,
            string.Create(CultureInfo.InvariantCulture,
                $"goal precision and recall >= {Required} not reached: precision {score.Precision:F3}, recall {score.Recall:F3}; false alarms: {List(score.FalseAlarms)}; missed: {List(score.Missed)}"));
    }

    [Fact]
    public void Holdout_has_a_label_for_every_draft()
    {
        SkipWithoutHoldout();
        var expected = ExpectedDraft.Load(Path.Combine(HoldoutRoot, "expected.tsv"));
        var files = Directory.GetFiles(HoldoutRoot, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, expected.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.Contains(expected, e => e.Risky);
        Assert.Contains(expected, e => !e.Risky);
    }

    // The held-out set only measures: its drafts were written without looking at the detectors, and a goal
    // asserted here would invite tuning against it, which would make it as uninformative as the main corpus.
    [Fact]
    public void Holdout_drafts_are_measured_separately()
    {
        SkipWithoutHoldout();
        var policy = PolicyLoader.LoadFile(Path.Combine(CorpusRoot, "policy.yaml"));
        Assert.True(policy.Succeeded, string.Join(Environment.NewLine, policy.Errors));
        var engine = GuardEngine.Create(new GuardSetup { Policy = policy.Value! });
        var expected = ExpectedDraft.Load(Path.Combine(HoldoutRoot, "expected.tsv"));

        var score = Score(engine, expected, HoldoutRoot);

        Report(score, "guard holdout");
        Assert.Equal(expected.Count, score.Drafts);
    }

    // The held-out set is replaced from time to time (tests/corpus/README.md): between two sets the folder is missing or empty.
    private static void SkipWithoutHoldout()
    {
        if (!File.Exists(Path.Combine(HoldoutRoot, "expected.tsv")))
        {
            Assert.Skip("No held-out set yet: tests/corpus/holdout/expected.tsv is missing (the last set was moved into drafts/; a fresh one comes separately).");
        }
    }

    private static CorpusScore Score(GuardEngine engine, IReadOnlyList<ExpectedDraft> expected, string folder)
    {
        var score = new CorpusScore();
        foreach (var draft in expected)
        {
            var text = File.ReadAllText(Path.Combine(folder, draft.File));
            score.Add(draft, engine.Check(text, CheckDate, draft.File));
        }

        return score;
    }

    private void Report(CorpusScore score, string prefix)
    {
        var c = CultureInfo.InvariantCulture;
        Figures.Report(output, string.Create(c,
            $"{prefix}: {score.Drafts} drafts ({score.RiskyDrafts} risky, {score.Drafts - score.RiskyDrafts} clean), date {CheckDate:yyyy-MM-dd}: precision {score.Precision:F3}, recall {score.Recall:F3} (TP {score.TruePositives}, FP {score.FalseAlarms.Count}, FN {score.Missed.Count})"));
        foreach (var category in Enum.GetValues<FindingCategory>())
        {
            var (found, total) = score.CategoryRecall(category);
            if (total > 0)
            {
                Figures.Report(output, string.Create(c, $"{prefix}: recall {category.ToWireName()} {found}/{total} = {(double)found / total:F3}"));
            }
        }

        Figures.Report(output, prefix + ": false alarms (clean drafts flagged): " + List(score.FalseAlarms));
        Figures.Report(output, prefix + ": missed (risky drafts not flagged): " + List(score.Missed));
        Figures.Report(output, prefix + ": expected category not found: " + List(score.CategoriesMissed));
    }

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
