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
