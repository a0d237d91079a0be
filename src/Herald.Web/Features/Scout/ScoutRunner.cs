using Herald.Data;
using Herald.Data.Entities;
using Herald.Scout;
using Herald.Web.Infrastructure;

namespace Herald.Web.Features.Scout;

/// <summary>
/// Runs Scout on uploaded files and keeps what the programme lead works on: the shortlist with its reasons and drafts,
/// and the names and departments of the others so the lead can add someone. Everyone's measures stay in memory; the
/// files live in a private temporary folder for the length of the run; opt-outs are never stored.
/// </summary>
internal sealed class ScoutRunner(HeraldDbContext db, Audit audit, ScoutGate gate)
{
    // Enough to show the pattern of a problem in an export; the library counts the rest in one closing line.
    private const int MaxStoredWarnings = 40;

    public async Task<ScoutRunOutcome> RunAsync(string leadId, string leadName, ScoutUpload upload, ScoutRunSettings settings, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("herald-scout-");
        try
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            var files = new ScoutFiles
            {
                People = (await SaveAsync(upload.People, folder, "people.csv", labels, cancellationToken))!,
                Interactions = await SaveAsync(upload.Interactions, folder, "interactions.csv", labels, cancellationToken),
                SelfNominations = await SaveAsync(upload.SelfNominations, folder, "self-nominations.csv", labels, cancellationToken),
                OptOuts = await SaveAsync(upload.OptOuts, folder, "opt-outs.csv", labels, cancellationToken),
                Visibility = await SaveAsync(upload.Visibility, folder, "visibility.csv", labels, cancellationToken),
            };
            var options = new ScoutOptions
            {
                Share = settings.Share,
                DepartmentCoverage = settings.DepartmentCoverage,
                Vocabulary = settings.TopicTerms.Count > 0 ? TopicVocabulary.Create(settings.TopicTerms) : TopicVocabulary.CyberSecurity,
                Invitation = new InvitationSettings { Sender = leadName },
                // Exact betweenness up to 5,000 people (a second or two); above, 1,000 sampled sources keep a run of the
                // largest upload the page takes to seconds, with the error bound Scout states.
                Sampling = new BetweennessSampling { ExactLimit = 5_000 },
                // The web server keeps a core for everyone else who is signed in.
                MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2),
            };

            await gate.Run.WaitAsync(cancellationToken);
            (ScoutLoadResult Loaded, ScoutResult? Result) outcome;
            try
            {
                outcome = await Task.Run(
                    () =>
                    {
                        var loaded = ScoutLoader.Load(files, cancellationToken);
                        return (loaded, loaded.Succeeded ? ScoutEngine.Run(loaded.Input!, options, progress: null, cancellationToken) : null);
                    },
                    cancellationToken);
            }
            finally
            {
                gate.Run.Release();
            }

            if (outcome.Result is null)
            {
                return new ScoutRunOutcome(null, [.. outcome.Loaded.Errors.Select(p => Relabel(p, labels))]);
            }

            var run = Store(leadId, outcome.Loaded.Input!, outcome.Result, settings, [.. outcome.Loaded.Warnings.Select(p => Relabel(p, labels))]);
            db.ScoutRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(leadId, "scout.run-created", Id(run.Id), cancellationToken);
            return new ScoutRunOutcome(run.Id, []);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Cuts a value from the staff list to what its column holds; exports sometimes carry whole paragraphs.</summary>
    public static string? Clip(string? value, int max)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= max ? trimmed : trimmed[..max];
    }

    private static ScoutRun Store(string leadId, ScoutInput input, ScoutResult result, ScoutRunSettings settings, IReadOnlyList<InputProblem> warnings)
    {
        var run = new ScoutRun
        {
            CreatedById = leadId,
            Language = settings.Language,
            Share = settings.Share,
            DepartmentCoverage = settings.DepartmentCoverage,
            TopicTerms = settings.TopicTerms.Count > 0 ? Clip(string.Join('\n', settings.TopicTerms), 4000) : null,
            PeopleCount = input.People.Count,
            Departments = string.Join('\n', input.Departments),
            Locations = string.Join('\n', input.Locations),
            // The column holds 8,000 characters; warnings that do not fit whole are left out rather than cut.
            Warnings = StoredWarnings.Join(Shown(warnings, result).Take(MaxStoredWarnings), 8000),
        };
        var shortlisted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in result.Shortlist)
        {
            var candidate = Candidate(entry.Assessment.Person, ScoutCandidateState.Suggested);
            candidate.Rank = entry.Rank;
            candidate.Score = entry.Assessment.Score;
            candidate.SelfNominated = entry.SelfNominated;
            candidate.ReasonsEn = Clip(string.Join('\n', entry.Assessment.Reasons.Select(r => r.Text.En)), 2000);
            candidate.ReasonsDe = Clip(string.Join('\n', entry.Assessment.Reasons.Select(r => r.Text.De)), 2000);
            candidate.Draft = entry.Invitation.Body.Get(settings.Language);
            run.Candidates.Add(candidate);
            shortlisted.Add(entry.Assessment.Person.Id);
        }

        // The others are kept by name and department only, in the order of the file: no score, no ranking.
        foreach (var assessment in result.People)
        {
            if (!assessment.OptedOut && !shortlisted.Contains(assessment.Person.Id))
            {
                run.Candidates.Add(Candidate(assessment.Person, ScoutCandidateState.Available));
            }
        }

        return run;
    }

    /// <summary>
    /// The warnings worth showing, without any that names someone who opted out (such as "nominated themselves and
    /// also opted out"): an opt-out is never shown, not even in a message about the files.
    /// </summary>
    private static IEnumerable<InputProblem> Shown(IReadOnlyList<InputProblem> warnings, ScoutResult result)
    {
        var optedOut = result.People.Where(p => p.OptedOut).Select(p => $"'{p.Person.Id}'").ToList();
        return warnings.Where(w => !optedOut.Exists(id => w.Message.En.Contains(id, StringComparison.Ordinal) || w.Message.De.Contains(id, StringComparison.Ordinal)));
    }

    private static ScoutCandidate Candidate(Person person, ScoutCandidateState state) => new()
    {
        PersonKey = Clip(person.Id, 200)!,
        Name = Clip(person.Name, 200),
        Email = Clip(person.Email, 256),
        Department = Clip(person.Department, 200)!,
        Location = Clip(person.Location, 200),
        State = state,
    };

    private static InputProblem Relabel(InputProblem problem, Dictionary<string, string> labels) =>
        labels.TryGetValue(problem.File, out var label) ? problem with { File = label } : problem;

    private static async Task<string?> SaveAsync(IFormFile? file, DirectoryInfo folder, string name, Dictionary<string, string> labels, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        var path = Path.Combine(folder.FullName, name);
        await using (var target = File.Create(path))
        {
            await file.CopyToAsync(target, cancellationToken);
        }

        // Problems name the file as the lead knows it; the browser sends only its name, never a path on their machine.
        var label = Path.GetFileName(file.FileName);
        labels[path] = string.IsNullOrWhiteSpace(label) ? name : label;
        return path;
    }
}
