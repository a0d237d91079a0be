using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Herald.Bench.CheckBenchmarks).Assembly).Run(args);
