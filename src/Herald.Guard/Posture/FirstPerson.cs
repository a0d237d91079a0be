using Herald.Guard.Text;

namespace Herald.Guard.Posture;

/// <summary>
/// Whether a sentence speaks for the author's organisation: "wir", "uns", "unser…", "we", "us", "our".
/// Every incident and defence rule needs that, so sentences without it are skipped before any pattern runs.
/// </summary>
internal static class FirstPerson
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words =
        new HashSet<string>(["wir", "uns", "we", "us", "our"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Appears(ReadOnlySpan<char> sentence)
    {
        foreach (var word in LetterWords.In(sentence))
        {
            if (Words.Contains(word) || (word.Length <= 7 && word.StartsWith("unser", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
