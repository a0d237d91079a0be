using Herald.Guard.Text;

namespace Herald.Guard.Posture;

/// <summary>
/// Whether a sentence holds one of the words that say a defence is missing: „kein“, „keine“, „keinen“, „ohne“, „nicht“, "no",
/// "without", "not", and "don't" or "doesn't". Every match of the missing-defence rules holds one as a word of its own, so a
/// sentence without any is left before those patterns run: they start at almost every word and cost a sentence the most.
/// </summary>
internal static class Negation
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words =
        new HashSet<string>(["kein", "keine", "keinen", "ohne", "nicht", "no", "without", "not", "don", "doesn"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Appears(ReadOnlySpan<char> sentence)
    {
        foreach (var word in LetterWords.In(sentence))
        {
            if (Words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
