using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Building the benchmarks' boilerplate project compiles the Guard with its source-generated patterns, which takes longer than
// BenchmarkDotNet's default two minutes on a small machine.
BenchmarkSwitcher.FromAssembly(typeof(Herald.Bench.CheckBenchmarks).Assembly)
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
