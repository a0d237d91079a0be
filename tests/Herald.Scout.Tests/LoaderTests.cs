using System.Text;

namespace Herald.Scout.Tests;

/// <summary>Reading real files: every error names the file and the line, and nothing throws.</summary>
public sealed class LoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    // Each problem in English and in German: both name the same place and keep the values from the file.
    public static TheoryData<string, string, int, string, string> BadPeopleFiles => new()
    {
        { "missing department column", "id,dept\n1,IT\n", 1, "no column department (found: id, dept)", "fehlt die Spalte department (gefunden: id, dept)" },
        { "missing id column", "name,department\nA,IT\n", 1, "no column id", "fehlt die Spalte id" },
        { "missing both columns", "name\nA\n", 1, "no columns id and department (found: name)", "fehlen die Spalten id und department (gefunden: name)" },
        { "duplicate id", "id,department\n1,IT\n2,HR\n1,HR\n", 4, "the id '1' appears twice (first on line 2)", "die id '1' kommt zweimal vor (zuerst in Zeile 2)" },
        { "empty department", "id,department\n1,IT\n2,\n", 3, "the department of '2' is empty", "die Abteilung (department) von '2' ist leer" },
        { "empty id", "id,department\n1,IT\n,HR\n", 3, "the id is empty", "die id ist leer" },
        { "unclosed quote", "id,department\n1,IT\n2,\"HR\n", 3, "a quote (\") is not closed", "Ein Anführungszeichen (\") ist nicht geschlossen" },
        { "text after quote", "id,department\n1,\"IT\"x\n", 2, "a quote (\") is not closed, or text follows the closing quote", "nach dem schließenden folgt noch Text" },
        { "empty file", string.Empty, 1, "the file is empty", "die Datei ist leer" },
        { "header only", "id,department\n", 0, "there are no people in the file", "die Datei enthält keine Personen" },
        { "multi-line field shifts the line", "id,department,title\n1,IT,\"two\nlines\"\n1,HR,x\n", 4, "appears twice (first on line 2)", "kommt zweimal vor (zuerst in Zeile 2)" },
    };

    public static TheoryData<string, string, int, string, string> BadInteractionFiles => new()
    {
        { "missing columns", "a,b\n1,2\n", 1, "no columns source and target (or from and to) (found: a, b)", "fehlen die Spalten source und target (oder from und to) (gefunden: a, b)" },
        { "missing target column", "source,weight\n1,2\n", 1, "no column target (or to) (found: source, weight)", "fehlt die Spalte target (oder to) (gefunden: source, weight)" },
        { "weight not a number", "source,target,weight\n1,2,x\n", 2, "the weight 'x' is not a number", "das Gewicht (weight) 'x' ist keine Zahl" },
        { "negative weight", "source,target,weight\n1,2,1\n1,2,-3\n", 3, "the weight must be a positive number", "das Gewicht (weight) muss eine positive Zahl sein" },
        { "zero weight", "source,target,weight\n1,2,0\n", 2, "the weight must be a positive number", "das Gewicht (weight) muss eine positive Zahl sein" },
        { "empty source", "source,target\n,1\n", 2, "the source id is empty", "die id in source ist leer" },
        { "empty target", "source,target\n1,\n", 2, "the target id is empty", "die id in target ist leer" },
        { "German decimal comma", "source;target;weight\n1;2;2,5\n", 2, "the weight '2,5' is not a number", "das Gewicht (weight) '2,5' ist keine Zahl; schreibe Ziffern mit Dezimalpunkt statt Komma" },
    };

    [Theory]
    [MemberData(nameof(BadPeopleFiles))]
    public void People_file_errors_name_the_file_and_line_in_english_and_german(string name, string content, int line, string english, string german)
    {
        var path = _folder.Write("people.csv", content);

        var loaded = ScoutLoader.Load(new ScoutFiles { People = path }, TestContext.Current.CancellationToken);

        Assert.False(loaded.Succeeded, name);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(english, error.Message.En, StringComparison.Ordinal);
        Assert.Contains(german, error.Message.De, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInteractionFiles))]
    public void Interaction_file_errors_name_the_file_and_line_in_english_and_german(string name, string content, int line, string english, string german)
    {
        var people = _folder.Write("people.csv", "id,department\n1,IT\n2,HR\n");
        var interactions = _folder.Write("interactions.csv", content);

        var loaded = ScoutLoader.Load(new ScoutFiles { People = people, Interactions = interactions }, TestContext.Current.CancellationToken);

        Assert.False(loaded.Succeeded, name);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(interactions, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(english, error.Message.En, StringComparison.Ordinal);
        Assert.Contains(german, error.Message.De, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_on_its_line()
    {
        var path = _folder.WriteBytes("people.csv", [.. "id,department\n1,IT\n2,H"u8, 0xFF, .. "R\n"u8]);

        var loaded = ScoutLoader.Load(new ScoutFiles { People = path }, TestContext.Current.CancellationToken);

        var error = Assert.Single(loaded.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("not valid UTF-8", error.Message.En, StringComparison.Ordinal);
        Assert.Contains("kein gültiges UTF-8. Speichere sie als „CSV UTF-8“", error.Message.De, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_an_error_not_an_exception()
    {
        var loaded = ScoutLoader.Load(new ScoutFiles { People = _folder.File("nowhere.csv") }, TestContext.Current.CancellationToken);

        Assert.Equal(new ScoutText("file not found.", "die Datei wurde nicht gefunden."), Assert.Single(loaded.Errors).Message);
    }

    [Fact]
    public void Every_error_is_collected_not_only_the_first()
    {
        var path = _folder.Write("people.csv", "id,department\n1,\n2,\n,IT\n3,IT\n3,IT\n");

        var loaded = ScoutLoader.Load(new ScoutFiles { People = path }, TestContext.Current.CancellationToken);

        Assert.Equal([2, 3, 4, 6], loaded.Errors.Select(e => e.Line));
    }

    [Fact]
    public void A_thousand_bad_rows_list_twenty_and_count_the_rest()
    {
        var content = new StringBuilder("id,department\n");
        for (var i = 0; i < 1000; i++)
        {
            content.Append(i).Append(",\n");
        }

        var loaded = ScoutLoader.Load(new ScoutFiles { People = _folder.Write("people.csv", content.ToString()) }, TestContext.Current.CancellationToken);

        Assert.Equal(21, loaded.Errors.Count);
        Assert.Equal(new ScoutText("… and 980 more rows like that (empty department).", "… und 980 weitere Zeilen dieser Art (leere Abteilung)."), loaded.Errors[^1].Message);
    }

    [Fact]
    public void Weights_that_are_not_numbers_are_counted_like_every_other_bad_row()
    {
        var people = _folder.Write("people.csv", "id,department\n1,IT\n2,HR\n");
        var interactions = _folder.Write("interactions.csv", "source,target,weight\n" + string.Concat(Enumerable.Repeat("1,2,viel\n", 500)));

        var loaded = ScoutLoader.Load(new ScoutFiles { People = people, Interactions = interactions }, TestContext.Current.CancellationToken);

        Assert.Equal(21, loaded.Errors.Count);
        Assert.Equal(new ScoutText("… and 480 more rows like that (bad weight).", "… und 480 weitere Zeilen dieser Art (ungültiges Gewicht)."), loaded.Errors[^1].Message);
    }

    [Fact]
    public void The_count_of_further_rows_is_written_the_way_each_language_writes_numbers()
    {
        var content = new StringBuilder("id,department\n");
        for (var i = 0; i < 2020; i++)
        {
            content.Append(i).Append(",\n");
        }

        var loaded = ScoutLoader.Load(new ScoutFiles { People = _folder.Write("people.csv", content.ToString()) }, TestContext.Current.CancellationToken);

        Assert.Equal(new ScoutText("… and 2,000 more rows like that (empty department).", "… und 2.000 weitere Zeilen dieser Art (leere Abteilung)."), loaded.Errors[^1].Message);
    }

    [Fact]
    public void Full_people_file_with_bom_extra_columns_and_quoted_fields_loads()
    {
        var path = _folder.WriteBytes("people.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "ID,Name,Email,Department,Title,Location,Manager_ID,Skills,Cost Centre\n" +
            "p1,\"Müller, Sandra\",s@example.com,Kommunikation,Leitung,München,p2,\"Storytelling; Social Media\",4711\n" +
            "p2,Jonas Becker,j@example.com,IT,Netzwerkingenieur,Berlin,,Firewall;Incident Response;,4712\n")).ToArray());

        var loaded = ScoutLoader.Load(new ScoutFiles { People = path }, TestContext.Current.CancellationToken);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var sandra = loaded.Input!.People[0];
        Assert.Equal("Müller, Sandra", sandra.Name);
        Assert.Equal("München", sandra.Location);
        Assert.Equal("p2", sandra.ManagerId);
        Assert.Equal(["Storytelling", "Social Media"], sandra.Skills);
        Assert.Equal(["Firewall", "Incident Response"], loaded.Input.People[1].Skills);
        Assert.Equal(["Kommunikation", "IT"], loaded.Input.Departments);
    }

    [Fact]
    public void Semicolon_separated_export_from_a_german_spreadsheet_loads()
    {
        var people = _folder.Write("people.csv", "id;department;skills\n1;IT;\"ISO 27001;Pentest\"\n2;HR;\n");
        var interactions = _folder.Write("interactions.csv", "source;target;weight\n1;2;2.5\n");

        var loaded = ScoutLoader.Load(new ScoutFiles { People = people, Interactions = interactions }, TestContext.Current.CancellationToken);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        Assert.Equal(["ISO 27001", "Pentest"], loaded.Input!.People[0].Skills);
        Assert.Equal(1, loaded.Input.TieCount);
    }

    [Fact]
    public void Unknown_ids_are_warnings_with_line_numbers_and_the_rows_are_skipped()
    {
        var people = _folder.Write("people.csv", "id,department\n1,IT\n2,HR\n");
        var interactions = _folder.Write("interactions.csv", "source,target\n1,2\nghost,1\n2,1\n2,nobody\n1,1\n");

        var loaded = ScoutLoader.Load(new ScoutFiles { People = people, Interactions = interactions }, TestContext.Current.CancellationToken);

        Assert.True(loaded.Succeeded);
        Assert.Equal([3, 5], loaded.Warnings.Select(w => w.Line));
        Assert.Equal(
            new ScoutText("'ghost' is not in the people file; the row is skipped.", "'ghost' steht nicht in der Personalliste; die Zeile wird übersprungen."),
            loaded.Warnings[0].Message);
        Assert.Equal(new InteractionStats(2, 1, 2), loaded.Input!.Interactions);
        Assert.Equal(1, loaded.Input.TieCount);
    }

    [Fact]
    public void Weight_defaults_to_one_and_from_to_columns_are_understood()
    {
        var people = _folder.Write("people.csv", "id,department\nc,X\nx,X\ny,X\n");
        var interactions = _folder.Write("interactions.csv", "from,to,weight\nc,x,\nx,c,2\nc,y,1\n");

        var loaded = ScoutLoader.Load(new ScoutFiles { People = people, Interactions = interactions }, TestContext.Current.CancellationToken);
        var result = ScoutEngine.Run(loaded.Input!, cancellationToken: TestContext.Current.CancellationToken);

        // Weights 1 + 2 = 3 to x and 1 to y: constraint 9/16 + 1/16.
        Assert.Equal(0.625, result.People[0].Constraint!.Value, 12);
    }

    [Fact]
    public void Lists_of_ids_load_and_unknown_ids_in_them_are_warnings()
    {
        var people = _folder.Write("people.csv", "id,department\n1,IT\n2,HR\n3,HR\n");
        var self = _folder.Write("self.csv", "id,comment\n1,keen\nzzz,\n");
        var optOuts = _folder.Write("optouts.csv", "id\n2\n");
        var visibility = _folder.Write("visibility.csv", "id,signal\n3,talk\n3,Talk\n3,\n");

        var loaded = ScoutLoader.Load(new ScoutFiles { People = people, SelfNominations = self, OptOuts = optOuts, Visibility = visibility }, TestContext.Current.CancellationToken);
        var result = ScoutEngine.Run(loaded.Input!, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((self, 3), (Assert.Single(loaded.Warnings).File, loaded.Warnings[0].Line));
        Assert.True(result.People[0].SelfNominated);
        Assert.True(result.People[1].OptedOut);
        Assert.Equal(0.75, result.People[2].Visibility, 12);
    }

    [Fact]
    public void Self_nomination_and_opt_out_of_the_same_person_keeps_the_opt_out()
    {
        var people = _folder.Write("people.csv", "id,department\n1,IT\n2,HR\n");
        var both = _folder.Write("ids.csv", "id\n1\n");

        var loaded = ScoutLoader.Load(new ScoutFiles { People = people, SelfNominations = both, OptOuts = both }, TestContext.Current.CancellationToken);
        var result = ScoutEngine.Run(loaded.Input!, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            new ScoutText("'1' nominated themselves and also opted out; the opt-out wins.", "'1' hat sich selbst gemeldet und auch abgemeldet; die Abmeldung hat Vorrang."),
            Assert.Single(loaded.Warnings).Message);
        Assert.DoesNotContain(result.Shortlist, s => s.Assessment.Person.Id == "1");
    }

    [Fact]
    public void In_memory_input_gets_the_same_checks()
    {
        var loaded = ScoutInput.Create(
            [new Person { Id = "a", Department = "X" }, new Person { Id = "a", Department = "Y" }],
            [new Interaction("a", "b")]);

        Assert.Equal(
            new InputProblem("people", 2, new ScoutText(
                "the id 'a' appears twice (first on line 1); ids must be unique.",
                "die id 'a' kommt zweimal vor (zuerst in Zeile 1); jede id darf nur einmal vorkommen.")),
            Assert.Single(loaded.Errors));
    }

    public void Dispose() => _folder.Dispose();
}
