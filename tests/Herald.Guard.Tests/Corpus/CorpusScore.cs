namespace Herald.Guard.Tests.Corpus;

/// <summary>
/// Counts draft-level outcomes (a draft is flagged when its verdict is warn or block) and, per category,
/// whether each expected category was found by a warn or block finding. Records file names and rule ids
/// only, never a draft's text.
/// </summary>
internal sealed class CorpusScore
{
    private readonly List<string> _falseAlarms = [];
    private readonly List<string> _missed = [];
    private readonly List<string> _categoriesMissed = [];
    private readonly Dictionary<FindingCategory, (int Found, int Total)> _categories = [];

    public int Drafts { get; private set; }

    public int RiskyDrafts { get; private set; }

    public int TruePositives { get; private set; }

    public IReadOnlyList<string> FalseAlarms => _falseAlarms;

    public IReadOnlyList<string> Missed => _missed;

    public IReadOnlyList<string> CategoriesMissed => _categoriesMissed;

    // An empty class counts as perfect: nothing was wrongly flagged, nothing was missed.
    public double Precision => TruePositives + _falseAlarms.Count == 0 ? 1 : (double)TruePositives / (TruePositives + _falseAlarms.Count);

    public double Recall => RiskyDrafts == 0 ? 1 : (double)TruePositives / RiskyDrafts;

    public (int Found, int Total) CategoryRecall(FindingCategory category) =>
        _categories.GetValueOrDefault(category);

    public void Add(ExpectedDraft draft, CheckResult result)
    {
        Drafts++;
        var flagged = result.Verdict != Verdict.Ok;
        if (draft.Risky)
        {
            RiskyDrafts++;
            if (flagged)
            {
                TruePositives++;
            }
            else
            {
                _missed.Add(draft.File);
            }
        }
        else if (flagged)
        {
            var rules = result.Findings.Where(f => f.Severity != Severity.Hint)
                .Select(f => $"{f.Category.ToWireName()}:{f.RuleId}").Distinct(StringComparer.Ordinal);
            _falseAlarms.Add($"{draft.File} ({string.Join(" ", rules)})");
        }

        foreach (var category in draft.Categories)
        {
            var found = result.Findings.Any(f => f.Category == category && f.Severity != Severity.Hint);
            var (hits, total) = _categories.GetValueOrDefault(category);
            _categories[category] = (hits + (found ? 1 : 0), total + 1);
            if (!found)
            {
                _categoriesMissed.Add($"{draft.File} {category.ToWireName()}");
            }
        }
    }
}
