using System.Buffers;
using Herald.Guard.Detection;

namespace Herald.Guard.Confidential;

internal sealed partial class NetworkDetector
{
    private static readonly SearchValues<char> DigitsAndDots = SearchValues.Create(".0123456789");

    // Reserved for documentation (RFC 2606, RFC 6761): never a real host of anyone.
    private static readonly string[] DocumentationDomains = ["example.com", "example.org", "example.net", "example", "test", "invalid", "localhost"];

    // Top-level names used inside networks but never delegated on the Internet (RFC 6762, RFC 8375 and common practice).
    private static readonly string[] PrivateSuffixes = ["local", "internal", "intranet", "lan", "corp", "home.arpa"];

    /// <summary>Checks the run of host characters around a '.'; returns where the scan continues.</summary>
    private int CheckDottedRun(ScanContext context, int dot)
    {
        var text = context.Text.AsSpan();
        var start = dot;
        while (start > 0 && IsHostChar(text[start - 1]))
        {
            start--;
        }

        var end = dot + 1;
        while (end < text.Length && IsHostChar(text[end]))
        {
            end++;
        }

        // Scanning continues after the whole run (and after a reported URL), so no character is looked at
        // twice however many dots a long run has.
        var runEnd = end;

        // A leading dot makes it a file name (".env.local"), not a host.
        var startsWithDot = text[start] == '.';
        while (start < end && text[start] is '.' or '-' or '_')
        {
            start++;
        }

        while (end > start && text[end - 1] is '.' or '-' or '_')
        {
            end--;
        }

        var run = text[start..end];
        if (run.IndexOf('.') < 0 || startsWithDot)
        {
            return runEnd;
        }

        var reportedEnd = run.ContainsAnyExcept(DigitsAndDots) ? CheckHost(context, start, end) : CheckIPv4(context, start, end);
        return Math.Max(runEnd, reportedEnd);
    }

    /// <summary>Reports the host (or the URL around it) if it is internal; returns the end of the finding, or 0.</summary>
    private int CheckHost(ScanContext context, int start, int end)
    {
        var text = context.Text.AsSpan();
        var host = text[start..end];
        if (!_flaggableTopLevels.Contains(host[(host.LastIndexOf('.') + 1)..]) || !IsHostName(host))
        {
            return 0;
        }

        RuleInfo? rule = null;
        for (var suffix = host; ; suffix = suffix[(suffix.IndexOf('.') + 1)..])
        {
            if (_internalDomains.Contains(suffix))
            {
                rule = NetworkRules.PolicyHost;
                break;
            }

            if (_publicDomains.Contains(suffix))
            {
                return 0;
            }

            if (suffix.IndexOf('.') < 0)
            {
                break;
            }
        }

        if (rule is null)
        {
            if (EndsWithAny(host, DocumentationDomains) || !EndsWithAny(host, PrivateSuffixes))
            {
                return 0;
            }

            rule = NetworkRules.PrivateHost;
        }

        var (from, to, isUrl) = Extend(text, start, end);
        if (isUrl)
        {
            rule = rule == NetworkRules.PolicyHost ? NetworkRules.PolicyUrl : NetworkRules.PrivateUrl;
        }

        context.Report(from, to - from, rule);
        return to;
    }

    /// <summary>At least two labels of letters, digits, '-' and '_', none empty, and a top-level label that is not a number.</summary>
    private static bool IsHostName(ReadOnlySpan<char> host)
    {
        var labels = 0;
        var lastLabelHasLetter = false;
        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            if (label.IsEmpty || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            labels++;
            lastLabelHasLetter = label.ContainsAnyInRange('a', 'z') || label.ContainsAnyInRange('A', 'Z');
        }

        return labels >= 2 && lastLabelHasLetter;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> host, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && (host.Length == suffix.Length || host[host.Length - suffix.Length - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHostChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
}
