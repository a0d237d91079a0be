namespace Herald.Guard.PersonalData;

/// <summary>
/// The German tax identification number (steuerliche Identifikationsnummer, § 139b AO): 11 digits,
/// the first not 0. Among the first ten digits exactly one digit occurs twice or three times and the
/// others at most once; a digit that occurs three times may not stand in three neighbouring places.
/// The eleventh digit is an ISO 7064 MOD 11,10 check digit. Random 11-digit numbers rarely pass both.
/// </summary>
internal static class GermanTaxId
{
    public const int Length = 11;

    /// <summary>Whether <paramref name="digits"/> (ASCII digits only) is a well-formed tax ID.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length == Length && digits[0] != '0' && HasValidStructure(digits[..10]) && CheckDigit(digits[..10]) == digits[10] - '0';

    private static bool HasValidStructure(ReadOnlySpan<char> digits)
    {
        Span<int> counts = stackalloc int[10];
        foreach (var c in digits)
        {
            counts[c - '0']++;
        }

        var repeated = -1;
        for (var d = 0; d < 10; d++)
        {
            if (counts[d] > 3 || (counts[d] > 1 && repeated >= 0))
            {
                return false;
            }

            if (counts[d] > 1)
            {
                repeated = d;
            }
        }

        if (repeated < 0)
        {
            return false;
        }

        if (counts[repeated] == 3)
        {
            var digit = (char)('0' + repeated);
            for (var i = 2; i < digits.Length; i++)
            {
                if (digits[i] == digit && digits[i - 1] == digit && digits[i - 2] == digit)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // ISO 7064 MOD 11,10 (a hybrid system): carry a product through each digit, then derive the check.
    private static int CheckDigit(ReadOnlySpan<char> digits)
    {
        var product = 10;
        foreach (var c in digits)
        {
            var sum = (c - '0' + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = sum * 2 % 11;
        }

        var check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
