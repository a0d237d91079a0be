using System.Text.RegularExpressions;
using Herald.Guard.Text;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Whether a phone number is the author's own, given right after a possessive that says so: „meine Handynummer ist 0171 …“, "my mobile
/// is …". Sharing one's own number is the author's choice; a colleague's („seine Nummer“, "Tom's mobile", „Nummer meiner Kollegin“) is not,
/// and "call me: …" alone does not say whose phone it is. Runs only on numbers that are already valid personal phone numbers, so it costs nothing elsewhere.
/// </summary>
internal static class AuthorsOwnNumber
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // How far before the number, on its line, the words are looked for.
    private const int Reach = 50;

    // The words right before the number, with only "ist", "is", a colon or spaces between.
    private static readonly BoundedRegex OwnNumber = new(
        @"(?:^|[^\w])(?:meine[\p{Zs}\t]+(?:private[\p{Zs}\t]+|eigene[\p{Zs}\t]+)?(?:\w*nummer|handy\w*|mobil\w*)|mein[\p{Zs}\t]+(?:handy|telefon|diensthandy)"
        + @"|my[\p{Zs}\t]+(?:own[\p{Zs}\t]+|private[\p{Zs}\t]+|personal[\p{Zs}\t]+)?(?:mobile|cell|phone|number)(?:[\p{Zs}\t]+(?:number|no\.?))?)"
        + @"(?:[\p{Zs}\t]+(?:ist|lautet|is))?[\p{Zs}\t]*:?[\p{Zs}\t]*$",
        Options);

    /// <summary>Whether the number starting at <paramref name="start"/> follows words that give it as the author's own, on its line.</summary>
    public static bool Precedes(ReadOnlySpan<char> text, int start)
    {
        return OwnNumber.IsMatch(TextLines.BeforeOnLine(text, start, Reach));
    }
}
