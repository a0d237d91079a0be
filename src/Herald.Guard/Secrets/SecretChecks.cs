using System.Buffers;

namespace Herald.Guard.Secrets;

/// <summary>What a built-in rule checks about the value its pattern captured, beyond the shared placeholder filter.</summary>
internal enum SecretCheck
{
    /// <summary>A token with a fixed shape (prefix, length): not a placeholder is enough.</summary>
    Token,
    /// <summary>A value after a generic name (<c>token=</c>, <c>Authorization:</c>): it must look machine-generated.</summary>
    Random,
    /// <summary>A password written in prose: it must look like a password, not like the next word of the sentence.</summary>
    Password,
    /// <summary>A password in a structure that already says it is one (URL user info, <c>-u user:pass</c>, <c>Password=</c>).</summary>
    Credential,
    /// <summary>A base64 value (Kubernetes secret data): it must be well-formed base64.</summary>
    Base64,
    /// <summary>Nothing beyond the pattern (private key blocks).</summary>
    None,
}

/// <summary>The value checks behind <see cref="SecretCheck"/>. Stateless and thread-safe.</summary>
internal static class SecretChecks
{
    // Longest lower-case abbreviation in a compound ("xkcd-Methode"); generated syllables are longer ("gtzpwf").
    private const int MaxAbbreviationLength = 4;

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouyäöüáàâéèêíìîóòôúùûAEIOUYÄÖÜÁÀÂÉÈÊÍÌÎÓÒÔÚÙÛ");

    public static Func<string, bool>? For(SecretCheck check) => check switch
    {
        SecretCheck.Token => static v => !Placeholders.IsPlaceholder(v),
        SecretCheck.Random => static v => !Placeholders.IsPlaceholder(v) && LooksRandom(v),
        SecretCheck.Password => static v => !Placeholders.IsPlaceholder(v) && LooksLikePassword(v),
        SecretCheck.Credential => static v => !Placeholders.IsPlaceholder(v) && v.Length >= 4,
        SecretCheck.Base64 => static v => !Placeholders.IsPlaceholder(v) && IsBase64(v),
        _ => null,
    };

    /// <summary>
    /// Machine-generated values mix letters and digits inside one long run (hex, base64, UUIDs), or switch case often;
    /// names, versions and sentences ("SalesResults-1.2", "jjwt-jackson-0.11.2", "required") do not.
    /// </summary>
    public static bool LooksRandom(ReadOnlySpan<char> value)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (!char.IsAsciiLetterOrDigit(value[i]))
            {
                i++;
                continue;
            }

            var start = i;
            bool letter = false, digit = false, upper = false, lower = false;
            var switches = 0;
            while (i < value.Length && char.IsAsciiLetterOrDigit(value[i]))
            {
                var c = value[i];
                digit |= char.IsAsciiDigit(c);
                letter |= char.IsAsciiLetter(c);
                upper |= char.IsAsciiLetterUpper(c);
                lower |= char.IsAsciiLetterLower(c);
                if (i > start && char.IsAsciiLetter(c) && char.IsAsciiLetter(value[i - 1]) && char.IsAsciiLetterUpper(c) != char.IsAsciiLetterUpper(value[i - 1]))
                {
                    switches++;
                }

                i++;
            }

            var length = i - start;
            // 8 characters: shorter mixed runs are ordinary ("v8", "x64", "utf8mb4"); 4 case switches in 12 letters
            // separates "yqDVtkqPECriaLRi" from CamelCase names such as "SalesResults".
            if ((length >= 8 && letter && digit) || (length >= 12 && upper && lower && switches >= 4))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A password as people write them in prose: at least six characters, with a digit or a symbol, and not a word of the
    /// sentence ("das schwächste Glied", "12-stellig", "WLAN-Zugang"). Sentence punctuation at the end does not count.
    /// </summary>
    public static bool LooksLikePassword(ReadOnlySpan<char> value)
    {
        var core = value.TrimEnd(".,;:!?)»“”\"'");
        if (core.Length < 6 || core.Length > 64 || core.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        if (IsHyphenatedWord(core))
        {
            return false;
        }

        bool digit = false, symbol = false, letter = false;
        foreach (var c in core)
        {
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (char.IsLetter(c))
            {
                letter = true;
            }
            else
            {
                symbol = true;
            }
        }

        // All digits is a number (a year, a count) unless it is long enough to be a PIN-like secret on its own.
        return letter ? digit || symbol : digit && symbol;
    }

    /// <summary>
    /// German and English compounds are words joined by hyphens: "12-stellig", "2FA-protected", "E-Mail", "WLAN-Zugang".
    /// Every part must read as a word, not only the last: "gtzpwf-falbp" joins two runs of letters that are no words,
    /// the way password generators and people building passphrases do.
    /// </summary>
    private static bool IsHyphenatedWord(ReadOnlySpan<char> value)
    {
        var dash = value.LastIndexOf('-');
        if (dash <= 0 || dash == value.Length - 1)
        {
            return false;
        }

        var last = value[(dash + 1)..];
        foreach (var c in last)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        if (last.Length < 3)
        {
            return false;
        }

        // The last part reads as a word: lower case, Capitalised or an abbreviation in capitals.
        var rest = last[1..];
        if (rest.ContainsAnyInRange('A', 'Z') && last.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        foreach (var range in value.Split('-'))
        {
            if (!IsWordPart(value[range]))
            {
                return false;
            }
        }

        return true;
    }

    // A part of a compound: a number ("12"), an abbreviation ("WLAN", "2FA", "pdf"), or letters with a vowel.
    private static bool IsWordPart(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty)
        {
            return false;
        }

        bool digit = false, lower = false;
        foreach (var c in part)
        {
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (char.IsLower(c))
            {
                lower = true;
            }
            else if (!char.IsUpper(c))
            {
                return false;
            }
        }

        // Lower-case abbreviations are short ("pdf", "mp3", "xkcd"); longer runs without a vowel are not words.
        return !lower || part.Length <= MaxAbbreviationLength || (!digit && part.ContainsAny(Vowels));
    }

    private static bool IsBase64(ReadOnlySpan<char> value)
    {
        if (value.Length < 8 || value.Length % 4 != 0)
        {
            return false;
        }

        var padding = value.Length - value.TrimEnd('=').Length;
        if (padding > 2)
        {
            return false;
        }

        foreach (var c in value[..^padding])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '/')
            {
                return false;
            }
        }

        return true;
    }
}
