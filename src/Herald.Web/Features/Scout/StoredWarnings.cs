using System.Globalization;
using System.Text;
using Herald.Scout;

namespace Herald.Web.Features.Scout;

/// <summary>
/// A run's warnings in its one text column: a line per warning with file, line, English and German message separated
/// by tabs, so that the run's page shows each in the reader's language, whoever reads it later.
/// </summary>
internal static class StoredWarnings
{
    /// <summary>The warnings as stored, whole lines only, at most <paramref name="maxLength"/> characters.</summary>
    public static string Join(IEnumerable<InputProblem> warnings, int maxLength)
    {
        var stored = new StringBuilder();
        foreach (var w in warnings)
        {
            var line = string.Join('\t', Field(w.File), w.Line.ToString(CultureInfo.InvariantCulture), Field(w.Message.En), Field(w.Message.De));
            if (stored.Length + line.Length + 1 > maxLength)
            {
                break;
            }

            stored.Append(stored.Length == 0 ? string.Empty : "\n").Append(line);
        }

        return stored.ToString();
    }

    public static IReadOnlyList<InputProblem> Parse(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : [.. stored.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Warning).OfType<InputProblem>()];

    private static InputProblem? Warning(string stored) => stored.Split('\t') switch
    {
        [var file, var line, var en, var de] when int.TryParse(line, CultureInfo.InvariantCulture, out var number) =>
            new InputProblem(file, number, new ScoutText(en, de)),
        // Runs stored before the German text was kept have the English one only.
        [var file, var line, var en] when int.TryParse(line, CultureInfo.InvariantCulture, out var number) =>
            new InputProblem(file, number, new ScoutText(en, en)),
        _ => null,
    };

    /// <summary>Tabs and line breaks separate the stored fields; an id from a file could contain either.</summary>
    private static string Field(string value) => value.ReplaceLineEndings(" ").Replace('\t', ' ');
}
