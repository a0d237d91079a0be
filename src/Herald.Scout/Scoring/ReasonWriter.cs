using System.Globalization;

namespace Herald.Scout.Scoring;

/// <summary>Turns a person's measures into up to three reasons in plain words, strongest contribution to the score first.</summary>
internal static class ReasonWriter
{
    // Three reasons fit in a table cell and are enough for a programme lead to judge a suggestion.
    private const int MaxReasons = 3;

    // "top 25 %" still means something to a reader; beyond that a bridge or broker reason says nothing useful.
    private const double NotableTopShare = 0.25;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static IReadOnlyList<Reason> Write(in Facts facts, ScoreWeights weights)
    {
        var candidates = new List<(double Contribution, Reason Reason)>();
        var expertise = weights.Expertise * facts.Expertise;
        var evidence = 2.0 * facts.TitleTerms.Count + facts.SkillTerms.Count;
        if (facts.TitleTerms.Count > 0)
        {
            var list = string.Join(", ", facts.TitleTerms);
            candidates.Add((expertise * 2 * facts.TitleTerms.Count / evidence, new Reason(ReasonKind.Title, new ScoutText($"title: {list}", $"Titel: {list}"))));
        }

        if (facts.SkillTerms.Count > 0)
        {
            var list = string.Join(", ", facts.SkillTerms);
            candidates.Add((expertise * facts.SkillTerms.Count / evidence, new Reason(ReasonKind.Skills, new ScoutText($"skills: {list}", $"Kenntnisse: {list}"))));
        }

        if (facts.DepartmentsReached >= 2 && facts.Participation > 0)
        {
            candidates.Add((weights.Participation * facts.Participation, new Reason(ReasonKind.Departments, new ScoutText(
                string.Create(English, $"connects {facts.DepartmentsReached:N0} departments"),
                string.Create(German, $"verbindet {facts.DepartmentsReached:N0} Abteilungen")))));
        }

        if (facts.BetweennessPercentile > 0 && facts.BetweennessTopShare <= NotableTopShare)
        {
            var top = Math.Max(1, Math.Ceiling(facts.BetweennessTopShare * 100));
            candidates.Add((weights.Betweenness * facts.BetweennessPercentile, new Reason(ReasonKind.Bridge, new ScoutText(
                string.Create(English, $"bridges colleagues who are otherwise far apart (top {top} %)"),
                string.Create(German, $"Brücke zwischen Kolleg:innen, die sonst weit voneinander entfernt sind (obere {top} %)")))));
        }

        if (facts.Degree > 0)
        {
            candidates.Add((weights.Degree * facts.DegreePercentile, new Reason(ReasonKind.Contacts, new ScoutText(
                facts.Degree == 1 ? "in touch with 1 colleague" : string.Create(English, $"in touch with {facts.Degree:N0} colleagues"),
                facts.Degree == 1 ? "im Austausch mit 1 Kolleg:in" : string.Create(German, $"im Austausch mit {facts.Degree:N0} Kolleg:innen")))));
        }

        if (facts.BrokeragePercentile > 0 && facts.BrokerageTopShare <= NotableTopShare)
        {
            candidates.Add((weights.Brokerage * facts.BrokeragePercentile, new Reason(ReasonKind.Brokerage, new ScoutText(
                "links colleagues who are not otherwise in touch",
                "bringt Kolleg:innen zusammen, die sonst keinen Kontakt haben"))));
        }

        if (facts.Signals.Count > 0)
        {
            var list = string.Join(", ", facts.Signals.Take(3));
            candidates.Add((weights.Visibility * facts.Visibility, new Reason(ReasonKind.Visibility, new ScoutText(
                $"already visible outside: {list}",
                $"schon nach außen sichtbar: {list}"))));
        }

        var reasons = new List<Reason>(MaxReasons + 1);
        if (facts.SelfNominated)
        {
            reasons.Add(new Reason(ReasonKind.SelfNominated, new ScoutText("nominated themselves", "hat sich selbst gemeldet")));
        }

        // Stable order on equal contributions: the order in which the reasons were listed above.
        reasons.AddRange(candidates
            .Select((c, i) => (c.Contribution, c.Reason, i))
            .Where(c => c.Contribution > 0)
            .OrderByDescending(c => c.Contribution)
            .ThenBy(c => c.i)
            .Take(MaxReasons)
            .Select(c => c.Reason));
        return reasons;
    }

    /// <summary>What the reasons are written from.</summary>
    internal readonly record struct Facts(
        IReadOnlyList<string> TitleTerms,
        IReadOnlyList<string> SkillTerms,
        double Expertise,
        int Degree,
        double DegreePercentile,
        double BetweennessPercentile,
        double BetweennessTopShare,
        double Participation,
        int DepartmentsReached,
        double BrokeragePercentile,
        double BrokerageTopShare,
        IReadOnlyList<string> Signals,
        double Visibility,
        bool SelfNominated);
}
