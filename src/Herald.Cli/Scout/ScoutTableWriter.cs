using System.Globalization;
using Herald.Scout;
using Spectre.Console;

namespace Herald.Cli.Scout;

/// <summary>The table for people: one row per person with rank, measures and reasons, headers in the chosen language.</summary>
internal static class ScoutTableWriter
{
    public static void Write(IAnsiConsole console, IReadOnlyList<PersonAssessment> people, Dictionary<string, int> ranks, string lang)
    {
        var de = lang == "de";
        var withNames = people.Any(p => p.Person.Name is not null);
        var withLocations = people.Any(p => p.Person.Location is not null);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("id");
        if (withNames)
        {
            table.AddColumn(de ? "Name" : "name");
        }

        table.AddColumn(de ? "Abteilung" : "department");
        if (withLocations)
        {
            table.AddColumn(de ? "Standort" : "location");
        }

        table.AddColumn(new TableColumn(de ? "Wert" : "score").RightAligned());
        table.AddColumn(new TableColumn(de ? "Expertise" : "expertise").RightAligned());
        table.AddColumn(new TableColumn(de ? "Kontakte" : "degree").RightAligned());
        table.AddColumn(new TableColumn("betweenness").RightAligned());
        table.AddColumn(new TableColumn(de ? "Partizipation" : "participation").RightAligned());
        table.AddColumn(new TableColumn("constraint").RightAligned());
        table.AddColumn(de ? "Gründe" : "reasons");

        foreach (var p in people)
        {
            var cells = new List<string>
            {
                ranks.TryGetValue(p.Person.Id, out var rank) ? rank.ToString(CultureInfo.InvariantCulture) : string.Empty,
                p.Person.Id,
            };
            if (withNames)
            {
                cells.Add(p.Person.Name ?? string.Empty);
            }

            cells.Add(p.Person.Department);
            if (withLocations)
            {
                cells.Add(p.Person.Location ?? string.Empty);
            }

            cells.Add(Format(p.Score, "0.000"));
            cells.Add(Format(p.Expertise, "0.00"));
            cells.Add(p.Degree.ToString(CultureInfo.InvariantCulture));
            cells.Add(Format(p.Betweenness, "0.0000"));
            cells.Add(Format(p.Participation, "0.00"));
            cells.Add(p.Constraint is { } c ? Format(c, "0.000") : "–");
            cells.Add(string.Join("; ", p.Reasons.Select(r => r.Text.Get(lang))));
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
