using System.Buffers;
using System.Text;
using System.Text.Unicode;
using nietras.SeparatedValues;

namespace Herald.Scout.Input;

/// <summary>
/// Reads one CSV file row by row with Sep and turns every way it can fail (missing file, bad UTF-8, broken quotes)
/// into an <see cref="InputProblem"/> with the physical line, so loaders never see an exception.
/// Records end at LF, CRLF or CR; a field in double quotes may hold separators, line breaks and doubled quotes.
/// The separator is the one of <c>, ; tab |</c> that the header line holds most often (ties in that order),
/// so a spreadsheet's German export (<c>;</c>) reads too.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    /// <summary>Longer than any real row; a longer one almost always means a quote that is never closed.</summary>
    public const int MaxRecordLength = 1 << 16;

    private const string Candidates = ",;\t|";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SepReader _reader;
    private readonly SearchValues<char> _recordStops;
    private readonly List<InputProblem> _errors;
    private string[] _header = [];

    /// <summary>Per column of the current row, the value of a quoted field that held doubled quotes.</summary>
    private string?[] _unescaped = [];
    private bool _hasUnescaped;

    /// <summary>The physical line where the next row starts, for a problem found before Sep returns that row.</summary>
    private int _nextLine = 1;

    private CsvInput(string path, SepReader reader, char separator, List<InputProblem> errors)
    {
        Path = path;
        File = path;
        _reader = reader;
        _recordStops = SearchValues.Create([separator, '\r', '\n']);
        _errors = errors;
    }

    public string Path { get; }

    /// <summary>The file name as the user gave it; every message starts with it.</summary>
    public string File { get; }

    /// <summary>The physical line where the current row starts.</summary>
    public int Line { get; private set; } = 1;

    public IReadOnlyList<string> Header => _header;

    /// <summary>The number of fields in the current row, trailing empty ones included.</summary>
    public int FieldCount => _reader.Current.ColCount;

    public static CsvInput? Open(string path, List<InputProblem> errors)
    {
        if (!System.IO.File.Exists(path))
        {
            errors.Add(new InputProblem(path, 0, InputTexts.FileNotFound));
            return null;
        }

        StreamReader? text = null;
        SepReader? reader = null;
        try
        {
            var separator = DetectSeparator(path);
            text = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

            // The header is read as a row: Sep's own header rejects repeated names, and a spreadsheet's trailing
            // separators repeat the empty one. Sep pairs quotes wherever they are; the checks below keep RFC 4180.
            reader = Sep.Reader(o => o with { Sep = new Sep(separator), HasHeader = false, DisableColCountCheck = true })
                .From(text);
            var input = new CsvInput(path, reader, separator, errors);
            if (!input.MoveNext(out var problem))
            {
                errors.Add(new InputProblem(path, 1, problem ?? InputTexts.EmptyFile));
                return null;
            }

            input._header = new string[input.FieldCount];
            for (var i = 0; i < input._header.Length; i++)
            {
                input._header[i] = input.Field(i).TrimStart('\uFEFF').ToString();
            }

            reader = null;
            text = null;
            return input;
        }
        catch (Exception ex) when (ex is DecoderFallbackException or IOException or UnauthorizedAccessException)
        {
            errors.Add(Describe(path, 1, ex));
        }
        finally
        {
            reader?.Dispose();
            text?.Dispose();
        }

        return null;
    }

    /// <summary>The index of the first header column with one of the names (case-insensitive), or -1.</summary>
    public int Column(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var index = Array.FindIndex(_header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Moves to the next non-blank row; false at the end or after a problem that makes the rest unreadable.</summary>
    public bool Read()
    {
        try
        {
            while (true)
            {
                var line = _nextLine;
                if (!MoveNext(out var problem))
                {
                    if (problem is not null)
                    {
                        _errors.Add(new InputProblem(Path, line, problem));
                    }

                    return false;
                }

                Line = line;
                if (FieldCount > 1 || !Field(0).IsWhiteSpace())
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is DecoderFallbackException or IOException)
        {
            _errors.Add(Describe(Path, _nextLine, ex));
        }

        return false;
    }

    /// <summary>The trimmed field, or empty when the column is absent or the row is short.</summary>
    public ReadOnlySpan<char> Field(int column)
    {
        if (column < 0 || column >= FieldCount)
        {
            return default;
        }

        if (_hasUnescaped && _unescaped[column] is { } unescaped)
        {
            return unescaped.AsSpan().Trim();
        }

        var raw = _reader.Current[column].Span;
        return (raw.StartsWith('"') ? raw[1..^1] : raw).Trim();
    }

    /// <summary>The trimmed field as a string, or null when it is empty.</summary>
    public string? Text(int column)
    {
        var span = Field(column);
        return span.IsEmpty ? null : span.ToString();
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>Reads and checks the next row; false at the end of the file or with the problem that stops reading.</summary>
    private bool MoveNext(out ScoutText? problem)
    {
        try
        {
            if (!_reader.MoveNext())
            {
                problem = null;
                return false;
            }
        }
        catch (NotSupportedException)
        {
            // Sep stops at a row of 16 M characters: a quote that is never closed has swallowed the rest of the file.
            problem = InputTexts.RowTooLong;
            return false;
        }

        _nextLine = _reader.Current.LineNumberToExcl;
        problem = Check();
        return problem is null;
    }

    /// <summary>
    /// Checks the current row as RFC 4180 wants it and unescapes its doubled quotes; null when it reads.
    /// Rows without a quote, nearly all of them, cost one vectorized search.
    /// </summary>
    private ScoutText? Check()
    {
        var row = _reader.Current;
        if (row.Span.Length > MaxRecordLength)
        {
            return InputTexts.RowTooLong;
        }

        if (_hasUnescaped)
        {
            Array.Clear(_unescaped);
            _hasUnescaped = false;
        }

        if (!row.Span.Contains('"'))
        {
            return null;
        }

        for (var i = 0; i < row.ColCount; i++)
        {
            var raw = row[i].Span;
            if (!raw.StartsWith('"'))
            {
                // A quote inside an unquoted field is text, but Sep opened a quoted run there: if that run swallowed
                // a separator or line break, the field boundaries differ from what was written.
                if (raw.ContainsAny(_recordStops))
                {
                    return InputTexts.BrokenQuote;
                }

                continue;
            }

            if (raw.Length < 2 || raw[^1] != '"')
            {
                return InputTexts.BrokenQuote;
            }

            var inner = raw[1..^1];
            if (!inner.Contains('"'))
            {
                continue;
            }

            if (Unescape(inner) is not { } unescaped)
            {
                return InputTexts.BrokenQuote;
            }

            if (_unescaped.Length < row.ColCount)
            {
                _unescaped = new string?[row.ColCount];
            }

            _unescaped[i] = unescaped;
            _hasUnescaped = true;
        }

        return null;
    }

    /// <summary><c>""</c> becomes <c>"</c>; null when a quote is single, i.e. text follows the closing quote.</summary>
    private static string? Unescape(ReadOnlySpan<char> inner)
    {
        var text = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 == inner.Length || inner[i + 1] != '"')
                {
                    return null;
                }

                i++;
            }

            text.Append(inner[i]);
        }

        return text.ToString();
    }

    /// <summary>The first line's most frequent candidate; Sep's own detection prefers <c>;</c> on a tie.</summary>
    private static char DetectSeparator(string path)
    {
        using var text = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxRecordLength];
        var firstLine = buffer.AsSpan(0, text.ReadBlock(buffer));
        var lineEnd = firstLine.IndexOfAny('\r', '\n');
        if (lineEnd >= 0)
        {
            firstLine = firstLine[..lineEnd];
        }

        var best = ',';
        var bestCount = 0;
        foreach (var candidate in Candidates)
        {
            var count = firstLine.Count(candidate);
            if (count > bestCount)
            {
                (best, bestCount) = (candidate, count);
            }
        }

        return best;
    }

    private static InputProblem Describe(string path, int line, Exception ex) => ex is DecoderFallbackException
        ? new InputProblem(path, InvalidUtf8Line(path), InputTexts.NotUtf8Csv)
        : new InputProblem(path, 0, InputTexts.Unreadable(ex.Message));

    /// <summary>Only called after a decoding failure, so reading the file once more costs nothing in the normal case.</summary>
    private static int InvalidUtf8Line(string path)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return 1 + bytes.AsSpan(0, bytesRead).Count((byte)'\n');
    }
}
