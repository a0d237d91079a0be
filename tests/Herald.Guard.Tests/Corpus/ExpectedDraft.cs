namespace Herald.Guard.Tests.Corpus;

/// <summary>One row of <c>tests/corpus/expected.tsv</c>: the verdict a careful reviewer gives a draft.</summary>
/// <param name="File">The draft's file name in <c>tests/corpus/drafts</c>.</param>
/// <param name="Risky">Whether the draft must be flagged (<c>flag</c>) or is good to go (<c>ok</c>).</param>
/// <param name="Categories">The categories of problem the draft holds; each must be found.</param>
internal sealed record ExpectedDraft(string File, bool Risky, IReadOnlyList<FindingCategory> Categories)
{
    private const string Header = "file\tverdict\tcategories\tnote";

    public static IReadOnlyList<ExpectedDraft> Load(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new InvalidDataException($"{path}: the first line must be the header \"{Header}\".");
        }

        var drafts = new List<ExpectedDraft>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                drafts.Add(Parse(lines[i], $"{path}:{i + 1}"));
            }
        }

        return drafts;
    }

    private static ExpectedDraft Parse(string line, string where)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4)
        {
            throw new InvalidDataException($"{where}: expected 4 tab-separated fields, found {fields.Length}.");
        }

        var risky = fields[1] switch
        {
            "flag" => true,
            "ok" => false,
            _ => throw new InvalidDataException($"{where}: verdict must be \"ok\" or \"flag\", not \"{fields[1]}\"."),
        };

        var categories = new List<FindingCategory>();
        foreach (var name in fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            categories.Add(FindingCategoryNames.TryParse(name, out var category)
                ? category
                : throw new InvalidDataException($"{where}: \"{name}\" is not a category wire name."));
        }

        if (risky != categories.Count > 0)
        {
            throw new InvalidDataException($"{where}: a flagged draft lists its categories, a clean one lists none.");
        }

        return new ExpectedDraft(fields[0], risky, categories);
    }
}
