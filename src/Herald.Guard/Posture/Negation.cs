namespace Herald.Guard.Posture;

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
