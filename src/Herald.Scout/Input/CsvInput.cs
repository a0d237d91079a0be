using System.Text;
using System.Text.Unicode;

namespace Herald.Scout.Input;

/// <summary>
/// Reads one CSV file row by row and turns every way it can fail (missing file, bad UTF-8, broken quotes)
/// into an <see cref="InputProblem"/> with the physical line, so loaders never see an exception.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StreamReader _text;
    private readonly CsvReader _reader;
    private readonly string[] _header;
    private readonly List<InputProblem> _errors;
    private int _nextLine;

    private CsvInput(string path, string file, StreamReader text, CsvReader reader, List<InputProblem> errors)
    {
        Path = path;
        File = file;
        _text = text;
        _reader = reader;
        _errors = errors;
        _header = new string[reader.FieldCount];
        for (var i = 0; i < _header.Length; i++)
        {
            _header[i] = reader.Field(i).Trim().TrimStart('\uFEFF').ToString();
        }

        _nextLine = 1 + reader.LineBreaks;
    }

    public string Path { get; }

    /// <summary>The file name as the user gave it; every message starts with it.</summary>
    public string File { get; }

    /// <summary>The physical line where the current row starts.</summary>
    public int Line { get; private set; } = 1;

    public IReadOnlyList<string> Header => _header;

    public static CsvInput? Open(string path, List<InputProblem> errors)
    {
        if (!System.IO.File.Exists(path))
        {
            errors.Add(new InputProblem(path, 0, InputTexts.FileNotFound));
            return null;
        }

        StreamReader? text = null;
        try
        {
            text = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var reader = new CsvReader(text);
            var header = reader.Read();
            if (header == CsvReadResult.Record)
            {
                var input = new CsvInput(path, path, text, reader, errors);
                text = null;
                return input;
            }

            errors.Add(new InputProblem(path, 1, header == CsvReadResult.End ? InputTexts.EmptyFile : Describe(header)));
        }
        catch (Exception ex) when (ex is DecoderFallbackException or IOException or UnauthorizedAccessException)
        {
            errors.Add(Describe(path, 1, ex));
        }
        finally
        {
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
            CsvReadResult result;
            while ((result = _reader.Read()) == CsvReadResult.Record)
            {
                Line = _nextLine;
                _nextLine += _reader.LineBreaks;
                if (_reader.FieldCount > 1 || !_reader.Field(0).IsWhiteSpace())
                {
                    return true;
                }
            }

            if (result != CsvReadResult.End)
            {
                _errors.Add(new InputProblem(Path, _nextLine, Describe(result)));
            }
        }
        catch (Exception ex) when (ex is DecoderFallbackException or IOException)
        {
            _errors.Add(Describe(Path, _nextLine, ex));
        }

        return false;
    }

    /// <summary>The trimmed field, or empty when the column is absent or the row is short.</summary>
    public ReadOnlySpan<char> Field(int column) =>
        column >= 0 && column < _reader.FieldCount ? _reader.Field(column).Trim() : default;

    /// <summary>The trimmed field as a string, or null when it is empty.</summary>
    public string? Text(int column)
    {
        var span = Field(column);
        return span.IsEmpty ? null : span.ToString();
    }

    public void Dispose() => _text.Dispose();

    private static InputProblem Describe(string path, int line, Exception ex) => ex is DecoderFallbackException
        ? new InputProblem(path, InvalidUtf8Line(path), InputTexts.NotUtf8Csv)
        : new InputProblem(path, 0, InputTexts.Unreadable(ex.Message));

    private static ScoutText Describe(CsvReadResult result) => result == CsvReadResult.TooLong ? InputTexts.RowTooLong : InputTexts.BrokenQuote;

    /// <summary>Only called after a decoding failure, so reading the file once more costs nothing in the normal case.</summary>
    private static int InvalidUtf8Line(string path)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return 1 + bytes.AsSpan(0, bytesRead).Count((byte)'\n');
    }
}
