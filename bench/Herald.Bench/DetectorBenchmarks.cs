using BenchmarkDotNet.Attributes;
using Herald.Guard.Classification;
using Herald.Guard.Confidential;
using Herald.Guard.Detection;
using Herald.Guard.Insider;
using Herald.Guard.Patterns;
using Herald.Guard.PersonalData;
using Herald.Guard.Posture;
using Herald.Guard.Secrets;

namespace Herald.Bench;

/// <summary>
/// Where the throughput goes: each detector of the engine alone over the same megabyte of mixed drafts as
/// <see cref="ThroughputBenchmarks"/>, with the same large policy. The sum is less than a whole check, which also merges
/// findings, builds excerpts and runs every detector's tables through the same caches.
/// </summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private IDetector _detector = null!;
    private IReadOnlyList<string> _drafts = [];

    [Params("patterns", "terms", "networks", "personal-data", "classification", "insider", "posture")]
    public string Detector { get; set; } = "patterns";

    [GlobalSetup]
    public void Setup()
    {
        var policy = Workloads.LargePolicy(10_000);
        _detector = Detector switch
        {
            "patterns" => new PatternDetector([.. SecretPack.Rules, .. PolicyRules.Create(policy)]),
            "terms" => TermDetector.Create(policy)!,
            "networks" => new NetworkDetector(policy.Organization),
            "personal-data" => new PersonalDataDetector(),
            "classification" => new ClassificationDetector(Markings.All),
            "insider" => new InsiderDetector(policy),
            _ => new PostureDetector(),
        };
        _drafts = Workloads.Corpus(ThroughputBenchmarks.CorpusChars);
    }

    [Benchmark]
    public int DetectCorpus()
    {
        var findings = 0;
        foreach (var draft in _drafts)
        {
            var context = new ScanContext(draft, Workloads.CheckDate, null);
            _detector.Detect(context);
            findings += context.Findings.Count;
        }

        return findings;
    }
}
