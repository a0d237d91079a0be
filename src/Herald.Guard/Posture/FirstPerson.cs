namespace Herald.Guard.Posture;

/// <summary>
/// Whether a sentence speaks for the author's organisation: "wir", "uns", "unser…", "we", "us", "our".
/// Every incident and defence rule needs that, so sentences without it are skipped before any pattern runs.
/// </summary>
internal static class FirstPerson
{
    public static bool Appears(ReadOnlySpan<char> sentence) => LetterWords.Any(sentence, IsFirstPerson);

    private static bool IsFirstPerson(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 7
        && (word.Equals("wir", StringComparison.OrdinalIgnoreCase)
            || word.Equals("uns", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("unser", StringComparison.OrdinalIgnoreCase)
            || word.Equals("we", StringComparison.OrdinalIgnoreCase)
            || word.Equals("us", StringComparison.OrdinalIgnoreCase)
            || word.Equals("our", StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Whether a sentence holds one of the words that say a defence is missing: „kein“, „keine“, „keinen“, „ohne“, „nicht“, "no",
/// "without", "not", and "don't" or "doesn't". Every match of the missing-defence rules holds one as a word of its own, so a
/// sentence without any is left before those patterns run: they start at almost every word and cost a sentence the most.
/// </summary>
internal static class Negation
{
    public static bool Appears(ReadOnlySpan<char> sentence) => LetterWords.Any(sentence, IsNegation);

    private static bool IsNegation(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 7
        && (word.Equals("kein", StringComparison.OrdinalIgnoreCase)
            || word.Equals("keine", StringComparison.OrdinalIgnoreCase)
            || word.Equals("keinen", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ohne", StringComparison.OrdinalIgnoreCase)
            || word.Equals("nicht", StringComparison.OrdinalIgnoreCase)
            || word.Equals("no", StringComparison.OrdinalIgnoreCase)
            || word.Equals("without", StringComparison.OrdinalIgnoreCase)
            || word.Equals("not", StringComparison.OrdinalIgnoreCase)
            || word.Equals("don", StringComparison.OrdinalIgnoreCase)
            || word.Equals("doesn", StringComparison.OrdinalIgnoreCase));
}

/// <summary>Decides about one word of a sentence.</summary>
internal delegate bool WordTest(ReadOnlySpan<char> word);

/// <summary>The words of a sentence as runs of letters: "don't" is "don" and "t", „Zwei-Faktor“ is „Zwei“ and „Faktor“.</summary>
internal static class LetterWords
{
    /// <summary>Whether <paramref name="test"/> holds for any word of <paramref name="sentence"/>.</summary>
    public static bool Any(ReadOnlySpan<char> sentence, WordTest test)
    {
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetter(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && char.IsLetter(sentence[i]))
            {
                i++;
            }

            if (test(sentence[start..i]))
            {
                return true;
            }
        }

        return false;
    }
}
