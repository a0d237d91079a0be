using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Herald.Guard;

namespace Herald.Bench;

/// <summary>
/// Throughput on one core over the mixed German/English corpus (about 1 MB of drafts per operation), with the full
/// built-in pack and either the 10,000-term policy of the single-post benchmark or the corpus's own policy (the invented
/// company the drafts were written for: 24 code names, its customers, domains, networks, quiet period and rules).
/// The target: ≥ 100 MB/s.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ThroughputBenchmarks
{
    // About a megabyte: long enough that per-call overhead cannot hide, short enough for many iterations.
    public const int CorpusChars = 1_000_000;

    private GuardEngine _engine = null!;
    private IReadOnlyList<string> _drafts = [];

    [Params("10,000 terms", "corpus policy")]
    public string Policy { get; set; } = "10,000 terms";

    [GlobalSetup]
    public void Setup()
    {
        _engine = GuardEngine.Create(new GuardSetup { Policy = Policy == "corpus policy" ? Workloads.CorpusPolicy() : Workloads.LargePolicy(10_000) });
        _drafts = Workloads.Corpus(CorpusChars);
    }

    [Benchmark]
    public int CheckCorpus()
    {
        var findings = 0;
        foreach (var draft in _drafts)
        {
            findings += _engine.Check(draft, Workloads.CheckDate).Findings.Count;
        }

        return findings;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>UTF-8 megabytes of draft text checked per second, from the mean time of one operation.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        private static readonly Lazy<long> CorpusBytes = new(() =>
            Workloads.Corpus(CorpusChars).Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d)));

        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6 bytes of UTF-8) of drafts checked per second on one core";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats)
            {
                return "-";
            }

            var seconds = stats.Mean / 1e9;
            return (CorpusBytes.Value / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
