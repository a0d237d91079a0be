namespace Herald.Guard.PersonalData;

/// <summary>
/// IBAN structure and check digits (ISO 13616). Each country has a fixed length and a fixed pattern
/// of digits and letters; the check digits make the whole number ≡ 1 (mod 97). Validation works on
/// spans and allocates nothing.
/// </summary>
internal static class Iban
{
    // Basic bank account number (BBAN) patterns from the SWIFT IBAN registry, written as runs:
    // n = digits, a = upper-case letters, c = letters or digits. The IBAN is the country code,
    // two check digits and the BBAN, so its length is 4 + the BBAN's.
    private static readonly (string Country, string Bban)[] Registry =
    [
        ("AD", "8n12c"), ("AE", "19n"), ("AL", "8n16c"), ("AT", "16n"), ("AZ", "4a20c"),
        ("BA", "16n"), ("BE", "12n"), ("BG", "4a6n8c"), ("BH", "4a14c"), ("BI", "23n"),
        ("BR", "23n1a1c"), ("BY", "4c4n16c"), ("CH", "5n12c"), ("CR", "18n"), ("CY", "8n16c"),
        ("CZ", "20n"), ("DE", "18n"), ("DJ", "23n"), ("DK", "14n"), ("DO", "4c20n"),
        ("EE", "16n"), ("EG", "25n"), ("ES", "20n"), ("FI", "14n"), ("FK", "2a12n"),
        ("FO", "14n"), ("FR", "10n11c2n"), ("GB", "4a14n"), ("GE", "2a16n"), ("GI", "4a15c"),
        ("GL", "14n"), ("GR", "7n16c"), ("GT", "24c"), ("HN", "4a20n"), ("HR", "17n"),
        ("HU", "24n"), ("IE", "4a14n"), ("IL", "19n"), ("IQ", "4a15n"), ("IS", "22n"),
        ("IT", "1a10n12c"), ("JO", "4a4n18c"), ("KW", "4a22c"), ("KZ", "3n13c"), ("LB", "4n20c"),
        ("LC", "4a24c"), ("LI", "5n12c"), ("LT", "16n"), ("LU", "3n13c"), ("LV", "4a13c"),
        ("LY", "21n"), ("MC", "10n11c2n"), ("MD", "20c"), ("ME", "18n"), ("MK", "3n10c2n"),
        ("MN", "16n"), ("MR", "23n"), ("MT", "4a5n18c"), ("MU", "4a19n3a"), ("NI", "4a20n"),
        ("NL", "4a10n"), ("NO", "11n"), ("OM", "3n16c"), ("PK", "4a16c"), ("PL", "24n"),
        ("PS", "4a21c"), ("PT", "21n"), ("QA", "4a21c"), ("RO", "4a16c"), ("RS", "18n"),
        ("RU", "14n15c"), ("SA", "2n18c"), ("SC", "4a20n3a"), ("SD", "14n"), ("SE", "20n"),
        ("SI", "15n"), ("SK", "20n"), ("SM", "1a10n12c"), ("SO", "19n"), ("ST", "21n"),
        ("SV", "4a20n"), ("TL", "19n"), ("TN", "20n"), ("TR", "6n16c"), ("UA", "6n19c"),
        ("VA", "18n"), ("VG", "4a16n"), ("XK", "16n"), ("YE", "4a4n18c"),
    ];

    // Expanded BBAN patterns ("nnnnaaaa…", one class letter per character), indexed by country code.
    private static readonly string?[] Patterns = BuildPatterns();

    /// <summary>The IBAN length of the country with this code (upper-case letters), or 0 when it has no IBANs.</summary>
    public static int LengthFor(char first, char second) =>
        PatternFor(first, second) is { } bban ? 4 + bban.Length : 0;

    /// <summary>
    /// Whether <paramref name="iban"/> (compact, upper case, already of the country's length) fits the
    /// country's pattern and has valid check digits.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 5 || PatternFor(iban[0], iban[1]) is not { } bban || iban.Length != 4 + bban.Length)
        {
            return false;
        }

        if (!char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        // 00, 01 and 99 can never result from the check-digit computation.
        var check = ((iban[2] - '0') * 10) + (iban[3] - '0');
        if (check is < 2 or > 98)
        {
            return false;
        }

        for (var i = 0; i < bban.Length; i++)
        {
            var c = iban[4 + i];
            var fits = bban[i] switch
            {
                'n' => char.IsAsciiDigit(c),
                'a' => char.IsAsciiLetterUpper(c),
                _ => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c),
            };
            if (!fits)
            {
                return false;
            }
        }

        return Mod97(iban) == 1;
    }

    // ISO 7064 MOD 97-10 over the rearranged number (BBAN, then country code and check digits),
    // letters counting as 10..35, computed digit by digit so no big integer is needed.
    private static int Mod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            remainder = char.IsAsciiDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }

    private static string? PatternFor(char first, char second) =>
        char.IsAsciiLetterUpper(first) && char.IsAsciiLetterUpper(second)
            ? Patterns[((first - 'A') * 26) + (second - 'A')]
            : null;

    private static string?[] BuildPatterns()
    {
        var patterns = new string?[26 * 26];
        foreach (var (country, bban) in Registry)
        {
            var expanded = new System.Text.StringBuilder();
            var count = 0;
            foreach (var c in bban)
            {
                if (char.IsAsciiDigit(c))
                {
                    count = (count * 10) + (c - '0');
                }
                else
                {
                    expanded.Append(c, count);
                    count = 0;
                }
            }

            patterns[((country[0] - 'A') * 26) + (country[1] - 'A')] = expanded.ToString();
        }

        return patterns;
    }
}
