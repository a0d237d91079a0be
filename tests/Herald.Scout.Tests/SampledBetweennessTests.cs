using Herald.Testing;

namespace Herald.Scout.Tests;

/// <summary>Pivot sampling on a real network: the stated Hoeffding bound must hold against the exact values.</summary>
public sealed class SampledBetweennessTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Sampled_betweenness_stays_within_the_stated_bound_of_the_exact_values()
    {
        var input = ScoutLoader.Load(RealData.EmailEuCore(_folder), TestContext.Current.CancellationToken).Input!;
        var exact = ScoutEngine.Run(input, new ScoutOptions(), cancellationToken: TestContext.Current.CancellationToken);
        var sampled = ScoutEngine.Run(
            input,
            new ScoutOptions { Sampling = new BetweennessSampling { ExactLimit = 0, Pivots = 200, Seed = 7 } },
            cancellationToken: TestContext.Current.CancellationToken);

        var worst = exact.People.Zip(sampled.People).Max(pair => Math.Abs(pair.First.Betweenness - pair.Second.Betweenness));
        var bound = sampled.Betweenness.ErrorBound!.Value;
        Figures.Report(output, $"Scout email-eu-core sampled betweenness (200 of 1005 pivots): max error {worst:0.00000}, stated bound {bound:0.0000} (δ = 0.05)");

        Assert.False(sampled.Betweenness.Exact);
        Assert.Equal(200, sampled.Betweenness.Sources);
        Assert.Equal(Math.Sqrt(Math.Log(2 * 1005 / 0.05) / (2 * 199)), bound, 12);
        Assert.True(worst <= bound, $"max error {worst} exceeds the bound {bound}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_sample_and_another_seed_another()
    {
        var input = ScoutLoader.Load(RealData.EmailEuCore(_folder), TestContext.Current.CancellationToken).Input!;
        double[] Run(int seed) => [.. ScoutEngine.Run(
            input,
            new ScoutOptions { Sampling = new BetweennessSampling { ExactLimit = 0, Pivots = 50, Seed = seed } },
            cancellationToken: TestContext.Current.CancellationToken).People.Select(p => p.Betweenness)];

        Assert.Equal(Run(3), Run(3));
        Assert.NotEqual(Run(3), Run(4));
    }

    [Fact]
    public void Sampling_every_person_is_exact()
    {
        var input = ScoutLoader.Load(RealData.EmailEuCore(_folder), TestContext.Current.CancellationToken).Input!;
        var result = ScoutEngine.Run(
            input,
            new ScoutOptions { Sampling = new BetweennessSampling { ExactLimit = 0, Pivots = 5000 } },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Betweenness.Exact);
        Assert.Null(result.Betweenness.ErrorBound);
    }

    public void Dispose() => _folder.Dispose();
}
