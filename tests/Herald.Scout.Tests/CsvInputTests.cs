using System.Text;
using Herald.Scout.Input;

namespace Herald.Scout.Tests;

/// <summary>
/// The CSV input under the loaders: RFC 4180 quoting, every line ending, the separator of the header line,
/// the physical line of every row and a problem, never an exception, for a broken file.
/// </summary>
public sealed class CsvInputTests
{
    public static TheoryData<string, string, string[]> Files => new()
    {
        { "plain", "id,department\n1,IT\n", ["id|department", "2:1|IT"] },
        { "no line break at the end", "id,department\n1,IT", ["id|department", "2:1|IT"] },
        { "CRLF", "id,department\r\n1,IT\r\n2,HR\r\n", ["id|department", "2:1|IT", "3:2|HR"] },
        { "CR only", "id,department\r1,IT\r", ["id|department", "2:1|IT"] },
        { "quoted separator", "id,title\n1,\"Head of IT, Security\"\n", ["id|title", "2:1|Head of IT, Security"] },
        { "doubled quotes", "id,title\n1,\"the \"\"CISO\"\"\"\n2,\"\"\"\"\n", ["id|title", "2:1|the \"CISO\"", "3:2|\""] },
        { "line break inside quotes", "id,title\n1,\"two\r\nlines\"\n2,x\n", ["id|title", "2:1|two\r\nlines", "4:2|x"] },
        { "empty fields", "a,b,c\n,,\n1,,3,\n", ["a|b|c", "2:||", "3:1||3|"] },
        { "blank lines are skipped", "id\n\n1\n\r\n2\n", ["id", "3:1", "5:2"] },
        { "quotes inside an unquoted field are text", "id,role\n1,the \"CISO\" role\n", ["id|role", "2:1|the \"CISO\" role"] },
        { "semicolon export", "source;target;weight\n1;2;2,5\n", ["source|target|weight", "2:1|2|2,5"] },
        { "tab separated", "id\tdepartment\n1\tIT\n", ["id|department", "2:1|IT"] },
        { "pipe separated", "id|department\n1|IT\n", ["id|department", "2:1|IT"] },
        { "a tie goes to the comma", "a;b,c\n1;2,3\n", ["a;b|c", "2:1;2|3"] },
        { "quoted field at the very end", "id,title\n1,\"CISO\"", ["id|title", "2:1|CISO"] },
        { "trailing separators in the header", "id,department,,\n1,IT,,\n", ["id|department||", "2:1|IT||"] },
        { "repeated header names", "id,id\n1,2\n", ["id|id", "2:1|2"] },
        { "ragged rows", "a,b,c\n1\n1,2,3,4\n", ["a|b|c", "2:1", "3:1|2|3|4"] },
        { "quoted header with a line break", "\"i\nd\",x\n1,2\n", ["i\nd|x", "3:1|2"] },
        { "spaces around fields are trimmed", " id , department \n 1 , IT \n", ["id|department", "2:1|IT"] },
        { "a quote after a space is text", "id,title\n1, \"IT\" \n", ["id|title", "2:1|\"IT\""] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Rows_and_fields_are_read_as_written(string name, string csv, string[] expected)
    {
        using var folder = new TempFolder();

        var (rows, errors) = ReadAll(folder.Write("input.csv", csv));

        Assert.Equal(expected, rows);
        Assert.True(errors.Count == 0, name);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column()
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("bom.csv", [.. Encoding.UTF8.Preamble, .. "id;department\n1;IT\n"u8]);

        Assert.Equal(["id|department", "2:1|IT"], ReadAll(file).Rows);
    }

    [Theory]
    [InlineData("unclosed quote", "id,title\n0,x\n1,\"CISO\n", 3)]
    [InlineData("unclosed quote at the very end", "id,title\n1,\"CISO", 2)]
    [InlineData("text after the closing quote", "id,title\n1,\"CISO\"x\n", 2)]
    [InlineData("single quote inside a quoted field", "id,title\n1,\"the \"CISO\"\n", 2)]
    [InlineData("a lone quote in an unquoted field runs over the line break", "id,size\n1,5\" disk\n2,x\n", 2)]
    [InlineData("broken header", "id,\"title\n1,x\n", 1)]
    public void A_broken_quote_is_reported_on_the_line_where_its_row_starts(string name, string csv, int line)
    {
        using var folder = new TempFolder();

        var error = Assert.Single(ReadAll(folder.Write("input.csv", csv)).Errors);

        Assert.Equal((InputTexts.BrokenQuote, line), (error.Message, error.Line));
        Assert.NotEmpty(name);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        using var folder = new TempFolder();

        var error = Assert.Single(ReadAll(folder.Write("empty.csv", "")).Errors);

        Assert.Equal((InputTexts.EmptyFile, 1), (error.Message, error.Line));
    }

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quotes_too()
    {
        using var folder = new TempFolder();

        var rows = ReadAll(folder.Write("lines.csv", "id,title\r\n1,\"a\nb\r\nc\"\n2,x\r3,y")).Rows;

        Assert.Equal(["id|title", "2:1|a\nb\r\nc", "5:2|x", "6:3|y"], rows);
    }

    [Fact]
    public void Rows_across_the_buffer_boundary_are_whole()
    {
        using var folder = new TempFolder();
        var csv = new StringBuilder("id,title\n");
        for (var i = 0; i < 20_000; i++)
        {
            csv.Append(i).Append(",\"Title, \"\"").Append(i).Append("\"\"\"\n");
        }

        var rows = ReadAll(folder.Write("big.csv", csv.ToString())).Rows;

        Assert.Equal(20_001, rows.Count);
        Assert.All(Enumerable.Range(0, 20_000), i => Assert.Equal($"{i + 2}:{i}|Title, \"{i}\"", rows[i + 1]));
    }

    [Fact]
    public void A_row_longer_than_the_limit_is_too_long()
    {
        using var folder = new TempFolder();
        var csv = "id,title\n0,x\n1,\"" + new string('x', CsvInput.MaxRecordLength) + "\"\n2,y\n";

        var (rows, errors) = ReadAll(folder.Write("long.csv", csv));

        Assert.Equal(["id|title", "2:0|x"], rows);
        Assert.Equal((InputTexts.RowTooLong, 3), (Assert.Single(errors).Message, errors[0].Line));
    }

    [Fact]
    public void An_unclosed_quote_that_swallows_a_huge_rest_is_too_long()
    {
        using var folder = new TempFolder();
        var csv = new StringBuilder("id,title\n0,x\n1,\"CISO\n");
        while (csv.Length < 17_000_000)
        {
            csv.Append("2,a line that the unclosed quote swallows\n");
        }

        var (rows, errors) = ReadAll(folder.Write("unclosed.csv", csv.ToString()));

        Assert.Equal(["id|title", "2:0|x"], rows);
        Assert.Equal((InputTexts.RowTooLong, 3), (Assert.Single(errors).Message, errors[0].Line));
    }

    /// <summary>The header, then every row as "line:field|field".</summary>
    private static (List<string> Rows, List<InputProblem> Errors) ReadAll(string path)
    {
        var errors = new List<InputProblem>();
        var rows = new List<string>();
        using var input = CsvInput.Open(path, errors);
        if (input is null)
        {
            return (rows, errors);
        }

        rows.Add(string.Join('|', input.Header));
        while (input.Read())
        {
            rows.Add($"{input.Line}:" + string.Join('|', Enumerable.Range(0, input.FieldCount).Select(i => input.Field(i).ToString())));
        }

        return (rows, errors);
    }
}
