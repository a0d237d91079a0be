namespace Herald.Guard;

/// <summary>The outcome of checking one draft.</summary>
/// <param name="Verdict">The highest severity found (hints do not count), or <see cref="Verdict.Ok"/>.</param>
/// <param name="Findings">The findings in text order; never null.</param>
public sealed record CheckResult(Verdict Verdict, IReadOnlyList<Finding> Findings)
{
    /// <summary>A clean draft: good to go.</summary>
    public static CheckResult Clean { get; } = new(Verdict.Ok, []);

    /// <summary>Whether the draft is good to go (no warn or block finding).</summary>
    public bool IsGoodToGo => Verdict == Verdict.Ok;
}
