using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Patterns;

/// <summary>
/// A regular-expression rule, built in or imported (gitleaks) or from the policy. Semantics follow
/// gitleaks: the rule runs only when one of its <see cref="Keywords"/> occurs (case-insensitive) or it has none;
/// the secret is <see cref="SecretGroup"/> or else the first non-empty capture group or else the whole match;
/// it must have Shannon entropy above <see cref="MinEntropy"/> when that is set; allowlists can drop it.
/// </summary>
internal sealed record PatternRule
{
    public required RuleInfo Info { get; init; }

    private readonly BoundedRegex? _regex;

    /// <summary>The pattern; null for a rule that only matches file paths.</summary>
    public required BoundedRegex? Regex
    {
        get => _regex;
        init
        {
            _regex = value;
            HasGroups = value is { GroupCount: > 0 };
        }
    }

    /// <summary>Whether the pattern has capture groups (then the secret may be a group, not the whole match).</summary>
    public bool HasGroups { get; private init; }

    /// <summary>
    /// Whether the pattern's one capture group is the whole match (<see cref="PatternShape.GroupIsWholeMatch"/>): matches are
    /// then found without computing captures, with the same result.
    /// </summary>
    public bool GroupIsWholeMatch { get; init; }

    /// <summary>Whether the rule only matches file paths.</summary>
    public bool IsPathOnly => _regex is null;

    /// <summary>Lower-case keywords; empty means the rule always runs.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>1-based capture group holding the secret, or 0 for "first non-empty group, else whole match".</summary>
    public int SecretGroup { get; init; }

    /// <summary>Minimum Shannon entropy (bits per byte) the secret must exceed; 0 for none.</summary>
    public double MinEntropy { get; init; }

    /// <summary>When set, the rule applies only to drafts whose path matches.</summary>
    public BoundedRegex? PathRegex { get; init; }

    /// <summary>Matches dropped when any allowlist says so.</summary>
    public IReadOnlyList<PatternAllowlist> Allowlists { get; init; } = [];

    /// <summary>An extra check on the secret (placeholder, checksum); false drops the match.</summary>
    public Func<string, bool>? Accept { get; init; }

    /// <summary>
    /// A catch-all rule (a secret in any assignment, say). It runs after the specific rules and stays quiet where one of
    /// them already found something, so the finding names the most specific kind of secret.
    /// </summary>
    public bool Generic { get; init; }

    /// <summary>
    /// When true, the rule only looks at lines that contain one of its keywords (its pattern never spans lines).
    /// Patterns without a literal start, such as "a secret word followed by a value", stay cheap on long drafts that way.
    /// </summary>
    public bool LineScoped { get; init; }

    /// <summary>
    /// For a <see cref="LineScoped"/> rule, a cheap pattern that every line holding a match also matches (typically the secret
    /// word right before the assignment, which the full pattern requires). Lines without it are skipped: prose that merely
    /// mentions a password or a token never reaches the expensive pattern.
    /// </summary>
    public BoundedRegex? LineFilter { get; init; }

    /// <summary>When true, the finding covers only the secret; when false, the whole match.</summary>
    public bool ReportSecretOnly { get; init; } = true;
}

/// <summary>What an allowlist regex is tested against.</summary>
internal enum AllowlistTarget
{
    Secret,
    Match,
    Line,
}

/// <summary>A gitleaks-style allowlist: with <see cref="RequireAll"/> every configured check must hold, else any one.</summary>
internal sealed record PatternAllowlist
{
    public bool RequireAll { get; init; }

    public IReadOnlyList<BoundedRegex> Regexes { get; init; } = [];

    public AllowlistTarget RegexTarget { get; init; } = AllowlistTarget.Secret;

    /// <summary>Lower-case words; the match is allowed when the secret contains one.</summary>
    public IReadOnlyList<string> StopWords { get; init; } = [];

    public IReadOnlyList<BoundedRegex> Paths { get; init; } = [];

    public bool IsEmpty => !HasRegexes && StopWords.Count == 0 && Paths.Count == 0;

    /// <summary>Whether <see cref="Allows"/> looks at the line at all; most allowlists test only the secret.</summary>
    public bool NeedsLine => RegexTarget == AllowlistTarget.Line && HasRegexes;

    private bool HasRegexes => Regexes.Count > 0;

    public bool Allows(string secret, string match, string line, string? path)
    {
        if (IsEmpty)
        {
            return false;
        }

        var checks = 0;
        var passed = 0;
        if (Paths.Count > 0)
        {
            checks++;
            if (path is not null && Paths.Any(p => p.IsMatch(path)))
            {
                passed++;
            }
        }

        if (HasRegexes)
        {
            checks++;
            var target = RegexTarget switch
            {
                AllowlistTarget.Match => match,
                AllowlistTarget.Line => line,
                _ => secret,
            };
            if (Regexes.Any(r => r.IsMatch(target)))
            {
                passed++;
            }
        }

        if (StopWords.Count > 0)
        {
            checks++;
            var lower = secret.ToLowerInvariant();
            if (StopWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
            {
                passed++;
            }
        }

        return RequireAll ? passed == checks : passed > 0;
    }
}
