using Herald.Guard.Detection;

namespace Herald.Guard.Confidential;

/// <summary>
/// The rules for internal host names, URLs and addresses. Each finding suggests a neutral placeholder
/// that is never flagged itself: a host under the reserved <c>.example</c> domain, or an address from the
/// documentation ranges (RFC 2606, RFC 5737, RFC 3849). Placeholders read the same in German and English.
/// </summary>
internal static class NetworkRules
{
    public const string HostPlaceholder = "server.example";

    public static readonly RuleInfo PolicyHost = Rule("policy-internal-host", Severity.Block, HostPlaceholder,
        "This is the name of an internal server. It shows attackers what runs inside our network. Use a placeholder such as server.example instead.",
        "Das ist der Name eines internen Servers. Er zeigt Angreifern, was in unserem Netz läuft. Nimm stattdessen einen Platzhalter wie server.example.");

    public static readonly RuleInfo PolicyUrl = Rule("policy-internal-url", Severity.Block, "https://server.example/",
        "This link points to an internal system. Nobody outside can open it, but it tells attackers what runs inside. Remove it or use a placeholder such as https://server.example/.",
        "Dieser Link führt auf ein internes System. Draußen kann ihn niemand öffnen, aber er verrät Angreifern, was bei uns läuft. Entferne ihn oder nimm einen Platzhalter wie https://server.example/.");

    public static readonly RuleInfo PolicyAddressV4 = PolicyAddress("192.0.2.10");

    public static readonly RuleInfo PolicyAddressV6 = PolicyAddress("2001:db8::10");

    public static readonly RuleInfo PolicyUrlV4 = PolicyUrl with { Replacement = "http://192.0.2.10/" };

    public static readonly RuleInfo PolicyUrlV6 = PolicyUrl with { Replacement = "http://[2001:db8::10]/" };

    public static readonly RuleInfo PrivateHost = Rule("private-host", Severity.Warn, HostPlaceholder,
        "This looks like an internal host name (.local, .internal, .corp …). It reveals how the internal network is built; if it is not needed, use a placeholder such as server.example.",
        "Das sieht nach einem internen Hostnamen aus (.local, .internal, .corp …). Er verrät, wie das interne Netz aufgebaut ist; wenn er nicht nötig ist, nimm einen Platzhalter wie server.example.");

    public static readonly RuleInfo PrivateUrl = Rule("private-url", Severity.Warn, "https://server.example/",
        "This link points to an internal host. It reveals how the internal network is built; if it is not needed, remove it or use a placeholder such as https://server.example/.",
        "Dieser Link zeigt auf einen internen Host. Er verrät, wie das interne Netz aufgebaut ist; wenn er nicht nötig ist, entferne ihn oder nimm einen Platzhalter wie https://server.example/.");

    public static readonly RuleInfo PrivateAddressV4 = PrivateAddress("192.0.2.10");

    public static readonly RuleInfo PrivateAddressV6 = PrivateAddress("2001:db8::10");

    public static readonly RuleInfo PrivateUrlV4 = PrivateUrl with { Replacement = "http://192.0.2.10/" };

    public static readonly RuleInfo PrivateUrlV6 = PrivateUrl with { Replacement = "http://[2001:db8::10]/" };

    // With a policy that names the internal networks, a private address outside them is someone's home router,
    // a hotspot or a lab: it reveals little about the company, so it is only a tip and leaves the verdict alone.
    public static readonly RuleInfo OutsideAddressV4 = OutsideAddress(PrivateAddressV4);

    public static readonly RuleInfo OutsideAddressV6 = OutsideAddress(PrivateAddressV6);

    public static readonly RuleInfo OutsideUrlV4 = OutsideUrl(PrivateUrlV4);

    public static readonly RuleInfo OutsideUrlV6 = OutsideUrl(PrivateUrlV6);

    private static RuleInfo OutsideAddress(RuleInfo rule) => rule with
    {
        Severity = Severity.Hint,
        Message = new LocalizedText(
            $"This is a private network address, but not one of the company's internal networks — probably a home router or a hotspot, which reveals little. Just a tip: if it is not needed, leave it out or use a documentation address such as {rule.Replacement}.",
            $"Das ist eine private Netzadresse, aber keine aus den internen Netzen des Unternehmens – wahrscheinlich ein Heimrouter oder Hotspot, das verrät wenig. Nur ein Tipp: Wenn sie nicht nötig ist, lass sie weg oder nimm eine Dokumentationsadresse wie {rule.Replacement}."),
    };

    private static RuleInfo OutsideUrl(RuleInfo rule) => rule with
    {
        Severity = Severity.Hint,
        Message = new LocalizedText(
            $"This link points to a private address, but not into one of the company's internal networks, so it reveals little. Just a tip: if it is not needed, remove it or use a placeholder such as {rule.Replacement}.",
            $"Dieser Link zeigt auf eine private Adresse, aber in keines der internen Netze des Unternehmens – das verrät wenig. Nur ein Tipp: Wenn er nicht nötig ist, entferne ihn oder nimm einen Platzhalter wie {rule.Replacement}."),
    };

    private static RuleInfo PolicyAddress(string placeholder) => Rule("policy-internal-address", Severity.Block, placeholder,
        $"This address belongs to our internal network and reveals how it is built. Use a documentation address such as {placeholder} instead.",
        $"Diese Adresse gehört zu unserem internen Netz und verrät, wie es aufgebaut ist. Nimm stattdessen eine Dokumentationsadresse wie {placeholder}.");

    private static RuleInfo PrivateAddress(string placeholder) => Rule("private-address", Severity.Warn, placeholder,
        $"This is a private network address. It reveals how the internal network is built; if it is not needed, leave it out or use a documentation address such as {placeholder}.",
        $"Das ist eine private Netzadresse. Sie verrät, wie das interne Netz aufgebaut ist; wenn sie nicht nötig ist, lass sie weg oder nimm eine Dokumentationsadresse wie {placeholder}.");

    private static RuleInfo Rule(string id, Severity severity, string replacement, string en, string de) => new()
    {
        Id = id,
        Category = FindingCategory.Confidential,
        Severity = severity,
        Message = new LocalizedText(en, de),
        Replacement = replacement,
    };
}
