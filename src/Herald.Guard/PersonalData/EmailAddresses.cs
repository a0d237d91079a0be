using System.Buffers;
using Herald.Guard.Detection;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Finds e-mail addresses by their '@' (a vectorised search, so drafts without one cost almost
/// nothing) and grows each hit into a pragmatic RFC 5321 address: a dot-atom local part and a
/// domain of at least two labels with an alphabetic or punycode top-level label. Role addresses
/// and documentation domains are public by design, placeholders and masked addresses belong to no
/// one, the author's own address is theirs to share (<see cref="AuthorsOwnAddress"/>), and handles, file names and URL
/// credentials are not mailboxes: none of them is reported.
/// </summary>
internal static class EmailAddresses
{
    // RFC 5321 limits; longer runs are not addresses but something else glued together.
    private const int MaxLocalLength = 64;
    private const int MaxDomainLength = 253;

    // How far back to look for "://" that makes the '@' part of a URL's user information.
    private const int MaxUrlPrefix = 256;

    // Addresses of a function rather than a person: published so that people write to them
    // (and git@, the account of every SSH remote such as git@github.com:org/repo.git).
    private static readonly HashSet<string> RoleLocalParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "info", "kontakt", "contact", "presse", "press", "media", "medien", "pr", "support", "help", "hilfe",
        "security", "sicherheit", "cert", "csirt", "psirt", "soc", "abuse", "datenschutz", "privacy", "dpo", "dsb",
        "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "service", "kundenservice", "customerservice",
        "jobs", "job", "karriere", "career", "careers", "recruiting", "bewerbung", "bewerbungen", "hr", "personal",
        "hello", "hallo", "hi", "office", "buero", "team", "sales", "vertrieb", "marketing", "events", "event",
        "newsletter", "feedback", "webmaster", "postmaster", "hostmaster", "admin", "mail", "post", "poststelle",
        "zentrale", "empfang", "reception", "billing", "rechnung", "rechnungen", "invoice", "invoices", "buchhaltung",
        "accounting", "legal", "recht", "compliance", "ir", "investor-relations", "investorrelations", "kommunikation",
        "communications", "social", "socialmedia", "academy", "training", "impressum", "redaktion", "editor", "editorial",
        "git", "phishing", "meldestelle", "meldung", "report", "reports", "reporting", "spam", "fraud", "betrug", "incident", "incidents",
        "vulnerability", "vulnerabilities", "disclosure", "responsible-disclosure", "bugbounty", "bug-bounty", "cybercrime", "infosec",
        "hinweis", "hinweise", "hinweisgeber", "whistleblower", "whistleblowing", "ombudsperson", "ombudsmann", "ethics", "integrity",
        "notfall", "emergency", "helpdesk", "servicedesk", "it-support", "kundendienst", "anfrage", "anfragen", "order", "orders",
        "bestellung", "shop", "verkauf", "einkauf", "purchasing", "spenden", "donate", "donations", "beschwerde", "complaints", "isac", "noc",
        "pressestelle", "mailer-daemon", "bounce", "bounces", "notifications", "alerts", "unsubscribe", "abmelden",
    };

    // Parts that join role words into one role address ("security-team", "it.support", "cert-de").
    private static readonly HashSet<string> RoleJoiners = new(StringComparer.OrdinalIgnoreCase) { "it", "team", "de", "en", "eu", "int", "bund", "center", "centre", "desk" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleJoinerLookup =
        RoleJoiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup =
        RoleLocalParts.GetAlternateLookup<ReadOnlySpan<char>>();

    // Placeholders people write when they explain an address scheme ("vorname.nachname@firma.de"):
    // no one's address.
    private static readonly HashSet<string> PlaceholderLocalParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "vorname.nachname", "vorname_nachname", "vorname-nachname", "vorname", "nachname", "v.nachname",
        "firstname.lastname", "firstname_lastname", "firstname-lastname", "first.last", "firstname", "lastname",
        "f.lastname", "name", "yourname", "your.name", "deinname", "dein.name", "ihrname", "ihr.name",
        "max.mustermann", "maxmustermann", "m.mustermann", "erika.mustermann", "mustermann", "john.doe", "jane.doe",
        "johndoe", "janedoe", "beispiel", "example", "someone", "jemand", "xyz",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceholderLookup =
        PlaceholderLocalParts.GetAlternateLookup<ReadOnlySpan<char>>();

    // RFC 2606 / RFC 6761 names reserved for documentation and testing, plus example.de (used in German docs).
    private static readonly string[] DocumentationDomains = ["example.com", "example.org", "example.net", "example.de"];
    private static readonly string[] DocumentationTopLevels = ["example", "test", "invalid", "localhost"];

    // "icon@2x.png" is a file name (retina image sizes), not an address: no top-level domain is a file type.
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "pdf", "js", "css", "html", "htm", "json", "txt",
    };

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensionLookup =
        FileExtensions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public static void Detect(ScanContext context)
    {
        var text = context.Text.AsSpan();
        var position = 0;
        (string, string)[]? authors = null;
        while (position < text.Length)
        {
            var found = text[position..].IndexOf('@');
            if (found < 0)
            {
                return;
            }

            var at = position + found;
            position = at + 1;
            if (TryMatch(text, at, out var start, out var end) && IsPersonal(text[start..at], text[(at + 1)..end])
                && !AuthorsOwnAddress.Is(authors ??= AuthorsOwnAddress.Names(context.Text), text[start..at]))
            {
                context.Report(start, end - start, PersonalDataRules.Email);
                position = end;
            }
        }
    }

    private static bool TryMatch(ReadOnlySpan<char> text, int at, out int start, out int end)
    {
        start = at;
        end = at;
        while (start > 0 && IsLocalChar(text[start - 1]))
        {
            start--;
        }

        while (start < at && text[start] == '.')
        {
            start++;
        }

        if (start == at || at - start > MaxLocalLength || text[at - 1] == '.' || IsHandleMaskOrUrl(text, start))
        {
            return false;
        }

        var labels = 0;
        var labelStart = at + 1;
        var position = labelStart;
        while (true)
        {
            while (position < text.Length && IsLabelChar(text[position]))
            {
                position++;
            }

            var label = text[labelStart..position];
            if (label.IsEmpty || label[0] == '-' || label[^1] == '-')
            {
                break;
            }

            labels++;
            end = position;
            if (position + 1 < text.Length && text[position] == '.' && IsLabelChar(text[position + 1]))
            {
                position++;
                labelStart = position;
                continue;
            }

            break;
        }

        if (labels < 2 || end - at - 1 > MaxDomainLength)
        {
            return false;
        }

        var topLevel = text[(text[..end].LastIndexOf('.') + 1)..end];
        return topLevel.StartsWith("xn--", StringComparison.OrdinalIgnoreCase)
            || (topLevel.Length >= 2 && !topLevel.ContainsAnyExcept(AsciiLetters) && !FileExtensionLookup.Contains(topLevel));
    }

    // A second '@' right before the local part is a fediverse handle (@name@instance.social): a
    // public profile, like a LinkedIn handle. A '*', '•' or '…' there means the address is already
    // masked (j***n@…). After "scheme://" the '@' separates a URL's user information from its host
    // (postgres://user:password@host): a credential, which the secret rules judge.
    private static bool IsHandleMaskOrUrl(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        if (text[start - 1] is '@' or '*' or '•' or '…')
        {
            return true;
        }

        var before = text[Math.Max(0, start - MaxUrlPrefix)..start];
        var tokenStart = before.LastIndexOfAny(' ', '\n', '\t') + 1;
        return before[tokenStart..].Contains("://", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether an address with these parts belongs to a person: not a role address (<c>security@</c>, <c>abuse@</c>,
    /// <c>security-team@</c>), a placeholder or a documentation domain.
    /// </summary>
    internal static bool IsPersonal(ReadOnlySpan<char> local, ReadOnlySpan<char> domain)
    {
        if (RoleLookup.Contains(local) || PlaceholderLookup.Contains(local) || IsCompoundRole(local))
        {
            return false;
        }

        foreach (var reserved in DocumentationDomains)
        {
            if (domain.Equals(reserved, StringComparison.OrdinalIgnoreCase) || IsSubdomainOf(domain, reserved))
            {
                return false;
            }
        }

        foreach (var topLevel in DocumentationTopLevels)
        {
            if (IsSubdomainOf(domain, topLevel))
            {
                return false;
            }
        }

        return true;
    }

    // "security-team", "it.support", "cert-bund": every part a role word or a joiner, and at least one role word.
    private static bool IsCompoundRole(ReadOnlySpan<char> local)
    {
        var roles = 0;
        foreach (var range in local.SplitAny(".-_"))
        {
            var part = local[range];
            if (RoleLookup.Contains(part))
            {
                roles++;
            }
            else if (!RoleJoinerLookup.Contains(part))
            {
                return false;
            }
        }

        return roles > 0;
    }

    private static bool IsSubdomainOf(ReadOnlySpan<char> domain, string parent) =>
        domain.Length > parent.Length + 1
        && domain.EndsWith(parent, StringComparison.OrdinalIgnoreCase)
        && domain[domain.Length - parent.Length - 1] == '.';

    internal static bool IsLocalChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' || (c > '\x7f' && char.IsLetterOrDigit(c));

    internal static bool IsLabelChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '-' || (c > '\x7f' && char.IsLetterOrDigit(c));
}
