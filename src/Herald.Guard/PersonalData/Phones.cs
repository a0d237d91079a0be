using System.Globalization;
using PhoneNumbers;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Asks libphonenumber whether a candidate is a valid number that reaches a person. Only candidates
/// that passed the cheap structural prefilter get here, and the metadata loads with the first of them. Parsing, validation and type lookup are
/// thread-safe in libphonenumber (unlike its text matcher, which Herald does not use).
/// </summary>
internal static class Phones
{
    public const string DefaultRegion = "DE";

    /// <summary>Region for numbers written in North American style without a country code.</summary>
    public const string NorthAmerica = "US";

    public const int GermanCallingCode = 49;

    // E.164 allows 15 digits including the country code.
    private const int MaxNationalDigits = 15;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Whether <paramref name="candidate"/> is a valid phone number (read in <paramref name="region"/>
    /// unless it has a country code) of a kind that belongs to a person or an ordinary line.
    /// </summary>
    public static bool IsPersonal(string candidate, string region)
    {
        try
        {
            return IsPersonal(Util.Parse(candidate, region));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>
    /// The same for a German number given as its national significant number (without trunk 0 or
    /// +49). Parsing is most of libphonenumber's cost, and for Germany it only strips those prefixes,
    /// so the number is built directly; a test checks that both ways agree.
    /// </summary>
    public static bool IsPersonalGerman(ReadOnlySpan<char> nationalSignificantNumber)
    {
        if (nationalSignificantNumber.IsEmpty || nationalSignificantNumber[0] == '0' || nationalSignificantNumber.Length > MaxNationalDigits
            || !ulong.TryParse(nationalSignificantNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        return IsPersonal(new PhoneNumber.Builder().SetCountryCode(GermanCallingCode).SetNationalNumber(value).Build());
    }

    // The type lookup also validates (UNKNOWN = not a valid number), so one call answers both.
    // Toll-free, shared-cost, premium-rate and universal access numbers are business hotlines,
    // published to be called, and are not personal data.
    private static bool IsPersonal(PhoneNumber number) =>
        Util.GetNumberType(number) is not (PhoneNumberType.UNKNOWN or PhoneNumberType.TOLL_FREE
            or PhoneNumberType.SHARED_COST or PhoneNumberType.PREMIUM_RATE or PhoneNumberType.UAN);
}
