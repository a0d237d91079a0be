using System.Text;
using Herald.Guard.Policy;
using Herald.Testing;

namespace Herald.Guard.Tests.Confidential;

public sealed class LargePolicyTests(ITestOutputHelper output)
{
    private const int TermCount = 10_000;

    // Syllables that do not combine into common German or English words, so generated terms never
    // collide with the prose of the test post.
    private static readonly string[] Syllables = ["qua", "zix", "vor", "plu", "dex", "mur", "tav", "kel", "jun", "rox", "bel", "wyn", "fro", "gal", "nix", "sut"];

    [Fact]
    public void Policy_with_ten_thousand_terms_loads_builds_and_finds_every_term()
    {
        var terms = GenerateTerms(TermCount);
        var yaml = new StringBuilder("confidential_terms:\n");
        foreach (var term in terms)
        {
            yaml.Append("  - term: ").Append(term).Append("\n    note: Projekt ").Append(term.Length).Append('\n');
        }

        var loaded = PolicyLoader.Load(yaml.ToString(), "large.yaml");
        Assert.Empty(loaded.Errors);
        var engine = GuardEngine.Create(new GuardSetup { Policy = loaded.Value!, BuiltinSecretRules = false });

        var sample = terms.Where((_, i) => i % 200 == 0).ToList();
        var post = new StringBuilder();
        foreach (var term in sample)
        {
            post.Append("Heute berichten wir über ").Append(term).Append(" und was unser Team daraus gelernt hat. ");
        }

        var text = post.ToString();
        var found = engine.Find(text, "policy-confidential-term");

        Assert.Equal(sample, found.Select(f => f.Matched(text)));
        Assert.All(found, f => Assert.Contains($"Projekt {f.Length}", f.Message.En, StringComparison.Ordinal));
        Figures.Report(output, $"policy: {TermCount} terms loaded and compiled; {found.Count} of {sample.Count} embedded terms found in a {text.Length}-character post");
    }

    [Fact]
    public void Policy_with_ten_thousand_terms_leaves_ordinary_prose_alone()
    {
        var engine = GuardEngine.Create(new GuardSetup
        {
            Policy = new GuardPolicy { ConfidentialTerms = [.. GenerateTerms(TermCount).Select(t => new ConfidentialTerm(t))] },
            BuiltinSecretRules = false,
        });
        const string prose = "Heute möchte ich erzählen, wie unser Team in den letzten Wochen an der neuen Plattform gearbeitet hat. "
            + "We learned a lot about phishing, security awareness and how to talk about risks without scaring people. #CyberSecurity #Awareness ";

        Assert.True(engine.Check(string.Concat(Enumerable.Repeat(prose, 12))).IsGoodToGo);
    }

    private static List<string> GenerateTerms(int count)
    {
        var random = new Random(2026);
        var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (terms.Count < count)
        {
            var words = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
            {
                var word = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
                return char.ToUpperInvariant(word[0]) + word[1..];
            });
            terms.Add(string.Join(' ', words));
        }

        return [.. terms];
    }
}
