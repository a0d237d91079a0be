using Herald.Guard.Detection;

namespace Herald.Guard.PersonalData;

/// <summary>
/// The built-in personal-data checks: e-mail addresses (also written as "name [at] domain [dot] de"), phone numbers, IBANs, payment cards and
/// German tax IDs. Each has a cheap prefilter (an '@', a run of digits) before any validation, and
/// numbers that fail their check digits are not reported. Stateless, so one instance serves every
/// check on any thread.
/// </summary>
internal sealed class PersonalDataDetector : IDetector
{
    public PersonalDataDetector() => Phones.WarmUp();

    public void Detect(ScanContext context)
    {
        EmailAddresses.Detect(context);
        ObfuscatedEmails.Detect(context);
        NumberScanner.Detect(context);
    }
}
