using System.Globalization;
using System.Text;

namespace Herald.Scout.Generator;

/// <summary>
/// A deterministic synthetic company with the shape Scout meets in real exports: departments of very different size
/// (Zipf-like), teams of about eight, a few sites, most interaction inside the team, some across departments, and
/// managers who are contacted more. The same arguments always give byte-identical files.
/// </summary>
internal static class CompanyGenerator
{
    private const int Departments = 60;
    private const int TeamSize = 8;

    private static readonly string[] Locations = ["Berlin", "München", "Hamburg", "Frankfurt", "Köln", "Stuttgart", "Düsseldorf", "Leipzig", "Wien", "Zürich", "Dublin", "Lissabon"];
    private static readonly string[] FirstNames = ["Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannes", "Ida", "Jonas", "Kira", "Lukas", "Mia", "Noah", "Olga", "Paul", "Rana", "Sven", "Tara", "Umut", "Vera", "Wim", "Yara", "Zoe"];
    private static readonly string[] LastNames = ["Bauer", "Becker", "Demir", "Fischer", "Hoffmann", "Kaya", "Koch", "Krüger", "Lang", "Meyer", "Müller", "Neumann", "Richter", "Schmidt", "Schulz", "Wagner", "Weber", "Wolf", "Yilmaz", "Zimmermann"];
    private static readonly string[] SecurityTitles = ["CISO", "Information Security Officer", "SOC Analyst", "Penetration Tester", "IT-Sicherheitsberater", "Security Engineer", "Datenschutzbeauftragte"];
    private static readonly string[] OtherTitles = ["Sachbearbeitung", "Projektleitung", "Software Engineer", "Key Account Manager", "Referentin", "Controller", "Recruiter", "Produktmanagerin", "Teamassistenz", "Data Analyst", "Brand Manager", "Einkauf"];
    private static readonly string[] SecuritySkills = ["Incident Response", "ISO 27001", "Phishing", "Kryptographie", "SIEM", "Awareness-Schulung", "Threat Intelligence", "Firewall"];
    private static readonly string[] OtherSkills = ["Excel", "SAP", "Python", "Moderation", "Storytelling", "Verhandlung", "Scrum", "SQL", "Recruiting", "SEO", "Power BI", "Englisch"];

    public static (int People, int Departments, int Locations, int Interactions) Write(string folder, int peopleCount, int interactionCount, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var department = new int[peopleCount];
        var activity = new double[peopleCount];

        // Department sizes ~ 1/(rank+1)^0.8: a few large departments (IT, sales), a long tail of small ones.
        var departmentWeights = Enumerable.Range(0, Departments).Select(d => 1 / Math.Pow(d + 1, 0.8)).ToArray();
        for (var i = 0; i < peopleCount; i++)
        {
            department[i] = Pick(random, departmentWeights);
        }

        // People are numbered department by department, so a team is a run of consecutive ids.
        Array.Sort(department);
        var departmentStart = new int[Departments + 1];
        foreach (var d in department)
        {
            departmentStart[d + 1]++;
        }

        for (var d = 0; d < Departments; d++)
        {
            departmentStart[d + 1] += departmentStart[d];
        }

        using (var people = new StreamWriter(Path.Combine(folder, "people.csv"), false, new UTF8Encoding(false), 1 << 16))
        {
            people.WriteLine("id,name,email,department,title,location,manager_id,skills");
            for (var i = 0; i < peopleCount; i++)
            {
                var d = department[i];
                var teamLead = departmentStart[d] + ((i - departmentStart[d]) / TeamSize * TeamSize);
                var head = departmentStart[d];
                var manager = i == head ? string.Empty : Id(i == teamLead ? head : teamLead);
                var location = random.NextDouble() < 0.7 ? Locations[d % Locations.Length] : Locations[random.Next(Locations.Length)];
                // Departments 3 and 11 are "IT" and "Security": one in four there has a security title; elsewhere one in 400.
                var securityShare = d is 3 or 11 ? 0.25 : 0.0025;
                var title = random.NextDouble() < securityShare ? SecurityTitles[random.Next(SecurityTitles.Length)] : OtherTitles[random.Next(OtherTitles.Length)];
                var skills = new List<string>();
                for (var s = random.Next(4); s > 0; s--)
                {
                    skills.Add(random.NextDouble() < 0.02 ? SecuritySkills[random.Next(SecuritySkills.Length)] : OtherSkills[random.Next(OtherSkills.Length)]);
                }

                var first = FirstNames[random.Next(FirstNames.Length)];
                var last = LastNames[random.Next(LastNames.Length)];
                people.Write(string.Create(CultureInfo.InvariantCulture, $"{Id(i)},{first} {last},{Id(i)}@example.com,Dept {d:00},{title},{location},{manager},{string.Join(';', skills.Distinct())}\n"));

                // Heavy-tailed activity (Pareto, α = 2): most people write little, a few write a lot.
                activity[i] = 1 / Math.Sqrt(1 - random.NextDouble()) * (i == teamLead ? 3 : 1) * (i == head ? 5 : 1);
            }
        }

        var cumulative = new double[peopleCount];
        var sum = 0.0;
        for (var i = 0; i < peopleCount; i++)
        {
            sum += activity[i];
            cumulative[i] = sum;
        }

        using (var interactions = new StreamWriter(Path.Combine(folder, "interactions.csv"), false, new UTF8Encoding(false), 1 << 16))
        {
            interactions.WriteLine("source,target,weight");
            for (var row = 0; row < interactionCount; row++)
            {
                var source = Array.BinarySearch(cumulative, random.NextDouble() * sum);
                source = source < 0 ? ~source : source;
                source = Math.Min(source, peopleCount - 1);
                var d = department[source];
                int target;
                var kind = random.NextDouble();
                if (kind < 0.55)
                {
                    // Own team.
                    var teamStart = departmentStart[d] + ((source - departmentStart[d]) / TeamSize * TeamSize);
                    var teamEnd = Math.Min(teamStart + TeamSize, departmentStart[d + 1]);
                    target = random.Next(teamStart, teamEnd);
                }
                else if (kind < 0.80)
                {
                    // Own department.
                    target = random.Next(departmentStart[d], departmentStart[d + 1]);
                }
                else if (kind < 0.95)
                {
                    // Anyone, weighted by activity: cross-department work concentrates on active people.
                    target = Array.BinarySearch(cumulative, random.NextDouble() * sum);
                    target = Math.Min(target < 0 ? ~target : target, peopleCount - 1);
                }
                else
                {
                    // A department head anywhere.
                    var other = random.Next(Departments);
                    target = departmentStart[other] < departmentStart[other + 1] ? departmentStart[other] : source;
                }

                var weight = 1 + (int)Math.Min(9, -Math.Log(1 - random.NextDouble()) * 1.5);
                interactions.Write(string.Create(CultureInfo.InvariantCulture, $"{Id(source)},{Id(target)},{weight}\n"));
            }
        }

        var usedDepartments = Enumerable.Range(0, Departments).Count(d => departmentStart[d + 1] > departmentStart[d]);
        return (peopleCount, usedDepartments, Locations.Length, interactionCount);
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"e{i:000000}");

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
