using System.Buffers;
using System.Text.RegularExpressions;
using System.Text;
using Herald.Guard.Text;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Whether an e-mail address is the author's own: its local part is the name the author gives for themselves in the draft
/// („Ich bin Nils Hartmann …“, "I'm Nils Hartmann", "My name is …") — "nils.hartmann", "nils_hartmann", "n.hartmann",
/// "nilshartmann", "nils", with umlauts as ae, oe, ue. Sharing one's own contact is the author's choice; another person's is not.
/// The names are read once per draft, and only for drafts with a personal address and a self-introduction's words.
/// </summary>
internal static class AuthorsOwnAddress
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // An introduction and a name fit in this many characters ("My name is " and two long names).
    private const int Window = 80;

    // Words that every self-introduction holds (ASCII, so the search stays vectorised; "I’m" with a typographic apostrophe is looked for apart).
    private static readonly SearchValues<string> IntroductionWords = SearchValues.Create(
        ["ich bin", "ich hei", "mein name", "i'm", "i am", "my name"], StringComparison.OrdinalIgnoreCase);

    // A self-introduction followed by a first and a last name, both capitalised.
    private static readonly BoundedRegex SelfIntroduction = new(
        @"\b(?:[Ii]ch[\p{Zs}\t]+(?:bin|heiße|heisse)|[Mm]ein[\p{Zs}\t]+[Nn]ame[\p{Zs}\t]+ist|I(?:'m|’m|[\p{Zs}\t]+am)|[Mm]y[\p{Zs}\t]+name[\p{Zs}\t]+is)"
        + @"[\p{Zs}\t]+(\p{Lu}\p{Ll}+)[\p{Zs}\t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b",
        Options);

    /// <summary>The names (folded first and last name) the author of <paramref name="text"/> introduces as their own; usually none.</summary>
    public static (string First, string Last)[] Names(string text)
    {
        List<(string, string)>? names = null;
        var span = text.AsSpan();

        // Each search moves forward only, so a draft full of introductions stays linear.
        var plain = span.IndexOfAny(IntroductionWords);
        var typographic = span.IndexOf("I’m", StringComparison.Ordinal);
        while (plain >= 0 || typographic >= 0)
        {
            var at = plain < 0 || (typographic >= 0 && typographic < plain) ? typographic : plain;

            // The pattern runs only on the few words after each introduction, never on the whole draft.
            if (SelfIntroduction.Matches(text, at, Math.Min(Window, text.Length - at)).FirstOrDefault() is { } match)
            {
                (names ??= []).Add((Fold(match.Groups[1].Value), Fold(match.Groups[2].Value)));
            }

            var rest = span[(at + 1)..];
            if (at == plain)
            {
                var next = rest.IndexOfAny(IntroductionWords);
                plain = next < 0 ? -1 : at + 1 + next;
            }
            else
            {
                var next = rest.IndexOf("I’m", StringComparison.Ordinal);
                typographic = next < 0 ? -1 : at + 1 + next;
            }
        }

        return names is null ? [] : [.. names];
    }

    /// <summary>Whether <paramref name="local"/> (the part before the '@') spells one of the author's <paramref name="names"/>.</summary>
    public static bool Is((string First, string Last)[] names, ReadOnlySpan<char> local)
    {
        foreach (var (first, last) in names)
        {
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
