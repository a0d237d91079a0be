namespace Herald.Guard.Posture;

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
