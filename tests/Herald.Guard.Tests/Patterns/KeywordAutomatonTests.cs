using Herald.Guard.Patterns;

namespace Herald.Guard.Tests.Patterns;

public sealed class KeywordAutomatonTests
{
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
}
