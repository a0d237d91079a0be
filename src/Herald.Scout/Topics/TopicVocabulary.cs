using System.Text;
using Herald.Scout.Input;

namespace Herald.Scout;

/// <summary>
/// The words that show expertise in a topic, in German and English. A term matches at the start of a word, after
/// case, punctuation and umlauts are normalised ("IT-Sicherheit" = "it sicherheit", "Verschlüsselung" = "Verschluesselung").
/// Terms of up to four characters (SOC, CISO, IAM) must match a whole word, so that "SOC" does not match "Social Media";
/// longer terms may begin a longer word, as German compounds do ("Datenschutz" in "Datenschutzbeauftragte").
/// Immutable and thread-safe.
/// </summary>
public sealed class TopicVocabulary
{
    // Bare "Awareness" is left out on purpose: marketing titles say "brand awareness". Data protection terms are in
    // because privacy is part of what the programme's experts talk about.
    private static readonly string[] CyberSecurityTerms =
    [
        "Information Security", "Informationssicherheit", "IT Security", "IT-Sicherheit", "Cyber Security", "Cybersecurity",
        "Cybersicherheit", "Cyber-Sicherheit", "Security", "InfoSec", "Sicherheitsbeauftragte", "ISB", "CISO", "ISMS",
        "ISO 27001", "ISO/IEC 27001", "IT-Grundschutz", "BSI", "TISAX", "NIS2", "KRITIS",
        "Incident Response", "Incident Handling", "Sicherheitsvorfall", "Notfallmanagement", "Forensics", "Forensik",
        "CERT", "CSIRT", "SOC", "SIEM", "Threat Intelligence", "Threat Hunting", "Bedrohungsanalyse", "Angriffserkennung",
        "Pentest", "Penetration Testing", "Penetrationstest", "Red Team", "Blue Team", "Ethical Hacking", "Bug Bounty",
        "Vulnerability Management", "Schwachstellenmanagement", "Schwachstellen", "OWASP", "AppSec", "DevSecOps",
        "Application Security", "Cloud Security", "Network Security", "Netzwerksicherheit", "Firewall", "Zero Trust",
        "Identity and Access Management", "IAM", "Zugriffsmanagement", "Malware", "Schadsoftware", "Ransomware",
        "Security Awareness", "Sicherheitsbewusstsein", "Awareness-Schulung", "Awareness Training", "Phishing", "Social Engineering",
        "Cryptography", "Kryptographie", "Kryptografie", "Encryption", "Verschlüsselung", "PKI",
        "Datenschutz", "Data Protection", "Privacy", "DSGVO", "GDPR",
    ];

    // Terms are found by their first characters at each word start, so matching costs a few lookups per word
    // instead of one substring search per term: 100,000 titles and skill lists take milliseconds.
    private const int PrefixLength = 3;

    private readonly Term[] _terms;
    private readonly Dictionary<string, Term[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;

    private TopicVocabulary(Term[] terms)
    {
        _terms = terms;
        var byPrefix = terms
            .GroupBy(t => t.Normalized[..Math.Min(PrefixLength, t.Normalized.Length)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byPrefix = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The default topic: cyber-security, information security and data protection, German and English.</summary>
    public static TopicVocabulary CyberSecurity { get; } = Create(CyberSecurityTerms);

    /// <summary>The terms as given (duplicates after normalisation removed).</summary>
    public IReadOnlyList<string> Terms => [.. _terms.Select(t => t.Display)];

    /// <summary>A vocabulary from terms; terms without a letter or digit are ignored.</summary>
    /// <exception cref="ArgumentException">No term has a letter or digit.</exception>
    public static TopicVocabulary Create(IEnumerable<string> terms) =>
        TryCreate(terms) ?? throw new ArgumentException("The vocabulary needs at least one term with a letter or digit.", nameof(terms));

    /// <summary>A vocabulary from terms, or null when no term has a letter or digit.</summary>
    public static TopicVocabulary? TryCreate(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Term>();
        foreach (var display in terms)
        {
            var normalized = Normalize(display ?? string.Empty);
            if (normalized.Length > 0 && seen.Add(normalized))
            {
                list.Add(new Term(display!.Trim(), normalized, WholeWord: normalized.Length <= 4));
            }
        }

        return list.Count > 0 ? new TopicVocabulary([.. list]) : null;
    }

    /// <summary>
    /// Reads a vocabulary file: UTF-8 text, one term per line; blank lines and lines starting with <c>#</c> are ignored.
    /// Returns null and the problems (with line numbers) when the file cannot be used.
    /// </summary>
    public static TopicVocabulary? Load(string path, out IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<InputProblem>();
        problems = errors;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (FileNotFoundException)
        {
            errors.Add(new InputProblem(path, 0, InputTexts.FileNotFound));
            return null;
        }
        catch (Exception ex) when (ex is DecoderFallbackException or IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputProblem(path, 0, ex is DecoderFallbackException ? InputTexts.NotUtf8Text : InputTexts.Unreadable(ex.Message)));
            return null;
        }

        var terms = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Normalize(line).Length == 0)
            {
                errors.Add(new InputProblem(path, i + 1, InputTexts.TermWithoutLetter(line)));
                continue;
            }

            terms.Add(line);
        }

        if (errors.Count == 0 && terms.Count == 0)
        {
            errors.Add(new InputProblem(path, 0, InputTexts.NoTerms));
        }

        return errors.Count == 0 ? Create(terms) : null;
    }

    /// <summary>The terms found in a text (title or skill), longest first where matches overlap.</summary>
    internal IReadOnlyList<string> Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalized = " " + Normalize(text) + " ";
        List<(int Start, int End, string Display)>? found = null;
        for (var at = 1; at < normalized.Length - 1; at++)
        {
            if (normalized[at - 1] != ' ')
            {
                continue;
            }

            for (var length = Math.Min(PrefixLength, normalized.Length - 1 - at); length > 0; length--)
            {
                if (!_byPrefix.TryGetValue(normalized.AsSpan(at, length), out var candidates))
                {
                    continue;
                }

                foreach (var term in candidates)
                {
                    var end = at + term.Normalized.Length;
                    if (end < normalized.Length
                        && normalized.AsSpan(at).StartsWith(term.Normalized, StringComparison.Ordinal)
                        && (!term.WholeWord || normalized[end] == ' ')
                        && (found is null || !found.Exists(f => f.Display == term.Display)))
                    {
                        found ??= [];
                        found.Add((at, end, term.Display));
                    }
                }
            }
        }

        if (found is null)
        {
            return [];
        }

        // "IT Security" also contains "Security": count the longer term only.
        found.Sort((a, b) => (b.End - b.Start).CompareTo(a.End - a.Start));
        var kept = new List<(int Start, int End, string Display)>();
        foreach (var match in found)
        {
            if (!kept.Any(k => match.Start < k.End && k.Start < match.End))
            {
                kept.Add(match);
            }
        }

        return [.. kept.OrderBy(k => k.Start).Select(k => k.Display)];
    }

    /// <summary>Lower case, umlauts and ß spelled out, every run of other characters one space.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var space = true;
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var replacement = lower switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => null,
            };
            if (replacement is not null)
            {
                builder.Append(replacement);
                space = false;
            }
            else if (char.IsLetterOrDigit(lower))
            {
                builder.Append(lower);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        if (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    private sealed record Term(string Display, string Normalized, bool WholeWord);
}
