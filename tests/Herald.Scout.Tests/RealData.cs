using System.Globalization;
using System.Text;
using Herald.Testing;

namespace Herald.Scout.Tests;

/// <summary>
/// Converts the shared public data sets into Scout's own CSV input in a temporary folder, so that the tests go
/// through the same loader as users. Real names (enron-priebe-184) are replaced by pseudonyms before anything is written.
/// </summary>
internal static class RealData
{
    /// <summary>email-Eu-core: 1,005 people, 42 departments, 25,571 directed e-mail rows (642 self-loops).</summary>
    public static ScoutFiles EmailEuCore(TempFolder folder)
    {
        var people = new StringBuilder("id,department\n");
        foreach (var line in File.ReadLines(Paths.Data("email-eu-core/email-Eu-core-department-labels.txt")))
        {
            var parts = line.Split(' ');
            people.Append(parts[0]).Append(",dept-").Append(parts[1]).Append('\n');
        }

        var interactions = new StringBuilder("source,target\n");
        foreach (var line in File.ReadLines(Paths.Data("email-eu-core/email-Eu-core.txt")))
        {
            var parts = line.Split(' ');
            interactions.Append(parts[0]).Append(',').Append(parts[1]).Append('\n');
        }

        return new ScoutFiles
        {
            People = folder.Write("people.csv", people.ToString()),
            Interactions = folder.Write("interactions.csv", interactions.ToString()),
        };
    }

    /// <summary>UK faculty: 81 staff in 4 schools, 817 weighted directed friendship rows.</summary>
    public static ScoutFiles UkFaculty(TempFolder folder)
    {
        var people = new StringBuilder("id,department\n");
        foreach (var line in File.ReadLines(Paths.Data("uk-faculty/nodes.tsv")).Skip(1))
        {
            var parts = line.Split('\t');
            people.Append(parts[0]).Append(",school-").Append(parts[1]).Append('\n');
        }

        return new ScoutFiles
        {
            People = folder.Write("people.csv", people.ToString()),
            Interactions = folder.Write("interactions.csv", Tsv("uk-faculty/edges.tsv", "source,target,weight")),
        };
    }

    /// <summary>
    /// Enron (Priebe et al.): 184 employees, the hierarchy level as "department" (the data has no departments),
    /// the position note as title, message counts as weights. Names become "Person 17".
    /// </summary>
    public static ScoutFiles EnronPriebe(TempFolder folder)
    {
        var people = new StringBuilder("id,name,department,title\n");
        foreach (var line in File.ReadLines(Paths.Data("enron-priebe-184/nodes.tsv")).Skip(1))
        {
            var parts = line.Split('\t');
            var note = parts[3] == "NA" ? string.Empty : parts[3];
            people.Append(parts[0]).Append(",Person ").Append(parts[0]).Append(',').Append(Quote(parts[4])).Append(',').Append(Quote(note)).Append('\n');
        }

        return new ScoutFiles
        {
            People = folder.Write("people.csv", people.ToString()),
            Interactions = folder.Write("interactions.csv", Tsv("enron-priebe-184/edges_weighted.tsv", "source,target,weight")),
        };
    }

    private static string Tsv(string relative, string header)
    {
        var csv = new StringBuilder(header).Append('\n');
        foreach (var line in File.ReadLines(Paths.Data(relative)).Skip(1))
        {
            csv.Append(line.Replace('\t', ',')).Append('\n');
        }

        return csv.ToString();
    }

    private static string Quote(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal)
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
