using System.Text.RegularExpressions;
using Herald.Guard.Text;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Whether a valid IBAN is an account published to be paid into rather than a person's: a donation account
/// ("Spendenkonto", "Spenden an", "donate", "donation") or the account of an organisation named right before it
/// ("Hafenkinder Hamburg e. V., IBAN …", "Brennholt Logistik AG · IBAN …"), or an account the draft says is printed on the invoices or
/// in the imprint („Sie steht auf jeder unserer Rechnungen und im Impressum“). None is personal data. Runs only on
/// IBANs that passed their check, so it costs nothing on drafts without one. Nor is an example IBAN of the IBAN registry or of
/// textbooks (DE89 3704 0044 0532 0130 00) where the draft presents it as an example („Musterwert“, "textbook example"): it belongs to
/// nobody, like the payment providers' test cards. The same number given as someone's account stays personal data.
/// </summary>
internal static class PublishedAccounts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // How far before the IBAN the words that make it a donation account are looked for: its sentence and the line before.
    private const int DonationReach = 200;

    // How far before the IBAN, on its own line, the account holder is looked for.
    private const int HolderReach = 80;

    private static readonly BoundedRegex DonationWords = new(
        @"\b(?:\w*spendenkont\w*|spende[nt]?|spendenaufruf\w*|spendenzweck|donat(?:e|es|ed|ing|ion|ions)|charit(?:y|ies)|fundrais\w*)\b",
        Options);

    // The account printed where an organisation publishes it: „Sie steht auf jeder unserer Rechnungen und im Impressum“, "the account on all our
    // invoices", "our official bank details" — an organisation's account, published to be paid into.
    private static readonly BoundedRegex PublishedWords = new(
        @"\b(?:impressum|imprint|briefkopf|letterhead|(?:auf|on)[\p{Zs}\t]+(?:jeder|allen|every|all)[\p{Zs}\t]+(?:unserer[\p{Zs}\t]+|our[\p{Zs}\t]+)?(?:rechnung\w*|invoices?)"
        + @"|(?:unsere|our)[\p{Zs}\t]+(?:offizielle|einzige|official|only)[\p{Zs}\t]+(?:bankverbindung|bank[\p{Zs}\t]+(?:details|account)|account))\b",
        Options);

    // Legal forms of organisations, as they stand after the holder's name.
    private static readonly BoundedRegex LegalForm = new(
        @"(?:\b(?:e\.[\p{Zs}]?V|gGmbH|GmbH(?:[\p{Zs}]*&[\p{Zs}]*Co\.?[\p{Zs}]*KG)?|AG|KG|KGaA|OHG|UG|SE|eG|Stiftung|Verein|Ltd|Inc|LLC|plc|Foundation|Trust)\b\.?)",
        RegexOptions.CultureInvariant);

    // The examples that the SWIFT IBAN registry, the ECBS and textbooks print, which pass their check but belong to nobody.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentationExamples = new HashSet<string>(StringComparer.Ordinal)
    {
        "DE89370400440532013000", "GB29NWBK60161331926819", "GB82WEST12345698765432", "AT611904300234573201", "CH9300762011623852957",
        "FR1420041010050500013M02606", "NL91ABNA0417164300", "BE68539007547034", "ES9121000418450200051332", "IT60X0542811101000000123456",
        "LU280019400644750000", "DK5000400440116243", "PL61109010140000071219812874", "SE4550000000058398257466",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // How far around the IBAN the words that present it as an example are looked for.
    private const int ExampleReach = 300;

    private static readonly BoundedRegex ExampleWords = new(
        @"\b(?:(?:beispiel|muster|dokumentations|test)-?iban\w*|musterwert\w*|\w*beispielen|lehrb(?:ü|ue)ch\w*|\w*dokus|dokumentation\w*|gehört[\p{Zs}\t]+niemandem"
        + @"|(?:example|sample|test|dummy|documentation)[\p{Zs}\t]+iban|textbooks?|tutorials?|documentation|belongs[\p{Zs}\t]+to[\p{Zs}\t]+nobody)\b",
        Options);

    /// <summary>
    /// Whether <paramref name="compactIban"/> (upper case, without spaces) at <c>[start, end)</c> is a published documentation example that
    /// the draft presents as one.
    /// </summary>
    public static bool IsDocumentationExample(ReadOnlySpan<char> compactIban, string text, int start, int end)
    {
        if (!DocumentationExamples.Contains(compactIban))
        {
            return false;
        }

        var from = Math.Max(0, start - ExampleReach);
        var to = Math.Min(text.Length, end + ExampleReach);
        return ExampleWords.IsMatch(text.AsSpan(from, to - from));
    }

    /// <summary>Whether the IBAN starting at <paramref name="start"/> is a published donation or organisation account.</summary>
    public static bool IsPublished(string text, int start)
    {
        var from = Math.Max(0, start - DonationReach);
        if (DonationWords.IsMatch(text.AsSpan(from, start - from)) || PublishedWords.IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var holderFrom = Math.Max(lineStart, start - HolderReach);
        return LegalForm.IsMatch(text.AsSpan(holderFrom, start - holderFrom));
    }
}
