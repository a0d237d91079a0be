using System.Text;

namespace Herald.Scout.Tests;

/// <summary>Reading real files: every error names the file and the line, and nothing throws.</summary>
public sealed class LoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string, string, int, string> BadPeopleFiles => new()
    {
        { "missing department column", "id,dept\n1,IT\n", 1, "no column department (found: id, dept)" },
        { "missing id column", "name,department\nA,IT\n", 1, "no column id" },
        { "duplicate id", "id,department\n1,IT\n2,HR\n1,HR\n", 4, "the id '1' appears twice (first on line 2)" },
        { "empty department", "id,department\n1,IT\n2,\n", 3, "the department of '2' is empty" },
        { "empty id", "id,department\n1,IT\n,HR\n", 3, "the id is empty" },
        { "unclosed quote", "id,department\n1,IT\n2,\"HR\n", 3, "a quote (\") is not closed" },
        { "text after quote", "id,department\n1,\"IT\"x\n", 2, "a quote (\") is not closed, or text follows the closing quote" },
        { "empty file", string.Empty, 1, "the file is empty" },
        { "header only", "id,department\n", 0, "there are no people in the file" },
        { "multi-line field shifts the line", "id,department,title\n1,IT,\"two\nlines\"\n1,HR,x\n", 4, "appears twice (first on line 2)" },
    };

    public static TheoryData<string, string, int, string> BadInteractionFiles => new()
    {
        { "missing columns", "a,b\n1,2\n", 1, "no column source and target (or from and to)" },
        { "weight not a number", "source,target,weight\n1,2,x\n", 2, "the weight 'x' is not a number" },
        { "negative weight", "source,target,weight\n1,2,1\n1,2,-3\n", 3, "the weight must be a positive number" },
        { "zero weight", "source,target,weight\n1,2,0\n", 2, "the weight must be a positive number" },
        { "empty target", "source,target\n1,\n", 2, "the target id is empty" },
        { "German decimal comma", "source;target;weight\n1;2;2,5\n", 2, "the weight '2,5' is not a number" },
    };

    [Theory]
    [MemberData(nameof(BadPeopleFiles))]
    public void People_file_errors_name_the_file_and_line(string name, string content, int line, string message)
    {
        var path = _folder.Write("people.csv", content);

        var loaded = ScoutLoader.Load(new ScoutFiles { People = path }, TestContext.Current.CancellationToken);

        Assert.False(loaded.Succeeded, name);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInteractionFiles))]
    public void Interaction_file_errors_name_the_file_and_line(string name, string content, int line, string message)
    {
        var people = _folder.Write("people.csv", "id,department\n1,IT\n2,HR\n");
        var interactions = _folder.Write("interactions.csv", content);

        var loaded = ScoutLoader.Load(new ScoutFiles { People = people, Interactions = interactions }, TestContext.Current.CancellationToken);

        Assert.False(loaded.Succeeded, name);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(interactions, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_on_its_line()
    {
        var path = _folder.WriteBytes("people.csv", [.. "id,department\n1,IT\n2,H"u8, 0xFF, .. "R\n"u8]);

        var loaded = ScoutLoader.Load(new ScoutFiles { People = path }, TestContext.Current.CancellationToken);

        var error = Assert.Single(loaded.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_an_error_not_an_exception()
    {
        var loaded = ScoutLoader.Load(new ScoutFiles { People = _folder.File("nowhere.csv") }, TestContext.Current.CancellationToken);

        Assert.Contains("file not found", Assert.Single(loaded.Errors).Message, StringComparison.Ordinal);
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
        Assert.Contains("980 more rows", loaded.Errors[^1].Message, StringComparison.Ordinal);
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
        Assert.Contains("'ghost' is not in the people file", loaded.Warnings[0].Message, StringComparison.Ordinal);
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

        Assert.Contains("the opt-out wins", Assert.Single(loaded.Warnings).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Shortlist, s => s.Assessment.Person.Id == "1");
    }

    [Fact]
    public void In_memory_input_gets_the_same_checks()
    {
        var loaded = ScoutInput.Create(
            [new Person { Id = "a", Department = "X" }, new Person { Id = "a", Department = "Y" }],
            [new Interaction("a", "b")]);

        Assert.Equal(new InputProblem("people", 2, "the id 'a' appears twice (first on line 1); ids must be unique."), Assert.Single(loaded.Errors));
    }

    public void Dispose() => _folder.Dispose();
}
