using System.Text.RegularExpressions;
using Herald.Guard.Text;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Whether a valid IBAN is an account published to be paid into rather than a person's: a donation account
/// ("Spendenkonto", "Spenden an", "donate", "donation") or the account of an organisation named right before it
/// ("Hafenkinder Hamburg e. V., IBAN …", "Brennholt Logistik AG · IBAN …"). Neither is personal data. Runs only on
/// IBANs that passed their check, so it costs nothing on drafts without one.
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

    // Legal forms of organisations, as they stand after the holder's name.
    private static readonly BoundedRegex LegalForm = new(
        @"(?:\b(?:e\.[\p{Zs}]?V|gGmbH|GmbH(?:[\p{Zs}]*&[\p{Zs}]*Co\.?[\p{Zs}]*KG)?|AG|KG|KGaA|OHG|UG|SE|eG|Stiftung|Verein|Ltd|Inc|LLC|plc|Foundation|Trust)\b\.?)",
        RegexOptions.CultureInvariant);

    /// <summary>Whether the IBAN starting at <paramref name="start"/> is a published donation or organisation account.</summary>
    public static bool IsPublished(string text, int start)
    {
        var from = Math.Max(0, start - DonationReach);
        if (DonationWords.IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var holderFrom = Math.Max(lineStart, start - HolderReach);
        return LegalForm.IsMatch(text.AsSpan(holderFrom, start - holderFrom));
    }
}
