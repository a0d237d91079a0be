using System.Diagnostics;
using Herald.Scout.Invitations;
using Herald.Scout.Network;
using Herald.Scout.Scoring;
using Herald.Scout.Selection;

namespace Herald.Scout;

/// <summary>
/// Scout: measures everyone, explains every suggestion, and proposes a shortlist of a small, diverse group to invite.
/// It never enrols anyone; it prepares invitation drafts for a person to review.
/// </summary>
public static class ScoutEngine
{
    /// <summary>
    /// Runs every measure, scores, and selects the shortlist. Thread-safe (inputs are immutable); uses up to
    /// <see cref="ScoutOptions.MaxDegreeOfParallelism"/> cores for the graph measures. Memory grows linearly with people
    /// and ties: 24 bytes per tie for the graph, 32 doubles per person for the betweenness accumulators, and per worker
    /// thread 28 bytes per person and 8 bytes per tie for the search buffers.
    /// </summary>
    /// <param name="input">Loaded input.</param>
    /// <param name="options">Options; null uses the documented defaults.</param>
    /// <param name="progress">Receives progress of each stage; reports come from worker threads.</param>
    /// <param name="cancellationToken">Stops the run between source searches or people.</param>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="ScoutOptions.Validate"/>).</exception>
    public static ScoutResult Run(ScoutInput input, ScoutOptions? options = null, IProgress<ScoutProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new ScoutOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.En)), nameof(options));
        }

        var n = input.People.Count;
        var graph = input.Graph;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var clock = Stopwatch.StartNew();

        progress?.Report(new ScoutProgress(ScoutStage.Expertise, 0, n));
        var titleTerms = new IReadOnlyList<string>[n];
        var skillTerms = new IReadOnlyList<string>[n];
        var expertise = new double[n];
        Parallel.For(0, n, parallel, i => MatchTopic(input.People[i], options.Vocabulary, out titleTerms[i], out skillTerms[i], out expertise[i]));
        progress?.Report(new ScoutProgress(ScoutStage.Expertise, n, n));
        var expertiseTime = clock.Elapsed;

        var (betweenness, estimate) = ComputeBetweenness(graph, options.Sampling, parallel, progress);
        var betweennessTime = clock.Elapsed - expertiseTime;

        progress?.Report(new ScoutProgress(ScoutStage.Constraint, 0, n));
        var constraint = Constraint.Compute(graph, parallel);
        progress?.Report(new ScoutProgress(ScoutStage.Constraint, n, n));
        var constraintTime = clock.Elapsed - expertiseTime - betweennessTime;

        progress?.Report(new ScoutProgress(ScoutStage.Shortlist, 0, n));
        var (participation, reached) = DepartmentMix.Compute(graph, input.DepartmentOf, input.Departments.Count);
        var degree = new double[n];
        var visibility = new double[n];
        for (var i = 0; i < n; i++)
        {
            degree[i] = graph.Degree(i);
            visibility[i] = 1 - Math.Pow(0.5, input.Visibility[i].Length);
        }

        var degreeRank = Percentiles.Compute(degree, i => degree[i] > 0, higherIsBetter: true);
        var betweennessRank = Percentiles.Compute(betweenness, i => betweenness[i] > 0, higherIsBetter: true);
        var brokerageRank = Percentiles.Compute(constraint, i => !double.IsNaN(constraint[i]), higherIsBetter: false);

        var weights = options.Weights;
        var people = new PersonAssessment[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            scores[i] = (weights.Expertise * expertise[i]
                + weights.Betweenness * betweennessRank.Percentile[i]
                + weights.Participation * participation[i]
                + weights.Degree * degreeRank.Percentile[i]
                + weights.Brokerage * brokerageRank.Percentile[i]
                + weights.Visibility * visibility[i]) / weights.Sum;
            var facts = new ReasonWriter.Facts(
                titleTerms[i], skillTerms[i], expertise[i], (int)degree[i], degreeRank.Percentile[i],
                betweennessRank.Percentile[i], betweennessRank.TopShare[i], participation[i], reached[i],
                brokerageRank.Percentile[i], brokerageRank.TopShare[i], input.Visibility[i], visibility[i], input.SelfNominated[i]);
            people[i] = new PersonAssessment
            {
                Person = input.People[i],
                Score = scores[i],
                Expertise = expertise[i],
                Degree = (int)degree[i],
                Betweenness = betweenness[i],
                Participation = participation[i],
                Constraint = double.IsNaN(constraint[i]) ? null : constraint[i],
                DepartmentsReached = reached[i],
                Visibility = visibility[i],
                TopicTerms = [.. titleTerms[i], .. skillTerms[i]],
                SelfNominated = input.SelfNominated[i],
                OptedOut = input.OptedOut[i],
                Reasons = ReasonWriter.Write(facts, weights),
            };
        }

        var target = Math.Max(1, (int)Math.Round(options.Share * n, MidpointRounding.AwayFromZero));
        var selected = ShortlistSelector.Select(
            scores, input.DepartmentOf, input.LocationOf, input.SelfNominated, input.OptedOut, target,
            options.DepartmentCoverage, options.LocationCoverage);
        var shortlist = selected
            .Select((index, rank) => new ShortlistEntry
            {
                Rank = rank + 1,
                Assessment = people[index],
                Invitation = InvitationWriter.Write(people[index], options.Invitation),
            })
            .ToList();
        progress?.Report(new ScoutProgress(ScoutStage.Shortlist, n, n));
        var otherTime = clock.Elapsed - expertiseTime - betweennessTime - constraintTime;

        return new ScoutResult(
            people,
            shortlist,
            target,
            estimate,
            input.Departments.Count,
            input.Locations.Count,
            new ScoutTimings(expertiseTime, betweennessTime, constraintTime, otherTime));
    }

    /// <summary>
    /// Writes the personal invitation draft for one person, as the shortlist does. Callers use it for someone a person
    /// added to the shortlist by hand; the draft then speaks only of what <paramref name="assessment"/> holds. Thread-safe.
    /// </summary>
    /// <param name="assessment">The person and what is known about them (topic terms, self-nomination, departments reached).</param>
    /// <param name="settings">The role and time budget the draft offers; null uses the defaults.</param>
    /// <exception cref="ArgumentException">The settings are invalid (an empty role title, or one that is not about expertise).</exception>
    public static Invitation DraftInvitation(PersonAssessment assessment, InvitationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        settings ??= new InvitationSettings();
        var problems = settings.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.En)), nameof(settings));
        }

        return InvitationWriter.Write(assessment, settings);
    }

    private static (double[] Values, BetweennessEstimate Estimate) ComputeBetweenness(
        UndirectedGraph graph, BetweennessSampling sampling, ParallelOptions parallel, IProgress<ScoutProgress>? progress)
    {
        var n = graph.NodeCount;
        var exact = n <= sampling.ExactLimit || sampling.Pivots >= n;
        var sources = exact ? n : sampling.Pivots;
        long done = 0;
        progress?.Report(new ScoutProgress(ScoutStage.Betweenness, 0, sources));
        Action<int>? report = progress is null ? null : count => progress.Report(new ScoutProgress(ScoutStage.Betweenness, Interlocked.Add(ref done, count), sources));
        if (exact)
        {
            return (Betweenness.Exact(graph, parallel, report), new BetweennessEstimate(true, n, n, null, null, null));
        }

        var pivots = Betweenness.Pivots(n, sampling.Pivots, sampling.Seed);
        return (
            Betweenness.Sampled(graph, pivots, parallel, report),
            new BetweennessEstimate(false, pivots.Length, n, Betweenness.ErrorBound(n, pivots.Length, sampling.Delta), sampling.Delta, sampling.Seed));
    }

    /// <summary>
    /// Expertise = 1 - 0.5^e: each piece of evidence halves the remaining doubt. A term in the job title counts twice,
    /// because a title is what the person does all day; a listed skill counts once.
    /// </summary>
    private static void MatchTopic(Person person, TopicVocabulary vocabulary, out IReadOnlyList<string> title, out IReadOnlyList<string> skills, out double expertise)
    {
        title = vocabulary.Match(person.Title);
        var fromTitle = title;
        var fromSkills = new List<string>();
        foreach (var skill in person.Skills)
        {
            foreach (var term in vocabulary.Match(skill))
            {
                if (!fromTitle.Contains(term, StringComparer.Ordinal) && !fromSkills.Contains(term, StringComparer.Ordinal))
                {
                    fromSkills.Add(term);
                }
            }
        }

        skills = fromSkills;
        expertise = 1 - Math.Pow(0.5, 2 * title.Count + fromSkills.Count);
    }
}
