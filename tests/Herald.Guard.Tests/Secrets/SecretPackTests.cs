using Herald.Guard.Detection;
using Herald.Guard.Patterns;
using Herald.Guard.Secrets;
using Herald.Testing;

namespace Herald.Guard.Tests.Secrets;

public sealed class SecretPackTests(ITestOutputHelper output)
{
    private static readonly PatternDetector Pack = new(SecretPack.Rules);

    public static TheoryData<string> RuleIds() => [.. SecretPack.Definitions.Select(d => d.Rule.Info.Id)];

    private static List<RawFinding> Detect(string text)
    {
        var context = new ScanContext(text, new DateOnly(2026, 5, 4), null);
        Pack.Detect(context);
        return context.Findings;
    }

    [Fact]
    public void Pack_has_at_least_80_rules_each_with_keywords_and_samples()
    {
        var definitions = SecretPack.Definitions;
        Figures.Report(output, $"secret pack: {definitions.Count} built-in rules, {definitions.Sum(d => d.Positives.Count)} positive and {definitions.Sum(d => d.Negatives.Count)} negative samples");

        Assert.True(definitions.Count >= 80, $"only {definitions.Count} rules");
        Assert.All(definitions, d => Assert.NotEmpty(d.Rule.Keywords));
        Assert.All(definitions, d => Assert.True(d.Rule.Regex!.LinearEngine is not null, d.Rule.Info.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_finds_its_positive_samples_and_none_of_its_negative_ones(string id)
    {
        var definition = SecretPack.Definitions.Single(d => d.Rule.Info.Id == id);

        foreach (var positive in definition.Positives)
        {
            Assert.True(Detect(positive).Any(f => f.Rule.Id == id), $"{id} misses positive sample: {positive}");
        }

        foreach (var negative in definition.Negatives)
        {
            var found = Detect(negative);
            Assert.False(found.Any(f => f.Rule.Id == id), $"{id} flags negative sample: {negative}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Messages_exist_in_english_and_german(string id)
    {
        var message = SecretPack.Definitions.Single(d => d.Rule.Info.Id == id).Rule.Info.Message;

        Assert.False(string.IsNullOrWhiteSpace(message.En));
        Assert.False(string.IsNullOrWhiteSpace(message.De));
        Assert.DoesNotContain("{service}", message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("{service}", message.De, StringComparison.Ordinal);
    }
}
