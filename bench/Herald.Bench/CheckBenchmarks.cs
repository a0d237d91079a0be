using BenchmarkDotNet.Attributes;
using Herald.Guard;

namespace Herald.Bench;

/// <summary>
/// One post of about 3,000 characters (LinkedIn's limit) checked by an engine with the full built-in
/// pack and a policy of 10,000 terms. The target: median ≤ 50 µs.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private GuardEngine _engine = null!;
    private string _post = null!;

    [Params("post-3000-de.txt", "post-3000-en.txt", "post-3000-risky.txt")]
    public string Post { get; set; } = "post-3000-de.txt";

    [GlobalSetup]
    public void Setup()
    {
        _engine = GuardEngine.Create(new GuardSetup { Policy = Workloads.LargePolicy(10_000) });
        _post = Workloads.Post(Post);
    }

    [Benchmark]
    public CheckResult Check() => _engine.Check(_post, Workloads.CheckDate);
}
