using System.Globalization;
using Herald.Scout.Input;

namespace Herald.Scout;

/// <summary>Loads Scout's CSV files. Every problem becomes an <see cref="InputProblem"/> with file and line; nothing throws for bad input.</summary>
public static class ScoutLoader
{
    /// <summary>Reads the files, checks every row, and collects all errors before giving up.</summary>
    /// <param name="files">The files to read.</param>
    /// <param name="cancellationToken">Stops reading between rows.</param>
    public static ScoutLoadResult Load(ScoutFiles files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var builder = new InputBuilder();
        ReadPeople(files.People, builder, cancellationToken);
        if (builder.Log.Errors.Count == 0)
        {
            // Rows of the other files refer to people; with a broken people file every row would be a false alarm.
            if (files.Interactions is not null)
            {
                ReadInteractions(files.Interactions, builder, cancellationToken);
            }

            if (files.SelfNominations is not null)
            {
                ReadIds(files.SelfNominations, builder, builder.AddSelfNomination, cancellationToken);
            }

            if (files.OptOuts is not null)
            {
                ReadIds(files.OptOuts, builder, builder.AddOptOut, cancellationToken);
            }

            if (files.Visibility is not null)
            {
                ReadVisibility(files.Visibility, builder, cancellationToken);
            }
        }

        return builder.Build(files.People);
    }

    private static void ReadPeople(string path, InputBuilder builder, CancellationToken cancellationToken)
    {
        using var csv = CsvInput.Open(path, builder.Log.Errors);
        if (csv is null || !Require(csv, builder, "id", "department"))
        {
            return;
        }

        int id = csv.Column("id"), department = csv.Column("department");
        int name = csv.Column("name"), email = csv.Column("email"), title = csv.Column("title");
        int location = csv.Column("location"), manager = csv.Column("manager_id"), skills = csv.Column("skills");
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.AddPerson(
                new Person
                {
                    Id = csv.Text(id) ?? string.Empty,
                    Department = csv.Text(department) ?? string.Empty,
                    Name = csv.Text(name),
                    Email = csv.Text(email),
                    Title = csv.Text(title),
                    Location = csv.Text(location),
                    ManagerId = csv.Text(manager),
                    Skills = SplitSkills(csv.Field(skills)),
                },
                csv.File,
                csv.Line);
        }
    }

    private static void ReadInteractions(string path, InputBuilder builder, CancellationToken cancellationToken)
    {
        using var csv = CsvInput.Open(path, builder.Log.Errors);
        if (csv is null)
        {
            return;
        }

        int source = csv.Column("source", "from"), target = csv.Column("target", "to"), weight = csv.Column("weight");
        if (source < 0 || target < 0)
        {
            var both = source < 0 && target < 0;
            var missing = both ? InputTexts.SourceAndTargetColumns : source < 0 ? InputTexts.SourceColumn : InputTexts.TargetColumn;
            MissingColumns(csv, builder, missing, several: both, "source,target,weight");
            return;
        }

        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var value = 1.0;
            var text = csv.Field(weight);
            if (!text.IsEmpty && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                builder.Log.Error(csv.File, csv.Line, ProblemKind.BadWeight, InputTexts.WeightNotNumber(text.ToString()));
                continue;
            }

            builder.AddInteraction(csv.Field(source), csv.Field(target), value, csv.File, csv.Line);
        }
    }

    private static void ReadIds(string path, InputBuilder builder, IdHandler add, CancellationToken cancellationToken)
    {
        using var csv = CsvInput.Open(path, builder.Log.Errors);
        if (csv is null || !Require(csv, builder, "id"))
        {
            return;
        }

        var id = csv.Column("id");
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            add(csv.Field(id), csv.File, csv.Line);
        }
    }

    private static void ReadVisibility(string path, InputBuilder builder, CancellationToken cancellationToken)
    {
        using var csv = CsvInput.Open(path, builder.Log.Errors);
        if (csv is null || !Require(csv, builder, "id"))
        {
            return;
        }

        int id = csv.Column("id"), signal = csv.Column("signal");
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.AddVisibility(csv.Field(id), csv.Text(signal), csv.File, csv.Line);
        }
    }

    private static bool Require(CsvInput csv, InputBuilder builder, params string[] columns)
    {
        var missing = columns.Where(c => csv.Column(c) < 0).ToArray();
        if (missing.Length == 0)
        {
            return true;
        }

        MissingColumns(csv, builder, InputTexts.Columns(missing), several: missing.Length > 1, string.Join(',', columns));
        return false;
    }

    private static void MissingColumns(CsvInput csv, InputBuilder builder, ScoutText missing, bool several, string example) =>
        builder.Log.Error(csv.File, 1, ProblemKind.Header, InputTexts.MissingColumns(missing, several, csv.Header, example));

    private static string[] SplitSkills(ReadOnlySpan<char> field)
    {
        if (field.IsEmpty)
        {
            return [];
        }

        var skills = new List<string>();
        foreach (var range in field.Split(';'))
        {
            var skill = field[range].Trim();
            if (!skill.IsEmpty)
            {
                skills.Add(skill.ToString());
            }
        }

        return [.. skills];
    }

    private delegate void IdHandler(ReadOnlySpan<char> id, string file, int line);
}
