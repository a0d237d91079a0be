using BenchmarkDotNet.Attributes;
using Herald.Guard;
using Herald.Guard.Policy;

namespace Herald.Bench;

/// <summary>
/// What building an engine costs: paid once per policy change in the web app and once per run of
/// <c>herald check</c>, never per draft.
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private GuardPolicy _largePolicy = null!;

    [GlobalSetup]
    public void Setup() => _largePolicy = Workloads.LargePolicy(10_000);

    [Benchmark(Baseline = true)]
    public GuardEngine BuiltinPackOnly() => GuardEngine.Create(new GuardSetup());

    [Benchmark]
    public GuardEngine BuiltinPackWith10000Terms() => GuardEngine.Create(new GuardSetup { Policy = _largePolicy });
}
