using PhoneNumbers;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Asks libphonenumber whether a candidate is a valid number that reaches a person. Only candidates
/// that passed the cheap structural prefilter get here. Parsing, validation and type lookup are
/// thread-safe in libphonenumber (unlike its text matcher, which Herald does not use).
/// </summary>
internal static class Phones
{
    public const string DefaultRegion = "DE";

    /// <summary>Region for numbers written in North American style without a country code.</summary>
    public const string NorthAmerica = "US";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Loads the metadata for the regions Herald parses in, so the first draft that contains a
    /// number does not pay for it. Called when an engine is built.
    /// </summary>
    public static void WarmUp()
    {
        IsPersonal("+49 30 12345678", DefaultRegion);
        IsPersonal("(212) 555-0100", NorthAmerica);
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> is a valid phone number (read in <paramref name="region"/>
    /// unless it has a country code) of a kind that belongs to a person or an ordinary line.
    /// Toll-free, shared-cost, premium-rate and universal access numbers are business hotlines,
    /// published to be called, and are not personal data.
    /// </summary>
    public static bool IsPersonal(string candidate, string region)
    {
        PhoneNumber number;
        try
        {
            number = Util.Parse(candidate, region);
        }
        catch (NumberParseException)
        {
            return false;
        }

        if (!Util.IsValidNumber(number))
        {
            return false;
        }

        return Util.GetNumberType(number) is not (PhoneNumberType.TOLL_FREE or PhoneNumberType.SHARED_COST
            or PhoneNumberType.PREMIUM_RATE or PhoneNumberType.UAN);
    }
}
