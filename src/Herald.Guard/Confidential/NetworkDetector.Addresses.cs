using Herald.Guard.Detection;

namespace Herald.Guard.Confidential;

internal sealed partial class NetworkDetector
{
    private static readonly NetworkRange[] PrivateV4 =
    [
        NetworkRange.V4(10, 0, 0, 0, 8),
        NetworkRange.V4(172, 16, 0, 0, 12),
        NetworkRange.V4(192, 168, 0, 0, 16),
        NetworkRange.V4(169, 254, 0, 0, 16),
    ];

    private static readonly NetworkRange[] PrivateV6 =
    [
        NetworkRange.V6("fc00::", 7),
        NetworkRange.V6("fe80::", 10),
    ];

    // RFC 5737 and RFC 3849: addresses reserved for examples, never flagged unless the policy claims them.
    private static readonly NetworkRange[] DocumentationRanges =
    [
        NetworkRange.V4(192, 0, 2, 0, 24),
        NetworkRange.V4(198, 51, 100, 0, 24),
        NetworkRange.V4(203, 0, 113, 0, 24),
        NetworkRange.V6("2001:db8::", 32),
    ];

    // Every home router's address, printed on millions of devices and in every tutorial: not a company secret.
    private static readonly uint[] WellKnownRouters = [0xC0A80001, 0xC0A80101];

    // Words after which a dotted quad is a version number ("Version 10.0.0.1"), not an address.
    private static readonly string[] VersionWords = ["version", "ver", "v", "build", "release", "firmware", "update", "patch"];

    /// <summary>Longest IPv6 address written out with an embedded IPv4 part; longer runs are not addresses.</summary>
    private const int MaxIPv6Length = 45;

    /// <summary>Reports a dotted quad that is an internal or private address; returns the end of the finding, or 0.</summary>
    private int CheckIPv4(ScanContext context, int start, int end)
    {
        var text = context.Text.AsSpan();
        if (!NetworkRange.TryParseV4(text[start..end], out var address) || FollowsVersionWord(text, start))
        {
            return 0;
        }

        var (prefix, suffixEnd) = ReadSuffix(text, end, 32);
        return Report(context, start, end, suffixEnd, new NetworkRange(false, address, prefix), isV6: false);
    }

    /// <summary>Checks the run of IPv6 characters around a ':'; returns where the scan continues.</summary>
    private int CheckColonRun(ScanContext context, int colon)
    {
        var text = context.Text.AsSpan();
        var start = colon;
        while (start > 0 && IsV6Char(text[start - 1]))
        {
            start--;
        }

        var end = colon + 1;
        while (end < text.Length && IsV6Char(text[end]))
        {
            end++;
        }

        // Part of a longer word ("std::string").
        var runEnd = end;
        if ((start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsAsciiLetterOrDigit(text[end])))
        {
            return runEnd;
        }

        // A full stop after an address ends the sentence.
        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        var run = text[start..end];
        if (run.Count(':') < 2 || run.Length > MaxIPv6Length || !NetworkRange.TryParseV6(run, out var address))
        {
            return runEnd;
        }

        var (prefix, suffixEnd) = ReadSuffix(text, end, 128);

        // An IPv4 address written as IPv6 (::ffff:10.1.2.3) is judged as the IPv4 address it is.
        var isMapped = address >> 32 == 0xFFFF;
        var network = isMapped
            ? new NetworkRange(false, (uint)address, Math.Max(0, prefix - 96))
            : new NetworkRange(true, address, prefix);
        return Math.Max(Math.Max(runEnd, suffixEnd), Report(context, start, end, suffixEnd, network, isV6: !isMapped));
    }

    /// <summary>Reports an address (with its prefix or port, or the URL around it) by how internal it is; returns the end of the finding, or 0.</summary>
    private int Report(ScanContext context, int start, int end, int suffixEnd, NetworkRange network, bool isV6)
    {
        var privateBlocks = network.IsV6 ? PrivateV6 : PrivateV4;

        // A whole private block written as a network ("10.0.0.0/8") is textbook knowledge, not our layout.
        foreach (var block in privateBlocks)
        {
            if (block.PrefixLength >= network.PrefixLength && block.IsWithin(network))
            {
                return 0;
            }
        }

        var isInternal = ContainsAddress(_internalNetworks, network);
        RuleInfo rule;
        if (isInternal)
        {
            rule = isV6 ? NetworkRules.PolicyAddressV6 : NetworkRules.PolicyAddressV4;
        }
        else if (ContainsAddress(DocumentationRanges, network) || !ContainsAddress(privateBlocks, network)
            || (!network.IsV6 && Array.IndexOf(WellKnownRouters, (uint)network.Address) >= 0 && suffixEnd == end))
        {
            return 0;
        }
        else
        {
            rule = (_internalNetworks.Length > 0, isV6) switch
            {
                (true, false) => NetworkRules.OutsideAddressV4,
                (true, true) => NetworkRules.OutsideAddressV6,
                (false, false) => NetworkRules.PrivateAddressV4,
                _ => NetworkRules.PrivateAddressV6,
            };
        }

        var text = context.Text.AsSpan();
        var (from, to, isUrl) = Extend(text, start, suffixEnd);
        if (isUrl)
        {
            rule = (isInternal, _internalNetworks.Length > 0, isV6) switch
            {
                (true, _, false) => NetworkRules.PolicyUrlV4,
                (true, _, true) => NetworkRules.PolicyUrlV6,
                (false, true, false) => NetworkRules.OutsideUrlV4,
                (false, true, true) => NetworkRules.OutsideUrlV6,
                (false, false, false) => NetworkRules.PrivateUrlV4,
                _ => NetworkRules.PrivateUrlV6,
            };
        }

        context.Report(from, to - from, rule);
        return to;
    }

    private static bool ContainsAddress(NetworkRange[] networks, NetworkRange address)
    {
        foreach (var network in networks)
        {
            if (network.Contains(address.IsV6, address.Address))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A "/prefix" or ":port" right after an address: the prefix length (or the full length) and where the suffix ends.</summary>
    private static (int Prefix, int End) ReadSuffix(ReadOnlySpan<char> text, int end, int bits)
    {
        if (end + 1 >= text.Length || text[end] is not ('/' or ':') || !char.IsAsciiDigit(text[end + 1]))
        {
            return (bits, end);
        }

        var digitsEnd = end + 1;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]) && digitsEnd - end <= 5)
        {
            digitsEnd++;
        }

        if (text[end] == ':')
        {
            return (bits, digitsEnd);
        }

        return int.TryParse(text[(end + 1)..digitsEnd], out var prefix) && prefix <= bits ? (prefix, digitsEnd) : (bits, end);
    }

    private static bool FollowsVersionWord(ReadOnlySpan<char> text, int start)
    {
        var wordEnd = start;
        while (wordEnd > 0 && text[wordEnd - 1] is ' ' or '\t' or ':' or '\u00A0')
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsAsciiLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        foreach (var versionWord in VersionWords)
        {
            if (word.Equals(versionWord, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsV6Char(char c) => char.IsAsciiHexDigit(c) || c is ':' or '.';
}
