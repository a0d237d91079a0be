using System.Globalization;
using System.Text;

namespace Herald.Web.Tests.Scout;

/// <summary>
/// A made-up company of 40 people in eight departments for Scout's web tests: a security officer in IT who works with
/// every department, a network administrator, a marketing manager who knows phishing, and colleagues who mostly work
/// within their own department.
/// </summary>
public static class SampleStaff
{
    public const int Count = 40;

    public static readonly string[] Departments = ["IT", "Marketing", "Vertrieb", "HR", "Finanzen", "Recht", "Einkauf", "Logistik"];

    private static readonly string[] FirstNames = ["Anna", "Jonas", "Leonie", "Mehmet", "Sofia", "Lukas", "Emilia", "Paul", "Mia", "Ben"];

    private static readonly string[] LastNames = ["Schneider", "Wagner", "Becker", "Yilmaz", "Hoffmann"];

    public static string Id(int i) => "p" + i.ToString("00", CultureInfo.InvariantCulture);

    public static string Name(int i) => $"{FirstNames[i % FirstNames.Length]} {LastNames[i / 8 % LastNames.Length]}";

    public static string Department(int i) => Departments[i % Departments.Length];

    /// <summary>people.csv; <paramref name="name"/> replaces the name of person <paramref name="renamed"/>.</summary>
    public static string People(int renamed = -1, string? name = null)
    {
        var csv = new StringBuilder("id,name,email,department,title,location,skills\n");
        for (var i = 0; i < Count; i++)
        {
            var (title, skills) = i switch
            {
                0 => ("IT-Sicherheitsbeauftragte", "ISO 27001;Incident Response"),
                9 => ("Netzwerk-Administrator", "Firewall;Netzwerksicherheit"),
                17 => ("Marketing Manager", "Phishing-Simulationen;Kampagnen"),
                _ => ("Sachbearbeitung", "Excel"),
            };
            var shown = i == renamed ? name! : Name(i);
            csv.Append(CultureInfo.InvariantCulture, $"{Id(i)},\"{shown.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{Id(i)}@nordwind.example,{Department(i)},{title},{(i % 2 == 0 ? "Hamburg" : "München")},{skills}\n");
        }

        return csv.ToString();
    }

    /// <summary>interactions.csv: colleagues in each department work together; person 0 works with every department.</summary>
    public static string Interactions()
    {
        var csv = new StringBuilder("source,target,weight\n");
        for (var i = 0; i < Count; i++)
        {
            var next = (i + Departments.Length) % Count;
            csv.Append(CultureInfo.InvariantCulture, $"{Id(i)},{Id(next)},2\n");
        }

        for (var d = 1; d < Departments.Length; d++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Id(0)},{Id(d)},1\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"{Id(9)},{Id(10)},1\n{Id(9)},{Id(12)},1\n");
        return csv.ToString();
    }
}
