using System.Net;
using System.Text;
using System.Text.Json;
using Herald.Data;
using Herald.Web.Tests.Support;

namespace Herald.Web.Tests.Scout;

/// <summary>Herald with a 1 MB Scout upload limit, to see it act.</summary>
public sealed class ScoutLimitApp : SqliteApp
{
    public const int UploadBytes = 1024 * 1024;

    public ScoutLimitApp() => With("Protection:ScoutUploadBytes", UploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Every mistake in the files gets a clear message with the file (as the lead named it) and the line.</summary>
public sealed class ScoutInputTests(ScoutLimitApp app) : IClassFixture<ScoutLimitApp>
{
    public static TheoryData<string, byte[], string, string> BrokenStaffLists => new()
    {
        {
            "missing department column", "id,name\n1,Anna\n"u8.ToArray(),
            "staff.csv, line 1: the header row has no column department (found: id, name).",
            "staff.csv, Zeile 1: in der Kopfzeile fehlt die Spalte department (gefunden: id, name)."
        },
        { "empty file", [], "staff.csv, line 1: the file is empty", "staff.csv, Zeile 1: die Datei ist leer" },
        {
            "wrong encoding", Encoding.Latin1.GetBytes("id,department\n1,IT\n2,Einkauf München\n"),
            "staff.csv, line 3: the file is not valid UTF-8. Save it as &quot;CSV UTF-8&quot; and try again.",
            "staff.csv, Zeile 3: die Datei ist kein gültiges UTF-8. Speichere sie als „CSV UTF-8“"
        },
        { "broken quote", "id,department\n1,\"IT\n"u8.ToArray(), "staff.csv, line 2: a quoted field is broken", "staff.csv, Zeile 2: ein Feld in Anführungszeichen ist fehlerhaft" },
        {
            "duplicate id", "id,department\n1,IT\n1,HR\n"u8.ToArray(),
            "staff.csv, line 3: the id &#x27;1&#x27; appears twice (first on line 2); ids must be unique.",
            "staff.csv, Zeile 3: die id &#x27;1&#x27; kommt zweimal vor (zuerst in Zeile 2)"
        },
        { "no people", "id,department\n"u8.ToArray(), "staff.csv: there are no people in the file", "staff.csv: die Datei enthält keine Personen" },
        {
            "empty department", "id,department\n1,IT\n2,\n"u8.ToArray(),
            "staff.csv, line 3: the department of &#x27;2&#x27; is empty; every person needs one.",
            "staff.csv, Zeile 3: die Abteilung (department) von &#x27;2&#x27; ist leer; jede Person braucht eine."
        },
    };

    public static TheoryData<string, string, string, string> BrokenInteractions => new()
    {
        {
            "German decimal comma", "source;target;weight\np01;p02;2,5\n",
            "contacts.csv, line 2: the weight &#x27;2,5&#x27; is not a number; use digits with a decimal point, such as 1 or 2.5.",
            "contacts.csv, Zeile 2: das Gewicht (weight) &#x27;2,5&#x27; ist keine Zahl; schreibe Ziffern mit Dezimalpunkt statt Komma, etwa 1 oder 2.5."
        },
        {
            "missing columns", "from_id,to_id\np01,p02\n",
            "contacts.csv, line 1: the header row has no columns source and target (or from and to) (found: from_id, to_id).",
            "contacts.csv, Zeile 1: in der Kopfzeile fehlen die Spalten source und target (oder from und to) (gefunden: from_id, to_id)."
        },
        {
            "negative weight", "source,target,weight\np01,p02,-1\n",
            "contacts.csv, line 2: the weight must be a positive number, such as 1 or 2.5.",
            "contacts.csv, Zeile 2: das Gewicht (weight) muss eine positive Zahl sein, etwa 1 oder 2.5."
        },
    };

    [Theory]
    [MemberData(nameof(BrokenStaffLists))]
    public async Task A_broken_staff_list_is_explained_at_its_line(string mistake, byte[] people, string english, string german)
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);

        var response = await lead.UploadFilesAsync(new() { ["people"] = ("staff.csv", people) }, Settings());
        using var leadInGerman = await app.SignedInClientAsync(Roles.ProgrammeLead);
        leadInGerman.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        var inGerman = await leadInGerman.UploadFilesAsync(new() { ["people"] = ("staff.csv", people) }, Settings());

        Assert.True(response.StatusCode == HttpStatusCode.OK, mistake);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Scout could not read the files", html, StringComparison.Ordinal);
        Assert.Contains(english, html, StringComparison.Ordinal);
        Assert.Contains(german, await inGerman.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BrokenInteractions))]
    public async Task A_broken_interactions_file_is_explained_at_its_line_in_english_and_german(string mistake, string interactions, string english, string german)
    {
        var files = new Dictionary<string, (string, byte[])>
        {
            ["people"] = ("people.csv", Encoding.UTF8.GetBytes(SampleStaff.People())),
            ["interactions"] = ("contacts.csv", Encoding.UTF8.GetBytes(interactions)),
        };
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        using var leadInGerman = await app.SignedInClientAsync(Roles.ProgrammeLead);
        leadInGerman.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");

        var inEnglish = await lead.UploadFilesAsync(files, Settings());
        var inGerman = await leadInGerman.UploadFilesAsync(files, Settings());

        Assert.True(inEnglish.StatusCode == HttpStatusCode.OK, mistake);
        Assert.Contains(english, await inEnglish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var html = await inGerman.Content.ReadAsStringAsync();
        Assert.Contains("Scout konnte die Dateien nicht lesen", html, StringComparison.Ordinal);
        Assert.Contains(german, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_skipped_rows_are_counted_in_the_readers_language_long_after_the_run()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        // 25 rows name someone who is not on the staff list, one of them with a tab inside its quoted id.
        var unknown = "p01,\"x\t25\",1\n" + string.Concat(Enumerable.Range(1, 24).Select(i => $"p01,x{i},1\n"));
        var interactions = SampleStaff.Interactions().Replace("source,target,weight\n", "source,target,weight\n" + unknown, StringComparison.Ordinal);

        var page = ScoutClient.RunPage(await lead.UploadAsync(SampleStaff.People(), interactions));

        var html = await lead.GetStringAsync(page);
        Assert.Contains("interactions.csv, line 21: &#x27;x19&#x27; is not in the people file; the row is skipped.", html, StringComparison.Ordinal);
        Assert.Contains("interactions.csv: … and 5 more rows like that (unknown ids).", html, StringComparison.Ordinal);
        using var inGerman = await app.SignInAsync(await app.CreateUserAsync(Roles.ProgrammeLead));
        inGerman.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        var german = await inGerman.GetStringAsync(page);
        Assert.Contains("interactions.csv, Zeile 2: &#x27;x 25&#x27; steht nicht in der Personalliste; die Zeile wird übersprungen.", german, StringComparison.Ordinal);
        Assert.Contains("interactions.csv, Zeile 21: &#x27;x19&#x27; steht nicht in der Personalliste; die Zeile wird übersprungen.", german, StringComparison.Ordinal);
        Assert.Contains("interactions.csv: … und 5 weitere Zeilen dieser Art (unbekannte ids).", german, StringComparison.Ordinal);
        Assert.DoesNotContain("is not in the people file", german, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactions_with_unknown_ids_are_skipped_and_shown_with_their_line()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var interactions = SampleStaff.Interactions().Replace("source,target,weight\n", "source,target,weight\np01,x99,1\n", StringComparison.Ordinal);

        var page = ScoutClient.RunPage(await lead.UploadAsync(SampleStaff.People(), interactions));

        var html = await lead.GetStringAsync(page);
        Assert.Contains("interactions.csv, line 2: &#x27;x99&#x27; is not in the people file; the row is skipped.", html, StringComparison.Ordinal);
        using var inGerman = await app.SignInAsync(await app.CreateUserAsync(Roles.ProgrammeLead));
        inGerman.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        Assert.Contains("interactions.csv, Zeile 2: &#x27;x99&#x27; steht nicht in der Personalliste; die Zeile wird übersprungen.", await inGerman.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(4, ScoutClient.Shortlist(html).Count);
    }

    [Fact]
    public async Task Someone_who_nominated_themselves_and_opted_out_is_shown_nowhere()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var optedOut = $"id\n{SampleStaff.Id(0)}\n";

        var page = ScoutClient.RunPage(await lead.UploadAsync(SampleStaff.People(), SampleStaff.Interactions(), selfNominations: optedOut, optOuts: optedOut));

        var html = await lead.GetStringAsync(page);
        Assert.DoesNotContain(SampleStaff.Name(0), html, StringComparison.Ordinal);
        Assert.DoesNotContain($"&#x27;{SampleStaff.Id(0)}&#x27;", html, StringComparison.Ordinal);
        Assert.Equal(4, ScoutClient.Shortlist(html).Count);
    }

    [Fact]
    public async Task A_topic_of_the_leads_choice_replaces_the_built_in_vocabulary()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var files = new Dictionary<string, (string, byte[])> { ["people"] = ("people.csv", Encoding.UTF8.GetBytes(SampleStaff.People())) };

        var page = ScoutClient.RunPage(await lead.UploadFilesAsync(files, new() { ["Input.SharePercent"] = "5", ["Input.Coverage"] = "0", ["Input.Topic"] = "Kampagnen\nSimulationen", ["Input.Language"] = "en" }));

        var html = await lead.GetStringAsync(page);
        Assert.Contains("skills: Simulationen, Kampagnen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sicherheitsbeauftragte", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_files_and_options_out_of_range_are_explained()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);

        var response = await lead.UploadFilesAsync([], new() { ["Input.SharePercent"] = "11", ["Input.Coverage"] = "7", ["Input.Topic"] = new string('x', 4001), ["Input.Language"] = "en" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Please choose the staff list (people.csv).", html, StringComparison.Ordinal);
        Assert.Contains("The share must be between 1 and 10 percent of staff.", html, StringComparison.Ordinal);
        Assert.Contains("Please choose how much department coverage counts.", html, StringComparison.Ordinal);
        Assert.Contains("Please keep the topic terms under 4,000 characters.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_over_the_limit_get_a_clear_message()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var justOver = Encoding.UTF8.GetBytes(SampleStaff.People().PadRight(ScoutLimitApp.UploadBytes + 1, '\n'));

        var response = await lead.UploadFilesAsync(new() { ["people"] = ("people.csv", justOver) }, Settings());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Scout in the browser takes files of up to 1 MB together. For a larger company, use the herald scout command.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var leadInGerman = await app.SignedInClientAsync(Roles.ProgrammeLead);
        leadInGerman.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        var inGerman = await leadInGerman.UploadFilesAsync(new() { ["people"] = ("people.csv", justOver) }, Settings());
        Assert.Contains("Scout im Browser nimmt Dateien bis zusammen 1 MB an. Für ein größeres Unternehmen nutze den Befehl herald scout.", await inGerman.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_far_over_the_limit_is_refused_before_it_is_read()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);

        var response = await lead.UploadFilesAsync(new() { ["people"] = ("people.csv", new byte[2 * ScoutLimitApp.UploadBytes]) }, Settings());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("up to 1 MB together", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_company_of_a_thousand_people_gets_its_shortlist()
    {
        using var lead = await app.SignedInClientAsync(Roles.ProgrammeLead);
        var people = new StringBuilder("id,name,department,title,skills\n");
        var interactions = new StringBuilder("source,target\n");
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            people.Append(System.Globalization.CultureInfo.InvariantCulture, $"e{i},Person {i},Abteilung {i % 25},{(i % 40 == 0 ? "Security Engineer" : "Fachkraft")},{(i % 7 == 0 ? "Phishing" : "")}\n");
            for (var k = 0; k < 10; k++)
            {
                interactions.Append(System.Globalization.CultureInfo.InvariantCulture, $"e{i},e{(random.Next(3) == 0 ? random.Next(1000) : (i / 25 * 25) + random.Next(25)) % 1000}\n");
            }
        }

        var page = ScoutClient.RunPage(await lead.UploadAsync(people.ToString(), interactions.ToString(), sharePercent: 3));

        var html = await lead.GetStringAsync(page);
        Assert.Equal(30, ScoutClient.Shortlist(html).Count);
        Assert.Contains("Departments covered: 25 of 25.", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Settings() => new() { ["Input.SharePercent"] = "3", ["Input.Coverage"] = "2", ["Input.Language"] = "en" };
}
