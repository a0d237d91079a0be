using System.Diagnostics;
using System.Globalization;
using Herald.Scout;
using Spectre.Console;

namespace Herald.Cli.Scout;

/// <summary>
/// <c>herald scout</c>: reads the staff list and interactions, prints the shortlist with reasons, and optionally writes
/// invitation drafts. Exit 0 on success, 2 on a usage or input error (every problem is listed with file and line).
/// </summary>
internal sealed class ScoutCommand(CliIO io)
{
    // Below this size a run takes well under a second and a progress bar would only flicker.
    private const int ProgressPeople = 5_000;
    private const long ProgressTies = 100_000;

    public int Execute(ScoutSettings settings, CancellationToken cancellationToken)
    {
        var usage = new List<ScoutText>();
        var fileProblems = new List<InputProblem>();
        var format = settings.Format.Trim().ToLowerInvariant();
        if (format is not ("table" or "json" or "csv"))
        {
            usage.Add(new(
                $"--format must be table, json or csv; '{settings.Format}' was given.",
                $"--format muss table, json oder csv sein; angegeben war '{settings.Format}'."));
        }

        // A typo in an option must not silently fall back to a default.
        usage.AddRange(settings.Problems.Select(static p => new ScoutText(Texts.English.Describe(p), Texts.German.Describe(p))));

        var lang = ResolveLanguage(settings.Lang, io.EnvironmentLanguage, usage);
        if (string.IsNullOrWhiteSpace(settings.People))
        {
            usage.Add(new(
                "--people is required: the staff list as CSV with at least the columns id and department.",
                "--people fehlt: die Personalliste als CSV mit mindestens den Spalten id und department."));
        }

        if (settings.Invitations is not null && File.Exists(settings.Invitations))
        {
            // Checked before the run, which can take a while on a large company.
            usage.Add(new(
                $"--invitations needs a folder, but '{settings.Invitations}' is a file.",
                $"--invitations braucht einen Ordner, aber '{settings.Invitations}' ist eine Datei."));
        }

        var options = ScoutOptionsParser.Parse(settings, usage, fileProblems);
        if (usage.Count > 0 || fileProblems.Count > 0)
        {
            foreach (var problem in usage)
            {
                io.Error.WriteLine($"herald scout: {problem.Get(lang)}");
            }

            WriteProblems(fileProblems, error: true, lang);
            return HeraldApp.UsageError;
        }

        var clock = Stopwatch.StartNew();
        var loaded = ScoutLoader.Load(
            new ScoutFiles
            {
                People = settings.People!,
                Interactions = settings.Interactions,
                SelfNominations = settings.SelfNominations,
                OptOuts = settings.OptOuts,
                Visibility = settings.Visibility,
            },
            cancellationToken);
        WriteProblems(loaded.Warnings, error: false, lang);
        if (!loaded.Succeeded)
        {
            WriteProblems(loaded.Errors, error: true, lang);
            return HeraldApp.UsageError;
        }

        var input = loaded.Input!;
        var loadTime = clock.Elapsed;
        var result = Run(input, options!, format, cancellationToken);

        // People who opted out asked not to be suggested; the command does not show their measures either.
        var people = settings.All
            ? [.. result.People.Where(p => !p.OptedOut).OrderByDescending(p => p.Score)]
            : result.Shortlist.Select(s => s.Assessment).ToList();
        var ranks = result.Shortlist.ToDictionary(s => s.Assessment.Person.Id, s => s.Rank, StringComparer.Ordinal);
        switch (format)
        {
            case "json":
                ScoutJsonWriter.Write(io.Output, result, people, lang);
                break;
            case "csv":
                ScoutCsvWriter.Write(io.Output, people, ranks, lang);
                break;
            default:
                ScoutTableWriter.Write(CreateConsole(), people, ranks, lang);
                break;
        }

        var summary = format == "table" ? io.Output : io.Error;
        summary.WriteLine(Summary(result, input, lang));
        summary.WriteLine(result.Betweenness.Describe().Get(lang));
        if (settings.Invitations is not null)
        {
            try
            {
                var written = InvitationFiles.Write(settings.Invitations, result.Shortlist);
                summary.WriteLine(lang == "de"
                    ? $"Einladungsentwürfe: {written} Dateien in {settings.Invitations}"
                    : $"Invitation drafts: {written} files in {settings.Invitations}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine("herald scout: " + new ScoutText(
                    $"the invitation drafts could not be written to {settings.Invitations}: {ex.Message}",
                    $"die Einladungsentwürfe ließen sich nicht in {settings.Invitations} schreiben: {ex.Message}").Get(lang));
                return HeraldApp.UsageError;
            }
        }

        if (settings.Timings)
        {
            var t = result.Timings;
            io.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"timings: load {loadTime.TotalSeconds:0.000} s, expertise {t.Expertise.TotalSeconds:0.000} s, betweenness {t.Betweenness.TotalSeconds:0.000} s, constraint {t.Constraint.TotalSeconds:0.000} s, scores+shortlist {t.Other.TotalSeconds:0.000} s, compute {t.Total.TotalSeconds:0.000} s"));
        }

        return 0;
    }

    private ScoutResult Run(ScoutInput input, ScoutOptions options, string format, CancellationToken cancellationToken)
    {
        var large = input.People.Count >= ProgressPeople || input.TieCount >= ProgressTies;
        IAnsiConsole? console = null;
        if (large && format == "table" && io.IsTerminal)
        {
            console = CreateConsole();
        }
        else if (large && ReferenceEquals(io.Error, Console.Error) && !Console.IsErrorRedirected)
        {
            console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(Console.Error),
                Ansi = AnsiSupport.Detect,
                ColorSystem = ColorSystemSupport.Detect,
                // Spectre judges interactivity by standard output, which is redirected here; standard error is the terminal.
                Interactive = InteractionSupport.Yes,
            });
        }

        if (console is null)
        {
            return ScoutEngine.Run(input, options, progress: null, cancellationToken);
        }

        ScoutResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx => result = ScoutEngine.Run(input, options, new ProgressBars(ctx), cancellationToken));
        return result!;
    }

    private IAnsiConsole CreateConsole()
    {
        var console = CliIO.CreateConsole(io.Output, io.IsTerminal, noWrap: false);
        if (!io.IsTerminal)
        {
            // A file or pipe has no width; wide enough that the table's reasons stay on one line each.
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>"file:line: error: message", the form editors and CI logs recognise, in the chosen language.</summary>
    private void WriteProblems(IEnumerable<InputProblem> problems, bool error, string lang)
    {
        var severity = (error ? new ScoutText("error", "Fehler") : new ScoutText("warning", "Warnung")).Get(lang);
        foreach (var p in problems)
        {
            var message = p.Message.Get(lang);
            io.Error.WriteLine(p.Line > 0 ? $"{p.File}:{p.Line}: {severity}: {message}" : $"{p.File}: {severity}: {message}");
        }
    }

    private static string ResolveLanguage(string? lang, Language environment, List<ScoutText> usage)
    {
        var value = (lang ?? environment.Code()).Trim().ToLowerInvariant();
        if (value.StartsWith("de", StringComparison.Ordinal))
        {
            return "de";
        }

        if (lang is not null && !value.StartsWith("en", StringComparison.Ordinal))
        {
            usage.Add(new($"--lang must be de or en; '{lang}' was given.", $"--lang muss de oder en sein; angegeben war '{lang}'."));
        }

        return "en";
    }

    private static string Summary(ScoutResult result, ScoutInput input, string lang)
    {
        var culture = CultureInfo.GetCultureInfo(lang == "de" ? "de-DE" : "en-GB");
        var count = result.Shortlist.Count;
        var share = (double)count / input.People.Count;
        var selfNominated = result.Shortlist.Count(s => s.SelfNominated);
        var locations = result.LocationCount > 0
            ? lang == "de" ? $", {result.LocationsCovered} von {result.LocationCount} Standorten" : $", {result.LocationsCovered} of {result.LocationCount} locations"
            : string.Empty;
        var optedOut = result.People.Count(p => p.OptedOut);
        var flagged = selfNominated == 0 ? string.Empty
            : lang == "de" ? $"; {selfNominated} selbst gemeldet" : $"; {selfNominated} self-nominated";
        flagged += optedOut == 0 ? string.Empty
            : lang == "de" ? $"; {optedOut} abgemeldet, nicht gezeigt" : $"; {optedOut} opted out, not shown";
        return lang == "de"
            ? string.Create(culture, $"Auswahl: {count:N0} von {input.People.Count:N0} Personen ({share:P1}), {result.DepartmentsCovered} von {result.DepartmentCount} Abteilungen{locations}{flagged}.")
            : string.Create(culture, $"Shortlist: {count:N0} of {input.People.Count:N0} people ({share:P1}), {result.DepartmentsCovered} of {result.DepartmentCount} departments{locations}{flagged}.");
    }

    /// <summary>One bar per stage; reports arrive from worker threads, and Spectre's tasks lock internally.</summary>
    private sealed class ProgressBars(ProgressContext context) : IProgress<ScoutProgress>
    {
        private readonly Dictionary<ScoutStage, ProgressTask> _tasks = [];
        private readonly Lock _gate = new();

        public void Report(ScoutProgress value)
        {
            ProgressTask task;
            lock (_gate)
            {
                if (!_tasks.TryGetValue(value.Stage, out task!))
                {
                    task = context.AddTask(value.Stage.ToString().ToLowerInvariant(), maxValue: Math.Max(1, value.Total));
                    _tasks[value.Stage] = task;
                }
            }

            task.Value = Math.Max(task.Value, value.Done);
        }
    }
}
