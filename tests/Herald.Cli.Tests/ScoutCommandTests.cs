using System.Globalization;
using System.Text;
using System.Text.Json;
using Herald.Scout;

namespace Herald.Cli.Tests;

/// <summary><c>herald scout</c> end to end with real files: formats, exit codes, messages, invitation drafts.</summary>
public sealed class ScoutCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "herald-scout-cli-" + Guid.NewGuid().ToString("N"));

    public ScoutCommandTests()
    {
        Directory.CreateDirectory(_folder);
        Write("people.csv", """
            id,name,email,department,title,location,manager_id,skills,cost_centre
            1,Jonas Becker,jonas@example.com,IT,Netzwerkingenieur,Berlin,,Firewall;Incident Response,100
            2,Aylin Demir,aylin@example.com,Security,CISO,Berlin,,ISO 27001,100
            3,"Müller, Sandra",sandra@example.com,Kommunikation,Interne Kommunikation,München,,Storytelling,200
            4,Tom Weber,tom@example.com,Vertrieb,Key Account Manager,Hamburg,,Security-Lösungen,300
            5,Lena Fischer,lena@example.com,HR,HR Business Partner,München,,Recruiting,400
            6,Max Wolf,max@example.com,Marketing,Brand Manager,Hamburg,,Brand Awareness,500
            7,Eva Braun,eva@example.com,IT,SOC Analyst,Berlin,,SIEM;Phishing,100
            8,Ole Berg,ole@example.com,Finanzen,Controller,Frankfurt,,Excel,600
            """);
        Write("interactions.csv", """
            source,target,weight
            1,2,5
            2,1,3
            1,7,4
            2,3,2
            3,5,2
            3,6,3
            4,6,1
            4,2,1
            5,8,1
            7,7,9
            9,1,1
            """);
        Write("self.csv", "id\n4\n");
        Write("optouts.csv", "id\n7\n");
        Write("visibility.csv", "id,signal\n2,talk\n2,LinkedIn profile\n");
    }

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["scout"], "--people is required" },
        { ["scout", "--people", "people.csv", "--share", "0.5"], "between 1 % and 10 % of staff" },
        { ["scout", "--people", "people.csv", "--share", "0.5%"], "between 1 % and 10 % of staff" },
        { ["scout", "--people", "people.csv", "--share", "abc"], "--share must be a share of staff such as 0.03 or 3%" },
        { ["scout", "--people", "people.csv", "--format", "xml"], "--format must be table, json or csv" },
        { ["scout", "--people", "people.csv", "--lang", "fr"], "--lang must be de or en" },
        { ["scout", "--people", "people.csv", "--weight", "charisma=1"], "unknown component 'charisma'" },
        { ["scout", "--people", "people.csv", "--pivots", "many"], "--pivots must be a whole number" },
        { ["scout", "--people", "people.csv", "--lambda", "-1"], "λ" },
        { ["scout", "--people", "people.csv", "--role-title", "Corporate Influencer"], "such as \"Cyber-Security Expert\"" },
        { ["scout", "--people", "missing.csv"], "missing.csv: error: file not found." },
        { ["scout", "--people", "dup.csv"], "dup.csv:3: error: the id '1' appears twice (first on line 2)" },
        { ["scout", "--people", "people.csv", "--interactions", "badweight.csv"], "badweight.csv:3: error: the weight 'lots' is not a number" },
        { ["scout", "--people", "people.csv", "--topic-file", "topics.txt"], "topics.txt:2: error: '***' has no letter or digit" },
        { ["scout", "--people", "people.csv", "--unknown-switch"], "unknown-switch" },
        { ["scout", "--people", "people.csv", "--invitations", "self.csv"], "--invitations needs a folder, but 'self.csv' is a file." },
    };

    [Fact]
    public void Json_has_exactly_the_documented_shape_and_lists_the_shortlist()
    {
        var (exit, output, _) = Run("scout", "--people", "people.csv", "--interactions", "interactions.csv", "--share", "0.1", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["shortlist", "people"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var shortlist = json.RootElement.GetProperty("shortlist").EnumerateArray().Select(e => e.GetString()).ToList();
        var people = json.RootElement.GetProperty("people").EnumerateArray().ToList();
        Assert.Equal(shortlist, people.Select(p => p.GetProperty("id").GetString()));
        Assert.All(people, p => Assert.Equal(
            ["id", "department", "score", "expertise", "degree", "betweenness", "participation", "constraint", "reasons"],
            p.EnumerateObject().Select(x => x.Name)));
        Assert.Equal(["2"], shortlist);
        Assert.Equal(["title: CISO", "bridges colleagues who are otherwise far apart (top 25 %)", "skills: ISO 27001"],
            people[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void All_lists_everyone_except_people_who_opted_out_with_full_precision()
    {
        var (exit, output, error) = Run("scout", "--people", "people.csv", "--interactions", "interactions.csv", "--opt-outs", "optouts.csv", "--all", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var people = json.RootElement.GetProperty("people").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal(7, people.Count);
        Assert.DoesNotContain("7", people.Keys);
        // Path 3-5-8: 5 bridges 8 to everyone else; exact value from the library, bit for bit.
        var input = ScoutLoader.Load(new ScoutFiles { People = Path.Combine(_folder, "people.csv"), Interactions = Path.Combine(_folder, "interactions.csv") }, TestContext.Current.CancellationToken).Input!;
        var expected = ScoutEngine.Run(input, cancellationToken: TestContext.Current.CancellationToken).People.Single(p => p.Person.Id == "5").Betweenness;
        Assert.Equal(expected, people["5"].GetProperty("betweenness").GetDouble());
        Assert.Equal(JsonValueKind.Number, people["8"].GetProperty("constraint").ValueKind);
        Assert.Contains("1 opted out, not shown", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_person_with_rank_and_flag()
    {
        var (exit, output, _) = Run("scout", "--people", "people.csv", "--interactions", "interactions.csv", "--self-nominations", "self.csv", "--all", "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("id,department,location,rank,self_nominated,score,expertise,degree,betweenness,participation,constraint,reasons", lines[0]);
        Assert.Equal(9, lines.Length);
        var tom = lines.Single(l => l.StartsWith("4,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["4", "Vertrieb", "Hamburg", "1", "true"], tom[..5]);
    }

    [Fact]
    public void Csv_cells_a_spreadsheet_would_run_as_formulas_are_defused_but_numbers_kept()
    {
        Write("formula.csv", "id,department\n-5,=HYPERLINK(\"x\")\n6,IT\n");

        var (exit, output, _) = Run("scout", "--people", "formula.csv", "--all", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Contains("-5,\"'=HYPERLINK(\"\"x\"\")\",", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_in_german_shows_reasons_summary_and_how_betweenness_was_computed()
    {
        var (exit, output, error) = Run("scout", "--people", "people.csv", "--interactions", "interactions.csv", "--share", "10%", "--lang", "de", "--all");

        Assert.Equal(0, exit);
        Assert.Contains("Abteilung", output, StringComparison.Ordinal);
        Assert.Contains("Titel: CISO", output, StringComparison.Ordinal);
        Assert.Contains("verbindet 4 Abteilungen", output, StringComparison.Ordinal);
        Assert.Contains("Auswahl: 1 von 8 Personen", output, StringComparison.Ordinal);
        Assert.Contains("Betweenness: exakt (Brandes, alle 8 Personen als Quellen).", output, StringComparison.Ordinal);
        Assert.Equal("interactions.csv:12: Warnung: '9' steht nicht in der Personalliste; die Zeile wird übersprungen.", error.Trim());
    }

    [Fact]
    public void Without_lang_the_environments_language_is_used()
    {
        var people = Path.Combine(_folder, "people.csv");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = HeraldApp.Run(["scout", "--people", people, "--share", "10%"], output, error, new StringReader(string.Empty), Language.German);

        Assert.Equal(0, exit);
        Assert.Contains("Abteilung", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sampled_betweenness_states_its_error_bound_and_delta()
    {
        var (exit, output, _) = Run("scout", "--people", "people.csv", "--interactions", "interactions.csv", "--exact-limit", "4", "--pivots", "4", "--seed", "2", "--delta", "0.1");

        Assert.Equal(0, exit);
        var bound = Math.Sqrt(Math.Log(2 * 8 / 0.1) / (2 * 3)).ToString("0.####", CultureInfo.InvariantCulture);
        Assert.Contains($"sampled from 4 of 8 people (seed 2); with probability ≥ 90% every value is within ±{bound} of the exact one (Hoeffding bound, δ = 0.1)", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Usage_and_input_errors_exit_2_with_a_clear_message_and_no_stack_trace(string[] args, string message)
    {
        Write("dup.csv", "id,department\n1,IT\n1,HR\n");
        Write("badweight.csv", "source,target,weight\n1,2,1\n1,2,lots\n");
        Write("topics.txt", "Kubernetes\n***\n");

        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("influencer", error, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string[], string> InputErrorsInGerman => new()
    {
        { ["scout", "--people", "missing.csv", "--lang", "de"], "missing.csv: Fehler: die Datei wurde nicht gefunden." },
        { ["scout", "--people", "dup.csv", "--lang", "de"], "dup.csv:3: Fehler: die id '1' kommt zweimal vor (zuerst in Zeile 2); jede id darf nur einmal vorkommen." },
        { ["scout", "--people", "nodept.csv", "--lang", "de"], "nodept.csv:1: Fehler: in der Kopfzeile fehlt die Spalte department (gefunden: id, name)." },
        {
            ["scout", "--people", "people.csv", "--interactions", "badweight.csv", "--lang", "de"],
            "badweight.csv:3: Fehler: das Gewicht (weight) 'lots' ist keine Zahl; schreibe Ziffern mit Dezimalpunkt statt Komma, etwa 1 oder 2.5."
        },
        {
            ["scout", "--people", "people.csv", "--topic-file", "topics.txt", "--lang", "de"],
            "topics.txt:2: Fehler: '***' enthält keinen Buchstaben und keine Ziffer; schreibe einen Themenbegriff pro Zeile."
        },
        { ["scout", "--people", "people.csv", "--topic", "***", "--lang", "de"], "--topic: Fehler: die Themenbegriffe brauchen mindestens einen Buchstaben oder eine Ziffer." },
        { ["scout", "--lang", "de"], "herald scout: --people fehlt: die Personalliste als CSV mit mindestens den Spalten id und department." },
        {
            ["scout", "--people", "people.csv", "--share", "0.5", "--lang", "de"],
            "herald scout: der Anteil für die Vorschlagsliste muss zwischen 1 % und 10 % der Belegschaft liegen (0.01 bis 0.10); angegeben war 0.5."
        },
        { ["scout", "--people", "people.csv", "--lambda", "0,2", "--lang", "de"], "herald scout: --lambda muss eine Zahl sein, etwa 0.2 (mit Dezimalpunkt); angegeben war '0,2'." },
        { ["scout", "--people", "people.csv", "--format", "xml", "--lang", "de"], "herald scout: --format muss table, json oder csv sein; angegeben war 'xml'." },
        { ["scout", "--people", "people.csv", "--weight", "charisma=1", "--lang", "de"], "herald scout: --weight: unbekannte Komponente 'charisma'" },
        { ["scout", "--people", "people.csv", "--role-title", "Corporate Influencer", "--lang", "de"], "herald scout: wähle einen Rollentitel, der die Expertise benennt, etwa „Cyber-Security Expert“" },
    };

    [Theory]
    [MemberData(nameof(InputErrorsInGerman))]
    public void Usage_and_input_errors_are_in_german_with_lang_de(string[] args, string message)
    {
        Write("dup.csv", "id,department\n1,IT\n1,HR\n");
        Write("nodept.csv", "id,name\n1,Jonas\n");
        Write("badweight.csv", "source,target,weight\n1,2,1\n1,2,lots\n");
        Write("topics.txt", "Kubernetes\n***\n");

        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("influencer", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Input_errors_follow_the_environments_language_without_lang()
    {
        Write("dup.csv", "id,department\n1,IT\n1,HR\n");
        var dup = Path.Combine(_folder, "dup.csv");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = HeraldApp.Run(["scout", "--people", dup], output, error, new StringReader(string.Empty), Language.German);

        Assert.Equal(2, exit);
        Assert.Equal($"{dup}:3: Fehler: die id '1' kommt zweimal vor (zuerst in Zeile 2); jede id darf nur einmal vorkommen.", error.ToString().Trim());
    }

    [Fact]
    public void Lang_en_keeps_input_errors_in_english_in_a_german_environment()
    {
        Write("dup.csv", "id,department\n1,IT\n1,HR\n");
        var dup = Path.Combine(_folder, "dup.csv");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = HeraldApp.Run(["scout", "--people", dup, "--lang", "en"], output, error, new StringReader(string.Empty), Language.German);

        Assert.Equal(2, exit);
        Assert.Equal($"{dup}:3: error: the id '1' appears twice (first on line 2); ids must be unique.", error.ToString().Trim());
    }

    [Fact]
    public void Invitation_drafts_are_written_per_shortlisted_person_in_german_and_english()
    {
        var drafts = Path.Combine(_folder, "drafts");
        var (exit, output, _) = Run("scout", "--people", "people.csv", "--interactions", "interactions.csv", "--self-nominations", "self.csv", "--share", "0.1", "--invitations", drafts, "--sender", "Sandra");

        Assert.Equal(0, exit);
        Assert.Equal(["01-4.de.txt", "01-4.en.txt"], Directory.GetFiles(drafts).Select(Path.GetFileName).Order());
        var de = File.ReadAllText(Path.Combine(drafts, "01-4.de.txt"));
        Assert.StartsWith("Betreff: Hast du Lust, als Cyber-Security Expert mitzumachen?\n\nHallo Tom,", de, StringComparison.Ordinal);
        Assert.EndsWith("Viele Grüße\nSandra\n", de, StringComparison.Ordinal);
        Assert.Contains("Invitation drafts: 2 files in", output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_output_in_any_format_or_language_says_influencer()
    {
        var drafts = Path.Combine(_folder, "drafts");
        var everything = new List<string>();
        foreach (var format in new[] { "table", "json", "csv" })
        {
            foreach (var lang in new[] { "de", "en" })
            {
                var (exit, output, error) = Run(
                    "scout", "--people", "people.csv", "--interactions", "interactions.csv", "--self-nominations", "self.csv",
                    "--opt-outs", "optouts.csv", "--visibility", "visibility.csv", "--all", "--share", "0.1",
                    "--format", format, "--lang", lang, "--invitations", drafts);
                Assert.Equal(0, exit);
                everything.Add(output);
                everything.Add(error);
            }
        }

        everything.AddRange(Directory.GetFiles(drafts).Select(File.ReadAllText));
        Assert.All(everything, text => Assert.DoesNotContain("influencer", text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(everything, text => text.Contains("Cyber-Security Expert", StringComparison.Ordinal));
    }

    [Fact]
    public void Large_run_writes_no_progress_bar_into_redirected_output()
    {
        var people = new StringBuilder("id,department\n");
        var interactions = new StringBuilder("source,target\n");
        for (var i = 0; i < 6000; i++)
        {
            people.Append(CultureInfo.InvariantCulture, $"{i},d{i % 20}\n");
            interactions.Append(CultureInfo.InvariantCulture, $"{i},{(i * 7 + 1) % 6000}\n");
        }

        Write("big.csv", people.ToString());
        Write("big-interactions.csv", interactions.ToString());

        var (exit, output, error) = Run("scout", "--people", "big.csv", "--interactions", "big-interactions.csv", "--format", "json");

        Assert.Equal(0, exit);
        Assert.StartsWith("{\"shortlist\":[", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("betweenness ━", output + error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder, name), content.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");

    /// <summary>Runs the command with the test folder as working directory for relative paths, through <see cref="Cli.Run"/>.</summary>
    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var resolved = args.Select(a => a.EndsWith(".csv", StringComparison.Ordinal) || a.EndsWith(".txt", StringComparison.Ordinal) ? Path.Combine(_folder, a) : a).ToArray();
        var result = Cli.Run(resolved);
        return (result.Exit, result.Output, result.Error.Replace(_folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
    }
}
