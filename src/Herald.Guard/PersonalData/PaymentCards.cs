namespace Herald.Guard.PersonalData;

/// <summary>
/// Payment card numbers (ISO/IEC 7812): an issuer prefix with the lengths that issuer uses, and the
/// Luhn check digit. A number must pass both: about one random digit string in ten passes Luhn alone.
/// </summary>
internal static class PaymentCards
{
    public const int MinLength = 12;
    public const int MaxLength = 19;

    // Issuer identification ranges: the first PrefixDigits digits lie in [Low, High], and the
    // number's length is one the issuer uses (bit n set = length n allowed).
    private readonly record struct Issuer(int PrefixDigits, int Low, int High, int Lengths);

    private static readonly Issuer[] Issuers =
    [
        new(1, 4, 4, Lengths(13, 16, 19)),                  // Visa (incl. Electron)
        new(2, 51, 55, Lengths(16)),                        // Mastercard
        new(4, 2221, 2720, Lengths(16)),                    // Mastercard 2-series
        new(2, 34, 34, Lengths(15)),                        // American Express
        new(2, 37, 37, Lengths(15)),
        new(4, 6011, 6011, Range(16, 19)),                  // Discover
        new(3, 644, 649, Range(16, 19)),
        new(2, 65, 65, Range(16, 19)),
        new(4, 3528, 3589, Range(16, 19)),                  // JCB
        new(4, 1800, 1800, Lengths(15)),                    // JCB, older 15-digit ranges
        new(4, 2131, 2131, Lengths(15)),
        new(3, 300, 305, Range(14, 19)),                    // Diners Club
        new(4, 3095, 3095, Range(14, 19)),
        new(2, 36, 36, Range(14, 19)),
        new(2, 38, 39, Range(14, 19)),
        new(4, 5018, 5018, Range(12, 19)),                  // Maestro
        new(4, 5020, 5020, Range(12, 19)),
        new(4, 5038, 5038, Range(12, 19)),
        new(4, 5893, 5893, Range(12, 19)),
        new(4, 6304, 6304, Range(12, 19)),
        new(4, 6759, 6759, Range(12, 19)),
        new(4, 6761, 6763, Range(12, 19)),
        new(4, 5019, 5019, Lengths(16)),                    // Dankort
        new(2, 62, 62, Range(16, 19)),                      // UnionPay
        new(4, 2200, 2204, Range(16, 19)),                  // Mir
        new(1, 1, 1, Lengths(15)),                          // UATP (airline cards)
    ];

    // Numbers that payment providers publish for developers to test with (Stripe, Adyen, Braintree, PayPal and the
    // card schemes' classic test numbers). They pass every check but belong to no one, so they are not personal data.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TestNumbers = new HashSet<string>(StringComparer.Ordinal)
    {
        "4242424242424242", "4000056655665556", "4000002500003155", "4000002760003184", "4000000000003220", "4000000000009995",
        "4000000000000002", "4000000000000077", "4111111111111111", "4012888888881881", "4222222222222", "5555555555554444",
        "2223003122003222", "5200828282828210", "5105105105105100", "378282246310005", "371449635398431", "6011111111111117",
        "6011000990139424", "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="digits"/> (ASCII digits only) is a card number of a known issuer with a valid Luhn digit,
    /// and not one of the payment providers' published test numbers (<see cref="IsTestNumber"/>).
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length is >= MinLength and <= MaxLength && HasKnownIssuer(digits) && PassesLuhn(digits) && !IsTestNumber(digits);

    /// <summary>Whether <paramref name="digits"/> is a test card number that payment providers publish for developers ("4242 4242 4242 4242").</summary>
    public static bool IsTestNumber(ReadOnlySpan<char> digits) => TestNumbers.Contains(digits);

    private static bool HasKnownIssuer(ReadOnlySpan<char> digits)
    {
        foreach (var issuer in Issuers)
        {
            if ((issuer.Lengths & (1 << digits.Length)) == 0)
            {
                continue;
            }

            var prefix = 0;
            for (var i = 0; i < issuer.PrefixDigits; i++)
            {
                prefix = (prefix * 10) + (digits[i] - '0');
            }

            if (prefix >= issuer.Low && prefix <= issuer.High)
            {
                return true;
            }
        }

        return false;
    }

    private static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    private static int Lengths(params ReadOnlySpan<int> lengths)
    {
        var mask = 0;
        foreach (var length in lengths)
        {
            mask |= 1 << length;
        }

        return mask;
    }

    private static int Range(int from, int to)
    {
        var mask = 0;
        for (var length = from; length <= to; length++)
        {
            mask |= 1 << length;
        }

        return mask;
    }
}
