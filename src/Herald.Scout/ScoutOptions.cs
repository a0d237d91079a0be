using System.Globalization;

namespace Herald.Scout;

/// <summary>Everything that shapes a Scout run. Defaults are documented on each member; <see cref="Validate"/> lists every problem.</summary>
public sealed record ScoutOptions
{
    /// <summary>Smallest allowed shortlist share: the brief's 1 % of staff.</summary>
    public const double MinShare = 0.01;

    /// <summary>Largest allowed shortlist share: 10 % of staff.</summary>
    public const double MaxShare = 0.10;

    /// <summary>The share of staff to shortlist, from 0.01 to 0.10. Default 0.03 (3 %).</summary>
    public double Share { get; init; } = 0.03;

    /// <summary>How the measures add up to the score.</summary>
    public ScoreWeights Weights { get; init; } = new();

    /// <summary>
    /// λ, the value of covering one more department, in score units (scores lie in [0, 1]). The shortlist is built
    /// greedily by score + λ·(new departments) + <see cref="LocationCoverage"/>·(new locations). Default 0.2: a
    /// person from an uncovered department is preferred to one whose score is up to 0.2 higher.
    /// </summary>
    public double DepartmentCoverage { get; init; } = 0.2;

    /// <summary>The value of covering one more location, in score units. Default 0.1.</summary>
    public double LocationCoverage { get; init; } = 0.1;

    /// <summary>The words that show expertise. Default: <see cref="TopicVocabulary.CyberSecurity"/>.</summary>
    public TopicVocabulary Vocabulary { get; init; } = TopicVocabulary.CyberSecurity;

    /// <summary>Exact or sampled betweenness.</summary>
    public BetweennessSampling Sampling { get; init; } = new();

    /// <summary>The role and time budget the invitation drafts offer.</summary>
    public InvitationSettings Invitation { get; init; } = new();

    /// <summary>Worker threads for the graph measures; -1 (default) uses every core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Every problem with these options, as sentences in English and German; empty when they can be used.</summary>
    public IReadOnlyList<ScoutText> Validate()
    {
        var problems = new List<ScoutText>();
        if (!(Share >= MinShare - 1e-12 && Share <= MaxShare + 1e-12))
        {
            // The value as the command line takes it, with a decimal point, in both languages.
            var given = Share.ToString("0.####", CultureInfo.InvariantCulture);
            problems.Add(new(
                $"the shortlist share must be between 1 % and 10 % of staff (0.01 to 0.10); {given} was given.",
                $"der Anteil für die Vorschlagsliste muss zwischen 1 % und 10 % der Belegschaft liegen (0.01 bis 0.10); angegeben war {given}."));
        }

        if (!double.IsFinite(DepartmentCoverage) || DepartmentCoverage < 0)
        {
            problems.Add(new(
                "the department coverage weight (λ) must be zero or a positive number.",
                "das Gewicht der Abteilungsabdeckung (λ) muss null oder eine positive Zahl sein."));
        }

        if (!double.IsFinite(LocationCoverage) || LocationCoverage < 0)
        {
            problems.Add(new(
                "the location coverage weight must be zero or a positive number.",
                "das Gewicht der Standortabdeckung muss null oder eine positive Zahl sein."));
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            problems.Add(new(
                "the degree of parallelism must be -1 (all cores) or a positive number.",
                "die Zahl der parallelen Threads muss -1 (alle Kerne) oder eine positive Zahl sein."));
        }

        problems.AddRange(Weights.Validate());
        problems.AddRange(Sampling.Validate());
        problems.AddRange(Invitation.Validate());
        return problems;
    }
}
