using System.Globalization;
using Herald.Scout;

namespace Herald.Cli.Scout;

/// <summary>One row per person: the measures, the shortlist rank (empty when not listed) and the reasons joined by "; ".</summary>
internal static class ScoutCsvWriter
{
    public static void Write(TextWriter output, IReadOnlyList<PersonAssessment> people, Dictionary<string, int> ranks, string lang)
    {
        output.WriteLine("id,department,location,rank,self_nominated,score,expertise,degree,betweenness,participation,constraint,reasons");
        foreach (var p in people)
        {
            var rank = ranks.TryGetValue(p.Person.Id, out var r) ? r.ToString(CultureInfo.InvariantCulture) : string.Empty;
            output.WriteLine(string.Join(',', [
                Field(p.Person.Id),
                Field(p.Person.Department),
                Field(p.Person.Location ?? string.Empty),
                rank,
                p.SelfNominated ? "true" : "false",
                Number(p.Score),
                Number(p.Expertise),
                p.Degree.ToString(CultureInfo.InvariantCulture),
                Number(p.Betweenness),
                Number(p.Participation),
                p.Constraint is { } c ? Number(c) : string.Empty,
                Field(string.Join("; ", p.Reasons.Select(x => x.Text.Get(lang)))),
            ]));
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula (numbers stay as they are).</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
