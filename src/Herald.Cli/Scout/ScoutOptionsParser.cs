using System.Globalization;
using Herald.Scout;

namespace Herald.Cli.Scout;

/// <summary>Turns the command-line settings into <see cref="ScoutOptions"/>, collecting every problem.</summary>
internal static class ScoutOptionsParser
{
    public static ScoutOptions? Parse(ScoutSettings settings, List<ScoutText> usage, List<InputProblem> fileProblems)
    {
        var options = new ScoutOptions();
        var share = ParseShare(settings.Share, usage);
        if (share is { } value)
        {
            options = options with { Share = value };
        }

        options = options with
        {
            Weights = ParseWeights(settings.Weights, usage),
            DepartmentCoverage = Number("--lambda", settings.Lambda, usage) ?? options.DepartmentCoverage,
            LocationCoverage = Number("--location-weight", settings.LocationWeight, usage) ?? options.LocationCoverage,
            Sampling = options.Sampling with
            {
                ExactLimit = Integer("--exact-limit", settings.ExactLimit, usage) ?? options.Sampling.ExactLimit,
                Pivots = Integer("--pivots", settings.Pivots, usage) ?? options.Sampling.Pivots,
                Seed = Integer("--seed", settings.Seed, usage) ?? options.Sampling.Seed,
                Delta = Number("--delta", settings.Delta, usage) ?? options.Sampling.Delta,
            },
            Invitation = options.Invitation with
            {
                RoleTitle = settings.RoleTitle ?? options.Invitation.RoleTitle,
                HoursPerWeek = Number("--hours", settings.Hours, usage) ?? options.Invitation.HoursPerWeek,
                Sender = settings.Sender,
            },
        };

        var vocabulary = ParseVocabulary(settings, fileProblems);
        if (vocabulary is not null)
        {
            options = options with { Vocabulary = vocabulary };
        }

        if (usage.Count == 0)
        {
            usage.AddRange(options.Validate());
        }

        return usage.Count == 0 && fileProblems.Count == 0 ? options : null;
    }

    private static double? Number(string option, string? text, List<ScoutText> usage)
    {
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        usage.Add(new(
            $"{option} must be a number such as 0.2 (with a decimal point); '{text}' was given.",
            $"{option} muss eine Zahl sein, etwa 0.2 (mit Dezimalpunkt); angegeben war '{text}'."));
        return null;
    }

    private static int? Integer(string option, string? text, List<ScoutText> usage)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        usage.Add(new($"{option} must be a whole number; '{text}' was given.", $"{option} muss eine ganze Zahl sein; angegeben war '{text}'."));
        return null;
    }

    private static double? ParseShare(string text, List<ScoutText> usage)
    {
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (double.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return percent ? value / 100 : value;
        }

        usage.Add(new(
            $"--share must be a share of staff such as 0.03 or 3%; '{text}' was given.",
            $"--share muss ein Anteil der Belegschaft sein, etwa 0.03 oder 3%; angegeben war '{text}'."));
        return null;
    }

    private static ScoreWeights ParseWeights(string[] entries, List<ScoutText> usage)
    {
        var weights = new ScoreWeights();
        foreach (var entry in entries)
        {
            var parts = entry.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                usage.Add(new(
                    $"--weight takes NAME=VALUE, such as expertise=0.5; '{entry}' was given.",
                    $"--weight erwartet NAME=WERT, etwa expertise=0.5; angegeben war '{entry}'."));
                continue;
            }

            switch (parts[0].ToLowerInvariant())
            {
                case "expertise":
                    weights = weights with { Expertise = value };
                    break;
                case "betweenness":
                    weights = weights with { Betweenness = value };
                    break;
                case "participation":
                    weights = weights with { Participation = value };
                    break;
                case "degree":
                    weights = weights with { Degree = value };
                    break;
                case "brokerage" or "constraint":
                    weights = weights with { Brokerage = value };
                    break;
                case "visibility":
                    weights = weights with { Visibility = value };
                    break;
                default:
                    usage.Add(new(
                        $"--weight: unknown component '{parts[0]}'; use expertise, betweenness, participation, degree, brokerage or visibility.",
                        $"--weight: unbekannte Komponente '{parts[0]}'; nutze expertise, betweenness, participation, degree, brokerage oder visibility."));
                    break;
            }
        }

        return weights;
    }

    private static TopicVocabulary? ParseVocabulary(ScoutSettings settings, List<InputProblem> fileProblems)
    {
        var terms = new List<string>(settings.Topics);
        if (settings.TopicFile is not null)
        {
            var fromFile = TopicVocabulary.Load(settings.TopicFile, out var problems);
            fileProblems.AddRange(problems);
            if (fromFile is null)
            {
                return null;
            }

            terms.AddRange(fromFile.Terms);
        }

        if (terms.Count == 0)
        {
            return null;
        }

        var vocabulary = TopicVocabulary.TryCreate(terms);
        if (vocabulary is null)
        {
            fileProblems.Add(new InputProblem("--topic", 0, new ScoutText(
                "the topic terms need at least one letter or digit.",
                "die Themenbegriffe brauchen mindestens einen Buchstaben oder eine Ziffer.")));
        }

        return vocabulary;
    }
}
