using System.Text.RegularExpressions;
using Herald.Guard.Patterns;
using Herald.Guard.Secrets;

namespace Herald.Guard.Tests.Patterns;

public sealed class PatternShapeTests
{
    [Theory]
    [InlineData(@"\b(ghp_[A-Za-z0-9]{36})\b", true)]
    [InlineData(@"(?i)\b(key-[a-f0-9]{32})\b", true)]
    [InlineData(@"^(AKIA[0-9A-Z]{16})$", true)]
    [InlineData(@"(x(?:a|b)[)(]y)", true)]
    [InlineData(@"\b(eyJ[A-Za-z0-9_-]{8,})\.x", false)]
    [InlineData(@"(a)(b)", false)]
    [InlineData(@"(a)|(b)", false)]
    [InlineData(@"(a)b", false)]
    [InlineData(@"a(b)", false)]
    [InlineData(@"(?:a)", false)]
    [InlineData(@"(a)\$", false)]
    [InlineData(@"(a\))", true)]
    public void A_group_is_the_whole_match_only_when_nothing_but_anchors_surrounds_it(string pattern, bool whole)
    {
        var groups = new Regex(pattern).GetGroupNumbers().Length;

        Assert.Equal(whole, PatternShape.GroupIsWholeMatch(pattern, groups));
    }

    [Fact]
    public void Built_in_rules_whose_group_is_the_whole_match_find_the_same_secrets_without_captures()
    {
        foreach (var definition in SecretPack.Definitions.Where(d => d.Rule.GroupIsWholeMatch))
        {
            foreach (var sample in definition.Positives.Concat(definition.Negatives))
            {
                var withCaptures = definition.Rule.Regex!.Matches(sample, 0, sample.Length).Select(m => (m.Groups[1].Index, m.Groups[1].Length)).ToList();
                var withoutCaptures = new List<(int, int)>();
                foreach (var match in definition.Rule.Regex.EnumerateMatches(sample))
                {
                    withoutCaptures.Add((match.Index, match.Length));
                }

                Assert.Equal(withCaptures, withoutCaptures);
            }
        }
    }
}
