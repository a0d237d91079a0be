using Herald.Guard.Patterns;

namespace Herald.Guard.Tests.Patterns;

/// <summary>
/// The keyword automaton decides which rules run at all: a keyword it misses is a finding lost. Long drafts are scanned in
/// two interleaved halves, so keywords are also planted on both sides of the middle and across it.
/// </summary>
public sealed class KeywordAutomatonTests
{
    private static readonly string[] Keywords = ["ghp_", "xoxb-", "sk", "passw", "aws", "kennwort", "schlüssel", "-----begin"];

    private static bool[] Mark(string text, params string[] keywords)
    {
        var automaton = new KeywordAutomaton([.. keywords.Select((k, i) => (k, i))]);
        var active = new bool[keywords.Length];
        automaton.Mark(text, active);
        return active;
    }

    [Fact]
    public void Keywords_are_found_case_insensitively_and_inside_each_other()
    {
        Assert.Equal([true, true, true, false], Mark("USHERS and GHP_tokens", "she", "he", "ghp_", "hers!"));
    }

    [Fact]
    public void Overlapping_keywords_are_all_found()
    {
        Assert.Equal([true, true, true], Mark("xxpasswordxx", "password", "passw", "word"));
    }

    [Fact]
    public void Non_ascii_keywords_and_text_work()
    {
        Assert.Equal([true, false], Mark("Das Kennwort heißt so", "heißt", "straße"));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(1_001)]
    [InlineData(4_096)]
    public void Marks_every_rule_whose_keyword_occurs_anywhere_in_a_draft(int length)
    {
        var automaton = new KeywordAutomaton([.. Keywords.Select((k, i) => (k, i))]);
        var random = new Random(length);
        for (var round = 0; round < 300; round++)
        {
            var text = RandomText(random, length);
            var active = new bool[Keywords.Length];
            automaton.Mark(text, active);

            for (var i = 0; i < Keywords.Length; i++)
            {
                Assert.True(
                    active[i] == text.Contains(Keywords[i], StringComparison.OrdinalIgnoreCase),
                    $"'{Keywords[i]}' in a text of {length} characters, round {round}");
            }

            Assert.Equal(active.Any(a => a), automaton.FoundIn(text));
        }
    }

    [Fact]
    public void Finds_a_keyword_that_spans_the_middle_of_a_long_draft()
    {
        var automaton = new KeywordAutomaton([("kennwort", 0)]);
        for (var split = 1; split < "kennwort".Length; split++)
        {
            // The keyword starts `split` characters before the middle.
            var text = new string('.', 500 - split) + "KENNWORT" + new string('.', 500 + split - 8);
            var active = new bool[1];
            automaton.Mark(text, active);

            Assert.True(active[0], $"keyword {split} characters before the middle");
            Assert.True(automaton.FoundIn(text));
        }
    }

    [Fact]
    public void Every_occurrence_is_listed_with_where_it_ends()
    {
        string[] cues = ["plan", "vorjahr", "last year", "ausschüttung", "jahr"];
        var automaton = new KeywordAutomaton([.. cues.Select((k, i) => (k, i))]);
        var random = new Random(52741);
        string[] pieces = ["plan", "planung", "vorjahr", "jahr", "last year", "last", "year", "ausschüttung", "ausschütt", " ", ", ", "x"];
        for (var round = 0; round < 200; round++)
        {
            // From well below the length where the draft is split into two interleaved passes to well above it.
            var text = string.Concat(Enumerable.Range(0, random.Next(10, 400)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = new List<(int, int)>();
            for (var end = 1; end <= text.Length; end++)
            {
                for (var i = 0; i < cues.Length; i++)
                {
                    if (end >= cues[i].Length && text.AsSpan(end - cues[i].Length, cues[i].Length).SequenceEqual(cues[i]))
                    {
                        expected.Add((end, i));
                    }
                }
            }

            var found = new List<(int End, int Rule)>();
            automaton.FindAll(text, found);

            // Each occurrence once — also one that lies where the two passes over a long draft overlap — in the order they end.
            Assert.Equal(expected.Order(), found.Select(f => (f.End, f.Rule)).Order());
            Assert.True(found.Zip(found.Skip(1)).All(p => p.First.End <= p.Second.End), $"occurrences out of order in a text of {text.Length} characters");

            var marked = new List<(int End, int Rule)> { (-1, -1) };
            var active = new bool[cues.Length];
            automaton.Mark(text, active, marked);
            Assert.Equal([(-1, -1), .. found], marked);
            Assert.Equal(Enumerable.Range(0, cues.Length).Select(i => expected.Exists(e => e.Item2 == i)), active);
        }
    }

    [Fact]
    public void A_draft_without_keywords_marks_nothing()
    {
        var automaton = new KeywordAutomaton([.. Keywords.Select((k, i) => (k, i))]);
        var text = string.Concat(Enumerable.Repeat("Sicherheit ist Teamarbeit, und Aufmerksamkeit hilft. ", 40));
        var active = new bool[Keywords.Length];

        automaton.Mark(text, active);

        Assert.DoesNotContain(true, active);
        Assert.False(automaton.FoundIn(text));
    }

    // Text made of keyword pieces, keywords in mixed case, letters and separators, so that partial keywords are common.
    private static string RandomText(Random random, int length)
    {
        var builder = new System.Text.StringBuilder(length + 16);
        while (builder.Length < length)
        {
            switch (random.Next(6))
            {
                case 0 when random.Next(4) == 0:
                    var keyword = Keywords[random.Next(Keywords.Length)];
                    builder.Append(random.Next(2) == 0 ? keyword : keyword.ToUpperInvariant());
                    break;
                case 1:
                    var piece = Keywords[random.Next(Keywords.Length)];
                    builder.Append(piece.AsSpan(0, random.Next(1, piece.Length)));
                    break;
                case 2:
                    builder.Append(' ');
                    break;
                default:
                    builder.Append((char)('a' + random.Next(26)));
                    break;
            }
        }

        return builder.ToString(0, length);
    }
}
