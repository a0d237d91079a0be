namespace Herald.Guard.Policy;

/// <summary>
/// An organisation's sharing policy: what must not leave the company. Usually loaded from YAML with
/// <c>PolicyLoader</c>; immutable.
/// </summary>
public sealed record GuardPolicy
{
    /// <summary>An empty policy: only the built-in checks apply.</summary>
    public static GuardPolicy Empty { get; } = new();

    /// <summary>Who the organisation is and which domains and networks are its own.</summary>
    public OrganizationPolicy Organization { get; init; } = new();

    /// <summary>Code names and other terms that must not be named in public (<c>block</c>).</summary>
    public IReadOnlyList<ConfidentialTerm> ConfidentialTerms { get; init; } = [];

    /// <summary>Customers whose names are under NDA (<c>block</c>).</summary>
    public IReadOnlyList<string> CustomersUnderNda { get; init; } = [];

    /// <summary>People who did not consent to be named (<c>warn</c>).</summary>
    public IReadOnlyList<string> PeopleWithoutConsent { get; init; } = [];

    /// <summary>Exact strings that are never flagged, whatever rule would match them.</summary>
    public IReadOnlyList<string> Allow { get; init; } = [];

    /// <summary>Periods in which statements about certain topics count as inside information.</summary>
    public IReadOnlyList<QuietPeriod> QuietPeriods { get; init; } = [];

    /// <summary>The organisation's own regular-expression rules.</summary>
    public IReadOnlyList<CustomRule> Rules { get; init; } = [];
}

/// <summary>The organisation and its own domains and networks.</summary>
public sealed record OrganizationPolicy
{
    /// <summary>The organisation's name, used in messages.</summary>
    public string? Name { get; init; }

    /// <summary>Domains that are public and never confidential, e.g. the company website.</summary>
    public IReadOnlyList<string> PublicDomains { get; init; } = [];

    /// <summary>Internal domains: a host name or URL below one of them is confidential.</summary>
    public IReadOnlyList<string> InternalDomains { get; init; } = [];

    /// <summary>Internal networks in CIDR notation (IPv4 or IPv6).</summary>
    public IReadOnlyList<string> InternalNetworks { get; init; } = [];
}

/// <summary>A confidential term, with an optional note shown in the finding's message.</summary>
/// <param name="Term">The term as written, e.g. <c>Projekt Falke</c>.</param>
/// <param name="Note">Why it is confidential, e.g. <c>Übernahmeprojekt</c>; may be null.</param>
/// <param name="OnlyAsName">
/// For a code name that is also an ordinary word ("Polarlicht", "Nebelhorn"): it counts only where it is written as a
/// name — in capitals, next to a project word ("Projekt Polarlicht", "Polarlicht-Rollout", "#TeamPolarlicht"), glued to a
/// number ("#polarlicht2027"), or capitalised in the middle of an English sentence without an article ("we launched
/// Polarlicht"). Policy YAML: <c>match: name</c>.
/// </param>
public sealed record ConfidentialTerm(string Term, string? Note = null, bool OnlyAsName = false);

/// <summary>A quiet period: from <see cref="From"/> to <see cref="To"/> inclusive, statements about <see cref="Topics"/> are inside information.</summary>
public sealed record QuietPeriod
{
    /// <summary>First day of the period.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day of the period (inclusive).</summary>
    public required DateOnly To { get; init; }

    /// <summary>Topics that must not be discussed, e.g. <c>Umsatz</c>, <c>earnings</c>.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>Whether <paramref name="date"/> falls inside the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>An organisation's own regular-expression rule.</summary>
public sealed record CustomRule
{
    /// <summary>A stable id, shown with each finding.</summary>
    public required string Id { get; init; }

    /// <summary>A .NET regular expression without the constructs that need backtracking; it runs in linear time.</summary>
    public required string Pattern { get; init; }

    /// <summary>How much a match matters.</summary>
    public Severity Severity { get; init; } = Severity.Warn;

    /// <summary>Why it matters, shown with each finding (the policy's own words, used for both languages).</summary>
    public string? Message { get; init; }
}
