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

    /// <summary>Validates a term, name or customer; returns an error sentence or null.</summary>
    public static string? CheckTerm(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"This {what} is empty. Write the {what} or remove the line.";
        }

        if (value.Length > MaxTermLength)
        {
            return $"This {what} is {value.Length} characters long; at most {MaxTermLength} are allowed. Use the distinctive part of the name.";
        }

        var letters = TextFold.Words(value).Sum(w => w.Length);
        return letters switch
        {
            0 => $"The {what} '{value}' has no letters or digits, so it can never be found in a post.",
            1 => $"The {what} '{value}' has only one letter or digit, so it would be found in every post that uses that letter on its own. Write a longer form of the name.",
            _ => null,
        };
    }

    /// <summary>Normalises a domain (lower case, ASCII form of international names, no trailing dot).</summary>
    public static bool TryNormalizeDomain(string? value, out string domain, out string error)
    {
        domain = string.Empty;
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            error = "This domain is empty. Write a domain such as corp.example.de or remove the line.";
            return false;
        }

        if (text.Contains("://", StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal))
        {
            error = $"'{text}' is a URL, not a domain. Write only the domain, for example {SuggestDomain(text)}.";
            return false;
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            error = $"'{text}' looks like an e-mail address. Write only the domain after the @, or put the address under allow.";
            return false;
        }

        if (text.StartsWith("*.", StringComparison.Ordinal))
        {
            // Subdomains are always included, so a wildcard means the same as the bare domain.
            text = text[2..];
        }

        text = text.TrimEnd('.').ToLowerInvariant();
        if (text.Any(char.IsWhiteSpace))
        {
            error = $"'{text}' contains a space; a domain cannot.";
            return false;
        }

        if (NetworkRange.TryParseV4(text, out _) || text.Contains(':', StringComparison.Ordinal))
        {
            error = $"'{text}' is an IP address or has a port. Domains go here without a port; addresses belong under internal_networks.";
            return false;
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(text);
        }
        catch (ArgumentException)
        {
            error = $"'{text}' is not a valid domain name.";
            return false;
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2)
        {
            error = $"'{text}' has no dot. Write the full domain, for example corp.example.de.";
            return false;
        }

        if (ascii.Length > MaxDomainLength || labels.Any(l => l.Length is 0 or > MaxLabelLength || l.StartsWith('-') || l.EndsWith('-') || !l.All(IsLabelChar)))
        {
            error = $"'{text}' is not a valid domain name: use letters, digits and hyphens between the dots.";
            return false;
        }

        if (labels[^1].All(char.IsAsciiDigit))
        {
            error = $"'{text}' ends in a number, so it is not a domain name.";
            return false;
        }

        domain = ascii;
        error = string.Empty;
        return true;
    }

    /// <summary>Parses a network in CIDR form (<c>10.0.0.0/8</c>, <c>fd00::/8</c>) or a single address.</summary>
    public static bool TryParseNetwork(string? value, out NetworkRange network, out string error)
    {
        network = default;
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            error = "This network is empty. Write it in CIDR form such as 10.0.0.0/8 or remove the line.";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        var isV6 = addressText.Contains(':', StringComparison.Ordinal);
        UInt128 address;
        if (isV6)
        {
            if (!NetworkRange.TryParseV6(addressText, out address))
            {
                error = $"'{addressText}' is not a valid IPv6 address. Write a network such as fd00:1234::/48.";
                return false;
            }
        }
        else if (NetworkRange.TryParseV4(addressText, out var v4))
        {
            address = v4;
        }
        else
        {
            error = $"'{addressText}' is not a valid IPv4 address: write four numbers from 0 to 255 separated by dots, without leading zeros, for example 10.0.0.0/8.";
            return false;
        }

        var bits = isV6 ? 128 : 32;
        var prefix = bits;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bits))
        {
            error = $"'{text}' has an invalid prefix length: after the / write a number from 1 to {bits}.";
            return false;
        }

        if (prefix == 0)
        {
            error = $"'{text}' covers every address there is, so every address would count as internal. Use your own networks, for example 10.0.0.0/8.";
            return false;
        }

        network = new NetworkRange(isV6, address, prefix);
        var start = address & network.Mask;
        if (start != address)
        {
            var fixedNetwork = new NetworkRange(isV6, start, prefix);
            error = $"'{text}' is not the start of a /{prefix} network. Did you mean {fixedNetwork}? (Or use a longer prefix for a smaller network.)";
            network = default;
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>Compiles a custom rule's pattern so that it runs in linear time on any input.</summary>
    public static Regex? TryCompilePattern(string pattern, out string error)
    {
        try
        {
            error = string.Empty;
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException e)
        {
            // .NET names the construct in quotes: "… expressions containing: 'backreference (\ number)'."
            var open = e.Message.IndexOf('\'', StringComparison.Ordinal);
            var close = e.Message.LastIndexOf('\'');
            var what = open >= 0 && close > open + 1 ? e.Message[(open + 1)..close] : "a construct";
            error = $"The pattern uses {what}, which cannot run in guaranteed linear time. Herald runs policy patterns that way so that no post can make a check hang; rewrite the pattern without it (lookarounds, backreferences, atomic groups and conditionals are not available).";
            return null;
        }
        catch (RegexParseException e)
        {
            error = $"The pattern is not a valid regular expression: {Describe(e)} (at character {e.Offset} of the pattern).";
            return null;
        }
        catch (ArgumentException e)
        {
            error = $"The pattern is not a valid regular expression: {e.Message}";
            return null;
        }
    }

    private static string Describe(RegexParseException e) => e.Error switch
    {
        RegexParseError.InsufficientClosingParentheses => "a '(' is never closed",
        RegexParseError.InsufficientOpeningParentheses => "there is a ')' without a matching '('",
        RegexParseError.UnterminatedBracket => "a '[' is never closed",
        RegexParseError.ReversedCharacterRange => "a range such as [z-a] is written backwards",
        RegexParseError.ReversedQuantifierRange => "a repetition such as {5,2} has its larger number first",
        RegexParseError.QuantifierAfterNothing => "a *, + or ? has nothing before it to repeat",
        RegexParseError.NestedQuantifiersNotParenthesized => "two repetition signs follow each other; wrap the first part in ( ) to repeat it",
        RegexParseError.UnescapedEndingBackslash => "it ends with a single backslash",
        RegexParseError.UnrecognizedEscape => "it contains an unknown escape such as \\q",
        _ => e.Message[(e.Message.LastIndexOf(". ", StringComparison.Ordinal) + 2)..].TrimEnd('.'),
    };

    private static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static string SuggestDomain(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var end = rest.IndexOfAny(['/', ':', '?', '#']);
        var host = end < 0 ? rest : rest[..end];
        return host.Length > 0 ? host : "corp.example.de";
    }
}
