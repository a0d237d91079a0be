using System.Text;
using Herald.Scout.Input;

namespace Herald.Scout.Tests;

/// <summary>The CSV reader under the loaders: RFC 4180 quoting, every line ending, the delimiter of the header line.</summary>
public sealed class CsvReaderTests
{
    public static TheoryData<string, string, string[]> Files => new()
    {
        { "plain", "id,department\n1,IT\n", ["id|department", "1|IT"] },
        { "no line break at the end", "id,department\n1,IT", ["id|department", "1|IT"] },
        { "CRLF", "id,department\r\n1,IT\r\n2,HR\r\n", ["id|department", "1|IT", "2|HR"] },
        { "CR only", "id,department\r1,IT\r", ["id|department", "1|IT"] },
        { "quoted delimiter", "id,title\n1,\"Head of IT, Security\"\n", ["id|title", "1|Head of IT, Security"] },
        { "doubled quotes", "id,title\n1,\"the \"\"CISO\"\"\"\n2,\"\"\"\"\n", ["id|title", "1|the \"CISO\"", "2|\""] },
        { "line break inside quotes", "id,title\n1,\"two\r\nlines\"\n", ["id|title", "1|two\r\nlines"] },
        { "empty fields", "a,b,c\n,,\n1,,3,\n", ["a|b|c", "||", "1||3|"] },
        { "blank line", "id\n\n1\n", ["id", "", "1"] },
        { "quote inside an unquoted field is text", "id,size\n1,5\" disk\n", ["id|size", "1|5\" disk"] },
        { "semicolon export", "source;target;weight\n1;2;2,5\n", ["source|target|weight", "1|2|2,5"] },
        { "tab separated", "id\tdepartment\n1\tIT\n", ["id|department", "1|IT"] },
        { "quoted field at the very end", "id,title\n1,\"CISO\"", ["id|title", "1|CISO"] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Records_and_fields_are_read_as_written(string name, string csv, string[] expected)
    {
        var reader = new CsvReader(new StringReader(csv));

        Assert.Equal(expected, ReadAll(reader).Records);
        Assert.True(expected.Length > 0, name);
    }

    [Theory]
    [InlineData("id,title\n1,\"CISO\n", "BrokenQuote")]
    [InlineData("id,title\n1,\"CISO\"x\n", "BrokenQuote")]
    [InlineData("", "End")]
    public void A_broken_file_ends_with_what_is_wrong(string csv, string last) =>
        Assert.Equal(last, ReadAll(new CsvReader(new StringReader(csv))).Last.ToString());

    [Fact]
    public void Line_breaks_are_counted_per_record_inside_quotes_too()
    {
        var reader = new CsvReader(new StringReader("id,title\r\n1,\"a\nb\r\nc\"\n2,x"));
        var breaks = new List<int>();
        while (reader.Read() == CsvReadResult.Record)
        {
            breaks.Add(reader.LineBreaks);
        }

        Assert.Equal([1, 3, 0], breaks);
    }

    [Fact]
    public void Records_across_the_buffer_boundary_are_whole()
    {
        var csv = new StringBuilder("id,title\n");
        for (var i = 0; i < 20_000; i++)
        {
            csv.Append(i).Append(",\"Title, \"\"").Append(i).Append("\"\"\"\n");
        }

        var records = ReadAll(new CsvReader(new StringReader(csv.ToString()))).Records;

        Assert.Equal(20_001, records.Count);
        Assert.All(Enumerable.Range(0, 20_000), i => Assert.Equal($"{i}|Title, \"{i}\"", records[i + 1]));
    }

    [Fact]
    public void A_record_longer_than_the_buffer_is_too_long()
    {
        var csv = "id,title\n1,\"" + new string('x', CsvReader.MaxRecordLength) + "\"\n";

        Assert.Equal(CsvReadResult.TooLong, ReadAll(new CsvReader(new StringReader(csv))).Last);
    }

    private static (List<string> Records, CsvReadResult Last) ReadAll(CsvReader reader)
    {
        var records = new List<string>();
        CsvReadResult result;
        while ((result = reader.Read()) == CsvReadResult.Record)
        {
            records.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.Field(i).ToString())));
        }

        return (records, result);
    }
}
