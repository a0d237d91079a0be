using System.Text.RegularExpressions;
using Herald.Guard.Posture;

namespace Herald.Guard.Insider;

/// <summary>
/// Whether a quiet-period topic word is meant in another sense than the company's results:
/// <list type="bullet">
/// <item>advice: "guidance from CISA", "the BSI's security guidance", "official guidance on patching";</item>
/// <item>private money: "Umsätze auf der Kreditkartenabrechnung kontrollieren", "check the transactions on your bank statement" —
/// a sentence about cards, accounts or statements that does not speak for the company ("wir", "unser", "our").</item>
/// </list>
/// Both run only on the sentence of a topic hit (private money once per sentence), so they cost nothing on drafts without one.
/// </summary>
internal static class TopicSense
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // Authorities and bodies whose "guidance" is advice, not a forecast.
    private const string Advisers =
        @"cisa|bsi|nist|enisa|ncsc|nsa|fbi|cert\w*|owasp|iso|sans|mitre|microsoft|google|vendors?|regulators?|authorit(?:y|ies)|agenc(?:y|ies)|government\w*|experts?|behörde\w*|ministeri\w*|bafin|ec|eu";

    private static readonly Lazy<Regex> AdviceAfter = new(() => new Regex(
        $@"^guidance[\p{{Zs}}\t]+(?:(?:from|by|of|issued[\p{{Zs}}\t]+by|published[\p{{Zs}}\t]+by|vom|von|des|der)[\p{{Zs}}\t]+(?:the[\p{{Zs}}\t]+|dem[\p{{Zs}}\t]+|der[\p{{Zs}}\t]+)?(?:{Advisers})\b"
        + @"|on[\p{Zs}\t]+(?:how|securing|patching|hardening|ransomware|phishing|passwords?|mfa|ics|ot|industrial|cloud|incident))",
        Options));

    private static readonly Lazy<Regex> AdviceBefore = new(() => new Regex(
        $@"(?:\b(?:{Advisers})(?:'s|’s|s)?|\b(?:security|cyber|cybersecurity|technical|official|public|practical|hardening|patching|best-practice|expert))[\p{{Zs}}\t]+$",
        Options));

    private static readonly Lazy<Regex> PrivateMoney = new(() => new Regex(
        @"\b(?:\w*kartenabrechnung\w*|kontoauszu\w*|\w*konto|girokont\w*|onlinebanking|online-banking|banking-app|(?:deine[rnm]?|eure[rnm]?|ihre[rnm]?|der)[\p{Zs}\t]+(?:kredit|debit|ec-|bank)?karte"
        + @"|(?:your|my)[\p{Zs}\t]+(?:credit[\p{Zs}\t-]+|debit[\p{Zs}\t-]+|bank[\p{Zs}\t-]+)?cards?|card[\p{Zs}\t]+statements?|bank[\p{Zs}\t]+(?:statements?|accounts?)|checking[\p{Zs}\t]+accounts?|online[\p{Zs}\t]+banking)\b",
        Options));

    /// <summary>Whether the topic word at <c>[topicStart, topicEnd)</c> of <paramref name="sentence"/> is "guidance" given as advice.</summary>
    public static bool IsAdvice(ReadOnlySpan<char> sentence, int topicStart, int topicEnd) =>
        sentence[topicStart..topicEnd].Equals("guidance", StringComparison.OrdinalIgnoreCase)
        && (AdviceAfter.Value.IsMatch(sentence[topicStart..]) || AdviceBefore.Value.IsMatch(sentence[..topicStart]));

    /// <summary>Whether the sentence is about private cards and accounts and does not speak for the company.</summary>
    public static bool IsAboutPrivateMoney(ReadOnlySpan<char> sentence) =>
        PrivateMoney.Value.IsMatch(sentence) && !FirstPerson.Appears(sentence);
}
