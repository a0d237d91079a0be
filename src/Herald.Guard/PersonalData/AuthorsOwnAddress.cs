using System.Text;
using System.Text.RegularExpressions;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Whether an e-mail address is the author's own: its local part is the name the author gives for themselves in the draft
/// („Ich bin Nils Hartmann …“, "I'm Nils Hartmann", "My name is …") — "nils.hartmann", "nils_hartmann", "n.hartmann",
/// "nilshartmann", "nils", with umlauts as ae, oe, ue. Sharing one's own contact is the author's choice; another person's is not.
/// Runs only on addresses already found to be personal, so it costs nothing on other drafts.
/// </summary>
internal static class AuthorsOwnAddress
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // A self-introduction followed by a first and a last name, both capitalised.
    private static readonly Lazy<Regex> SelfIntroduction = new(() => new Regex(
        @"\b(?:[Ii]ch[\p{Zs}\t]+(?:bin|heiße|heisse)|[Mm]ein[\p{Zs}\t]+[Nn]ame[\p{Zs}\t]+ist|I(?:'m|’m|[\p{Zs}\t]+am)|[Mm]y[\p{Zs}\t]+name[\p{Zs}\t]+is)"
        + @"[\p{Zs}\t]+(\p{Lu}\p{Ll}+)[\p{Zs}\t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b",
        Options));

    /// <summary>Whether <paramref name="local"/> (the part before the '@') spells a name the author of <paramref name="text"/> introduces as their own.</summary>
    public static bool Is(string text, ReadOnlySpan<char> local)
    {
        foreach (Match match in SelfIntroduction.Value.Matches(text))
        {
            var first = Fold(match.Groups[1].Value);
            var last = Fold(match.Groups[2].Value);
            foreach (var form in (ReadOnlySpan<string>)[$"{first}.{last}", $"{first}_{last}", $"{first}-{last}", $"{first}{last}", $"{first[0]}.{last}", $"{first[0]}{last}", first])
            {
                if (local.Equals(form, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Lower case, with umlauts and ß written as they are in addresses.
    private static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length + 2);
        foreach (var c in name.ToLowerInvariant())
        {
            folded.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => c.ToString(),
            });
        }

        return folded.ToString();
    }
}
