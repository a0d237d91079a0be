using Herald.Guard.Classification;
using Herald.Guard.Confidential;
using Herald.Guard.Detection;
using Herald.Guard.Insider;
using Herald.Guard.Patterns;
using Herald.Guard.PersonalData;
using Herald.Guard.Posture;
using Herald.Guard.Secrets;
using Herald.Guard.Text;

namespace Herald.Guard;

/// <summary>
/// The pre-publication check. Build one with <see cref="Create"/> (this compiles every rule and the
/// policy once, which is the expensive part) and call <see cref="Check"/> for each draft.
/// An engine is immutable; <see cref="Check"/> is thread-safe and may be called concurrently.
/// </summary>
public sealed class GuardEngine
{
    private readonly IDetector[] _detectors;
    private readonly string[] _allow;

    private GuardEngine(IDetector[] detectors, string[] allow, int patternRuleCount)
    {
        _detectors = detectors;
        _allow = allow;
        PatternRuleCount = patternRuleCount;
    }

    /// <summary>How many regular-expression rules (built-in, imported and the policy's own) the engine runs.</summary>
    public int PatternRuleCount { get; }

    /// <summary>Compiles <paramref name="setup"/> into an engine. Invalid input is rejected by the loaders before this point.</summary>
    public static GuardEngine Create(GuardSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var patternRules = new List<PatternRule>();
        if (setup.BuiltinSecretRules)
        {
            patternRules.AddRange(SecretPack.Rules);
        }

        foreach (var config in setup.GitleaksConfigs)
        {
            patternRules.AddRange(config.Rules);
        }

        patternRules.AddRange(PolicyRules.Create(setup.Policy));
        var detectors = new List<IDetector> { new PatternDetector(patternRules) };
        detectors.AddRange(ConfidentialDetectors.Create(setup.Policy));
        detectors.Add(new PersonalDataDetector());
        detectors.Add(new ClassificationDetector(Markings.All));
        detectors.Add(new InsiderDetector(setup.Policy));
        detectors.Add(new PostureDetector());
        var allow = setup.Policy.Allow.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return new GuardEngine([.. detectors], allow, patternRules.Count);
    }

    /// <summary>
    /// Checks one draft. <paramref name="date"/> is the day it would be posted (default: today, local time);
    /// <paramref name="path"/> is the file it came from, if any. Allocates only for what it finds.
    /// </summary>
    public CheckResult Check(string text, DateOnly? date = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return CheckResult.Clean;
        }

        var context = new ScanContext(text, date ?? DateOnly.FromDateTime(DateTime.Now), path);
        foreach (var detector in _detectors)
        {
            detector.Detect(context);
        }

        if (context.Findings.Count == 0)
        {
            return CheckResult.Clean;
        }

        var raw = RemoveOverlaps(RemoveAllowed(text, context.Findings));
        return raw.Count == 0 ? CheckResult.Clean : Finish(text, raw);
    }

    private List<RawFinding> RemoveAllowed(string text, List<RawFinding> findings)
    {
        if (_allow.Length == 0)
        {
            return findings;
        }

        var allowed = new List<(int Start, int End)>();
        foreach (var entry in _allow)
        {
            for (var at = text.IndexOf(entry, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(entry, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                allowed.Add((at, at + entry.Length));
            }
        }

        return allowed.Count == 0
            ? findings
            : findings.FindAll(f => !allowed.Exists(a => f.Start >= a.Start && f.End <= a.End));
    }

    // Two rules of one category on the same text (a built-in and an imported rule for the same token,
    // say) are one problem for the author: keep the most severe, then the longest.
    private static List<RawFinding> RemoveOverlaps(List<RawFinding> findings)
    {
        findings.Sort(static (a, b) =>
        {
            var byCategory = a.Rule.Category.CompareTo(b.Rule.Category);
            return byCategory != 0 ? byCategory : a.Start.CompareTo(b.Start);
        });

        var kept = new List<RawFinding>(findings.Count);
        foreach (var finding in findings)
        {
            if (kept.Count > 0)
            {
                var last = kept[^1];
                if (last.Rule.Category == finding.Rule.Category && finding.Start < last.End)
                {
                    if (IsBetter(finding, last))
                    {
                        kept[^1] = finding;
                    }

                    continue;
                }
            }

            kept.Add(finding);
        }

        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Rule.Severity.CompareTo(a.Rule.Severity));
        return kept;
    }

    private static bool IsBetter(RawFinding candidate, RawFinding current) =>
        candidate.Rule.Severity != current.Rule.Severity
            ? candidate.Rule.Severity > current.Rule.Severity
            : candidate.Length > current.Length;

    private static CheckResult Finish(string text, List<RawFinding> raw)
    {
        var lines = new LineIndex(text);
        var excerpts = new Excerpts(text, lines, raw);
        var findings = new Finding[raw.Count];
        var verdict = Verdict.Ok;
        for (var i = 0; i < raw.Count; i++)
        {
            var f = raw[i];
            var (line, column) = lines.Locate(f.Start);
            var (excerpt, excerptStart, excerptLength) = excerpts.Build(f);
            findings[i] = new Finding
            {
                RuleId = f.Rule.Id,
                Category = f.Rule.Category,
                Severity = f.Rule.Severity,
                Line = line,
                Column = column,
                Offset = f.Start,
                Length = f.Length,
                Excerpt = excerpt,
                ExcerptStart = excerptStart,
                ExcerptLength = excerptLength,
                Message = f.Message ?? f.Rule.Message,
                Replacement = f.Rule.Replacement,
            };

            if (f.Rule.Severity == Severity.Block)
            {
                verdict = Verdict.Block;
            }
            else if (f.Rule.Severity == Severity.Warn && verdict == Verdict.Ok)
            {
                verdict = Verdict.Warn;
            }
        }

        return new CheckResult(verdict, findings);
    }
}
