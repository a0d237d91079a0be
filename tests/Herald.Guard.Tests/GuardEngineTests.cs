using Herald.Guard.Policy;
using Herald.Testing;

namespace Herald.Guard.Tests;

public sealed class GuardEngineTests(ITestOutputHelper output)
{
    [Fact]
    public void Figures_reach_the_test_log()
    {
        Figures.Report(output, $"guard: engine with the built-in pack runs {GuardEngine.Create(new GuardSetup()).PatternRuleCount} pattern rules");
        Assert.NotNull(GuardEngine.Create(new GuardSetup()));
    }

    [Fact]
    public void Empty_draft_is_good_to_go()
    {
        var engine = GuardEngine.Create(new GuardSetup());

        var result = engine.Check(string.Empty);

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Engine_builds_with_an_empty_policy()
    {
        var engine = GuardEngine.Create(new GuardSetup { Policy = GuardPolicy.Empty, BuiltinSecretRules = false });

        Assert.True(engine.Check("Heute erkläre ich, warum Phishing-Mails so gut funktionieren.").IsGoodToGo);
    }
}
