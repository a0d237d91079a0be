using System.Reflection;
using System.Text;
using Herald.Guard.Policy;

namespace Herald.Bench;

/// <summary>The inputs every benchmark shares: realistic posts, a large policy and the mixed corpus.</summary>
public static class Workloads
{
    /// <summary>Inside the quiet period of the large policy, so the insider check runs too.</summary>
    public static readonly DateOnly CheckDate = new(2026, 12, 10);

    public static string Post(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded post {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A policy of the size a large company reaches: <paramref name="terms"/> code names and NDA
    /// customers, generated deterministically from syllables so they look like real names.
    /// </summary>
    public static GuardPolicy LargePolicy(int terms)
    {
        string[] syllables = ["fal", "ke", "hal", "cy", "on", "nor", "wind", "brei", "ten", "stein", "mar", "lin", "ost", "see", "berg", "ka", "ro", "tu", "vex", "quan"];
        var random = new Random(27);
        string Word() => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => syllables[random.Next(syllables.Length)]));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (names.Count < terms)
        {
            var word = Word();
            names.Add(random.Next(3) == 0 ? $"Projekt {char.ToUpperInvariant(word[0])}{word[1..]}" : $"{char.ToUpperInvariant(word[0])}{word[1..]}{random.Next(10, 99)}");
        }

        var all = names.ToArray();
        var customers = all.Take(terms / 10).Select(n => n + " Bank").ToArray();
        return new GuardPolicy
        {
            Organization = new OrganizationPolicy
            {
                Name = "Brennholt Logistik AG",
                PublicDomains = ["brennholt.de"],
                InternalDomains = ["corp.brennholt.de", "brennholt.local"],
                InternalNetworks = ["10.20.0.0/16", "172.16.0.0/12", "fd12:3456:789a::/48"],
            },
            ConfidentialTerms = [.. all.Skip(customers.Length).Select(t => new ConfidentialTerm(t, "Internes Vorhaben"))],
            CustomersUnderNda = customers,
            PeopleWithoutConsent = ["Erika Mustermann", "Max Beispiel"],
            Allow = ["presse@brennholt.de"],
            QuietPeriods = [new QuietPeriod { From = new(2026, 12, 1), To = new(2027, 1, 20), Topics = ["Umsatz", "Quartalszahlen", "revenue", "earnings"] }],
            Rules = [new CustomRule { Id = "brennholt-ticket", Pattern = "BRH-[0-9]{4,}", Severity = Herald.Guard.Severity.Warn, Message = "Interne Ticketnummern verraten, wie wir arbeiten." }],
        };
    }

    /// <summary>
    /// The mixed German/English corpus: the evaluation drafts in tests/corpus, repeated to about
    /// <paramref name="targetChars"/> characters so one measurement reads a few hundred kilobytes.
    /// </summary>
    public static IReadOnlyList<string> Corpus(int targetChars)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "corpus", "drafts");
        var drafts = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
            : [Post("post-3000-de.txt"), Post("post-3000-en.txt")];
        var list = new List<string>();
        var total = 0;
        for (var i = 0; total < targetChars; i++)
        {
            var draft = drafts[i % drafts.Length];
            list.Add(draft);
            total += draft.Length;
        }

        return list;
    }

    /// <summary>The policy of the invented company the corpus drafts were written for (tests/corpus/policy.yaml).</summary>
    public static GuardPolicy CorpusPolicy()
    {
        var loaded = PolicyLoader.LoadFile(Path.Combine(RepositoryRoot(), "tests", "corpus", "policy.yaml"));
        return loaded.Value ?? throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Herald.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
