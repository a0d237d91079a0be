using System.Buffers;
using Herald.Guard.Detection;
using Herald.Guard.Policy;

namespace Herald.Guard.Confidential;

/// <summary>
/// Finds internal host names, URLs and IP addresses. With a policy: hosts below an internal domain and
/// addresses inside an internal network are blocked. Hosts under private top-level domains (.local, .internal …)
/// get a warning: such a name is usually the author's own organisation's. Private, unique-local and link-local
/// addresses get a warning while the policy names no internal networks (the Guard cannot tell the company's from
/// others'); once it does, those outside them are home routers, hotspots and labs and only get a hint.
/// Public domains, documentation domains and ranges, and public addresses are never flagged.
/// </summary>
/// <remarks>
/// The scan jumps from one '.' or ':' to the next (vectorised) and looks only at the run of host
/// characters around it, so ordinary prose costs little more than the search. Host names are matched in
/// their ASCII form; a host written with non-ASCII letters is checked from its first ASCII label on.
/// A dotted quad after a word such as "version" or "build" is a version number, not an address.
/// </remarks>
internal sealed partial class NetworkDetector : IDetector
{
    /// <summary>How far back from a host the scan looks for a URL's scheme and user name ("https://user@").</summary>
    private const int MaxUrlPrefix = 256;

    private static readonly SearchValues<char> DotOrColon = SearchValues.Create(".:");

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _internalDomains;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _publicDomains;
    private readonly NetworkRange[] _internalNetworks;

    // Top-level labels under which a host can be flagged at all (those of internal domains and the private
    // suffixes): a host under any other is dismissed after one lookup.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _flaggableTopLevels;

    public NetworkDetector(OrganizationPolicy organization)
    {
        _internalDomains = DomainSet(organization.InternalDomains);
        _publicDomains = DomainSet(organization.PublicDomains);
        _flaggableTopLevels = new HashSet<string>(
            _internalDomains.Set.Concat(PrivateSuffixes).Select(d => d[(d.LastIndexOf('.') + 1)..]),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _internalNetworks = [.. organization.InternalNetworks.Select(ParseNetwork)];
    }

    public void Detect(ScanContext context)
    {
        var text = context.Text.AsSpan();
        var position = 0;
        while (position < text.Length)
        {
            var found = text[position..].IndexOfAny(DotOrColon);
            if (found < 0)
            {
                return;
            }

            var at = position + found;
            position = text[at] == '.' ? CheckDottedRun(context, at) : CheckColonRun(context, at);
        }
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainSet(IEnumerable<string> domains)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var domain in domains)
        {
            if (!PolicyValues.TryNormalizeDomain(domain, out var normalized, out var error))
            {
                throw new ArgumentException(error, nameof(domains));
            }

            set.Add(normalized);
        }

        return set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static NetworkRange ParseNetwork(string network) =>
        PolicyValues.TryParseNetwork(network, out var range, out var error) ? range : throw new ArgumentException(error, nameof(network));

    /// <summary>The span to report: the whole URL when the host is part of one, else the host (and port or prefix).</summary>
    private static (int Start, int End, bool IsUrl) Extend(ReadOnlySpan<char> text, int start, int end)
    {
        var tokenStart = start;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1]) && text[tokenStart - 1] is not ('(' or '<' or '"' or '[' or '\'') && start - tokenStart < MaxUrlPrefix)
        {
            tokenStart--;
        }

        var scheme = text[tokenStart..start].IndexOf("://", StringComparison.Ordinal);
        var hasPath = end < text.Length && text[end] is '/' or '?' or '#' && (end + 1 >= text.Length || !char.IsWhiteSpace(text[end + 1]));
        if (scheme <= 0 && !hasPath)
        {
            return (start, end, false);
        }

        var urlStart = start;
        if (scheme > 0)
        {
            // The URL starts with its scheme, even when a word is glued to it ("Link:https://…").
            urlStart = tokenStart + scheme;
            while (urlStart > tokenStart && char.IsAsciiLetter(text[urlStart - 1]))
            {
                urlStart--;
            }
        }

        var urlEnd = end;
        while (urlEnd < text.Length && !char.IsWhiteSpace(text[urlEnd]) && text[urlEnd] is not ('<' or '>' or '"'))
        {
            urlEnd++;
        }

        // Sentence punctuation after a link is not part of it; a closing parenthesis only when unbalanced.
        while (urlEnd > end && (text[urlEnd - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}'
            || (text[urlEnd - 1] == ')' && text[urlStart..urlEnd].Count('(') < text[urlStart..urlEnd].Count(')'))))
        {
            urlEnd--;
        }

        return (urlStart, urlEnd, true);
    }
}
