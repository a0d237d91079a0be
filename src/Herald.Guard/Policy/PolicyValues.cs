using System.Globalization;
using System.Text.RegularExpressions;
using Herald.Guard.Confidential;
using Herald.Guard.Text;

namespace Herald.Guard.Policy;

/// <summary>
/// Checks and normalises the values of a policy. The loader uses these to report errors; the engine uses
/// the same functions to compile the policy, so a value the loader accepts is a value the engine understands.
/// </summary>
internal static class PolicyValues
{
    /// <summary>
    /// Longest term, in characters. Names and code names are far shorter; the bound also keeps the term
    /// matcher linear: it never looks further ahead than this from any word start.
    /// </summary>
    public const int MaxTermLength = 200;

    /// <summary>Longest domain name DNS allows.</summary>
    private const int MaxDomainLength = 253;

    /// <summary>Longest label (part between dots) DNS allows.</summary>
    private const int MaxLabelLength = 63;

    private static readonly IdnMapping Idn = new();

    /// <summary>
    /// Validates a term, name or customer; returns an error sentence or null. <paramref name="what"/> names the
    /// value: in English as a noun ("customer name"), in German as the object of "trag … ein" ("den Kundennamen").
    /// </summary>
    public static LocalizedText? CheckTerm(string? value, LocalizedText what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new($"This {what.En} is empty. Write the {what.En} or remove the line.", $"Dieser Eintrag ist leer. Trag {what.De} ein oder entferne die Zeile.");
        }

        if (value.Length > MaxTermLength)
        {
            return new(
                $"This {what.En} is {value.Length} characters long; at most {MaxTermLength} are allowed. Use the distinctive part of the name.",
                $"Dieser Eintrag ist {value.Length} Zeichen lang; erlaubt sind höchstens {MaxTermLength}. Nimm den unverwechselbaren Teil des Namens.");
        }

        var letters = TextFold.Words(value).Sum(w => w.Length);
        return letters switch
        {
            0 => new(
                $"The {what.En} '{value}' has no letters or digits, so it can never be found in a post.",
                $"'{value}' enthält keine Buchstaben oder Ziffern und kann deshalb in keinem Beitrag gefunden werden."),
            1 => new(
                $"The {what.En} '{value}' has only one letter or digit, so it would be found in every post that uses that letter on its own. Write a longer form of the name.",
                $"'{value}' hat nur einen Buchstaben oder eine Ziffer und würde in jedem Beitrag gefunden, der dieses Zeichen allein verwendet. Schreib eine längere Form des Namens."),
            _ => null,
        };
    }

    /// <summary>Normalises a domain (lower case, ASCII form of international names, no trailing dot).</summary>
    public static bool TryNormalizeDomain(string? value, out string domain, out string error)
    {
        var problem = NormalizeDomain(value, out domain);
        error = problem?.En ?? string.Empty;
        return problem is null;
    }

    /// <summary>Normalises a domain like <see cref="TryNormalizeDomain"/>; returns why it is not one, in both languages, or null.</summary>
    public static LocalizedText? NormalizeDomain(string? value, out string domain)
    {
        domain = string.Empty;
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new(
                "This domain is empty. Write a domain such as corp.example.de or remove the line.",
                "Diese Domain ist leer. Schreib eine Domain wie corp.example.de hin oder entferne die Zeile.");
        }

        if (text.Contains("://", StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal))
        {
            return new(
                $"'{text}' is a URL, not a domain. Write only the domain, for example {SuggestDomain(text)}.",
                $"'{text}' ist eine URL, keine Domain. Schreib nur die Domain, zum Beispiel {SuggestDomain(text)}.");
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return new(
                $"'{text}' looks like an e-mail address. Write only the domain after the @, or put the address under allow.",
                $"'{text}' sieht nach einer E-Mail-Adresse aus. Schreib nur die Domain nach dem @ oder trag die Adresse unter allow ein.");
        }

        if (text.StartsWith("*.", StringComparison.Ordinal))
        {
            // Subdomains are always included, so a wildcard means the same as the bare domain.
            text = text[2..];
        }

        text = text.TrimEnd('.').ToLowerInvariant();
        if (text.Any(char.IsWhiteSpace))
        {
            return new($"'{text}' contains a space; a domain cannot.", $"'{text}' enthält ein Leerzeichen; eine Domain kann keins enthalten.");
        }

        if (NetworkRange.TryParseV4(text, out _) || text.Contains(':', StringComparison.Ordinal))
        {
            return new(
                $"'{text}' is an IP address or has a port. Domains go here without a port; addresses belong under internal_networks.",
                $"'{text}' ist eine IP-Adresse oder hat einen Port. Domains stehen hier ohne Port; Adressen gehören unter internal_networks.");
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(text);
        }
        catch (ArgumentException)
        {
            return new($"'{text}' is not a valid domain name.", $"'{text}' ist kein gültiger Domainname.");
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2)
        {
            return new(
                $"'{text}' has no dot. Write the full domain, for example corp.example.de.",
                $"'{text}' hat keinen Punkt. Schreib die vollständige Domain, zum Beispiel corp.example.de.");
        }

        if (ascii.Length > MaxDomainLength || labels.Any(l => l.Length is 0 or > MaxLabelLength || l.StartsWith('-') || l.EndsWith('-') || !l.All(IsLabelChar)))
        {
            return new(
                $"'{text}' is not a valid domain name: use letters, digits and hyphens between the dots.",
                $"'{text}' ist kein gültiger Domainname: Zwischen den Punkten stehen Buchstaben, Ziffern und Bindestriche.");
        }

        if (labels[^1].All(char.IsAsciiDigit))
        {
            return new($"'{text}' ends in a number, so it is not a domain name.", $"'{text}' endet auf eine Zahl und ist deshalb kein Domainname.");
        }

        domain = ascii;
        return null;
    }

    /// <summary>Parses a network in CIDR form (<c>10.0.0.0/8</c>, <c>fd00::/8</c>) or a single address.</summary>
    public static bool TryParseNetwork(string? value, out NetworkRange network, out string error)
    {
        var problem = ParseNetwork(value, out network);
        error = problem?.En ?? string.Empty;
        return problem is null;
    }

    /// <summary>Parses a network like <see cref="TryParseNetwork"/>; returns why it is not one, in both languages, or null.</summary>
    public static LocalizedText? ParseNetwork(string? value, out NetworkRange network)
    {
        network = default;
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new(
                "This network is empty. Write it in CIDR form such as 10.0.0.0/8 or remove the line.",
                "Dieses Netz ist leer. Schreib es in CIDR-Form wie 10.0.0.0/8 oder entferne die Zeile.");
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        var isV6 = addressText.Contains(':', StringComparison.Ordinal);
        UInt128 address;
        if (isV6)
        {
            if (!NetworkRange.TryParseV6(addressText, out address))
            {
                return new(
                    $"'{addressText}' is not a valid IPv6 address. Write a network such as fd00:1234::/48.",
                    $"'{addressText}' ist keine gültige IPv6-Adresse. Schreib ein Netz wie fd00:1234::/48.");
            }
        }
        else if (NetworkRange.TryParseV4(addressText, out var v4))
        {
            address = v4;
        }
        else
        {
            return new(
                $"'{addressText}' is not a valid IPv4 address: write four numbers from 0 to 255 separated by dots, without leading zeros, for example 10.0.0.0/8.",
                $"'{addressText}' ist keine gültige IPv4-Adresse: Schreib vier Zahlen von 0 bis 255, getrennt durch Punkte und ohne führende Nullen, zum Beispiel 10.0.0.0/8.");
        }

        var bits = isV6 ? 128 : 32;
        var prefix = bits;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bits))
        {
            return new(
                $"'{text}' has an invalid prefix length: after the / write a number from 1 to {bits}.",
                $"'{text}' hat eine ungültige Präfixlänge: Schreib nach dem / eine Zahl von 1 bis {bits}.");
        }

        if (prefix == 0)
        {
            return new(
                $"'{text}' covers every address there is, so every address would count as internal. Use your own networks, for example 10.0.0.0/8.",
                $"'{text}' umfasst alle Adressen überhaupt, dann zählte jede Adresse als intern. Trag eure eigenen Netze ein, zum Beispiel 10.0.0.0/8.");
        }

        network = new NetworkRange(isV6, address, prefix);
        var start = address & network.Mask;
        if (start != address)
        {
            var fixedNetwork = new NetworkRange(isV6, start, prefix);
            network = default;
            return new(
                $"'{text}' is not the start of a /{prefix} network. Did you mean {fixedNetwork}? (Or use a longer prefix for a smaller network.)",
                $"'{text}' ist nicht der Anfang eines /{prefix}-Netzes. Meintest du {fixedNetwork}? (Oder nimm ein längeres Präfix für ein kleineres Netz.)");
        }

        return null;
    }

    /// <summary>Compiles a custom rule's pattern so that it runs in linear time on any input.</summary>
    public static BoundedRegex? TryCompilePattern(string pattern, out string error)
    {
        error = CompilePattern(pattern, out var regex)?.En ?? string.Empty;
        return regex;
    }

    /// <summary>Compiles a pattern like <see cref="TryCompilePattern"/>; returns why it cannot run, in both languages, or null.</summary>
    public static LocalizedText? CompilePattern(string pattern, out BoundedRegex? regex)
    {
        regex = null;
        try
        {
            // Building the linear engine is what proves that the pattern can run in linear time; the pattern keeps it.
            var linear = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            regex = new BoundedRegex(pattern, RegexOptions.CultureInvariant, linear);
            return null;
        }
        catch (NotSupportedException e)
        {
            // .NET names the construct in quotes: "… expressions containing: 'backreference (\ number)'."
            var open = e.Message.IndexOf('\'', StringComparison.Ordinal);
            var close = e.Message.LastIndexOf('\'');
            var what = open >= 0 && close > open + 1 ? e.Message[(open + 1)..close] : null;
            return new(
                $"The pattern uses {what ?? "a construct"}, which cannot run in guaranteed linear time. Herald runs policy patterns that way so that no post can make a check hang; rewrite the pattern without it (lookarounds, backreferences, atomic groups and conditionals are not available).",
                $"Das Muster nutzt {(what is null ? "ein Konstrukt" : $"'{what}'")}, das nicht garantiert in linearer Zeit läuft. Herald führt Muster der Richtlinie so aus, damit kein Beitrag eine Prüfung hängen lassen kann; schreib das Muster ohne es um (Lookarounds, Rückverweise, atomare Gruppen und Bedingungen gibt es nicht).");
        }
        catch (RegexParseException e)
        {
            var reason = Describe(e);
            return new(
                $"The pattern is not a valid regular expression: {reason.En} (at character {e.Offset} of the pattern).",
                $"Das Muster ist kein gültiger regulärer Ausdruck: {reason.De} (bei Zeichen {e.Offset} des Musters).");
        }
        catch (ArgumentException e)
        {
            return new($"The pattern is not a valid regular expression: {e.Message}", $"Das Muster ist kein gültiger regulärer Ausdruck: {e.Message}");
        }
    }

    private static LocalizedText Describe(RegexParseException e) => e.Error switch
    {
        RegexParseError.InsufficientClosingParentheses => new("a '(' is never closed", "eine '(' wird nie geschlossen"),
        RegexParseError.InsufficientOpeningParentheses => new("there is a ')' without a matching '('", "eine ')' hat keine passende '('"),
        RegexParseError.UnterminatedBracket => new("a '[' is never closed", "eine '[' wird nie geschlossen"),
        RegexParseError.ReversedCharacterRange => new("a range such as [z-a] is written backwards", "ein Bereich wie [z-a] steht verkehrt herum"),
        RegexParseError.ReversedQuantifierRange => new("a repetition such as {5,2} has its larger number first", "eine Wiederholung wie {5,2} nennt die größere Zahl zuerst"),
        RegexParseError.QuantifierAfterNothing => new("a *, + or ? has nothing before it to repeat", "vor einem *, + oder ? steht nichts, das wiederholt werden kann"),
        RegexParseError.NestedQuantifiersNotParenthesized => new("two repetition signs follow each other; wrap the first part in ( ) to repeat it", "zwei Wiederholungszeichen folgen aufeinander; setz den ersten Teil in ( ), um ihn zu wiederholen"),
        RegexParseError.UnescapedEndingBackslash => new("it ends with a single backslash", "es endet mit einem einzelnen Backslash"),
        RegexParseError.UnrecognizedEscape => new("it contains an unknown escape such as \\q", "es enthält ein unbekanntes Escape wie \\q"),
        _ => Same(e.Message[(e.Message.LastIndexOf(". ", StringComparison.Ordinal) + 2)..].TrimEnd('.')),
    };

    private static LocalizedText Same(string text) => new(text, text);

    private static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static string SuggestDomain(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var end = rest.IndexOfAny(['/', ':', '?', '#']);
        var host = end < 0 ? rest : rest[..end];
        return host.Length > 0 ? host : "corp.example.de";
    }
}
