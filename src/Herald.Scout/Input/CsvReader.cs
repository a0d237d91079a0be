using System.Buffers;

namespace Herald.Scout.Input;

/// <summary>
/// Reads CSV record by record (RFC 4180): fields separated by the delimiter, records by LF, CRLF or CR; a field in
/// double quotes may hold delimiters, line breaks and doubled quotes (<c>""</c>). The delimiter is the one of
/// <c>, ; tab |</c> that the first line holds most often, so a spreadsheet's German export (<c>;</c>) reads too.
/// A record must fit the buffer (<see cref="MaxRecordLength"/> characters); fields are spans into it, valid until
/// the next <see cref="Read"/>. Plain code rather than a library's data reader: Native AOT keeps it without warnings.
/// </summary>
internal sealed class CsvReader(TextReader text)
{
    /// <summary>Longer than any real row; a longer one almost always means a quote that is never closed.</summary>
    public const int MaxRecordLength = 1 << 16;

    private readonly char[] _buffer = new char[MaxRecordLength];
    private readonly List<Range> _fields = [];
    private readonly List<int> _escaped = [];
    private SearchValues<char>? _stops;
    private char _delimiter;
    private int _start;
    private int _end;
    private bool _endOfText;

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>The line breaks the current record spans, its own end included: where the next record starts.</summary>
    public int LineBreaks { get; private set; }

    public ReadOnlySpan<char> Field(int index) => _buffer.AsSpan(_fields[index]);

    /// <summary>Moves to the next record. Decoding and I/O errors of the text reader pass through.</summary>
    public CsvReadResult Read()
    {
        if (_stops is null)
        {
            Fill();
            _delimiter = DetectDelimiter();
            _stops = SearchValues.Create([_delimiter, '\r', '\n']);
        }

        while (true)
        {
            var result = TryParse(out var length);
            if (result != CsvReadResult.NeedMore)
            {
                _start += length;
                return result;
            }

            if (_end - _start == _buffer.Length)
            {
                return CsvReadResult.TooLong;
            }

            Fill();
        }
    }

    /// <summary>Parses one record at <see cref="_start"/>, or says that the buffer ends before the record does.</summary>
    private CsvReadResult TryParse(out int length)
    {
        length = 0;
        _fields.Clear();
        _escaped.Clear();
        LineBreaks = 0;
        if (_start == _end)
        {
            return _endOfText ? CsvReadResult.End : CsvReadResult.NeedMore;
        }

        var text = _buffer.AsSpan(0, _end);
        var i = _start;
        while (true)
        {
            int fieldEnd;
            if (text[i..].StartsWith('"'))
            {
                // A quoted field ends at a quote that is not doubled; line breaks inside it count for the line numbers.
                var j = i + 1;
                while (true)
                {
                    var quote = text[j..].IndexOf('"');
                    if (quote < 0)
                    {
                        return _endOfText ? CsvReadResult.BrokenQuote : CsvReadResult.NeedMore;
                    }

                    LineBreaks += CountLineBreaks(text.Slice(j, quote));
                    j += quote + 1;
                    if (j == text.Length && !_endOfText)
                    {
                        return CsvReadResult.NeedMore;
                    }

                    if (j < text.Length && text[j] == '"')
                    {
                        if (_escaped.Count == 0 || _escaped[^1] != _fields.Count)
                        {
                            _escaped.Add(_fields.Count);
                        }

                        j++;
                        continue;
                    }

                    break;
                }

                _fields.Add(new Range(i + 1, j - 1));
                fieldEnd = j;
                if (fieldEnd < text.Length && !_stops!.Contains(text[fieldEnd]))
                {
                    return CsvReadResult.BrokenQuote;
                }
            }
            else
            {
                var stop = text[i..].IndexOfAny(_stops!);
                if (stop < 0 && !_endOfText)
                {
                    return CsvReadResult.NeedMore;
                }

                fieldEnd = stop < 0 ? text.Length : i + stop;
                _fields.Add(new Range(i, fieldEnd));
            }

            if (fieldEnd == text.Length)
            {
                length = fieldEnd - _start;
                break;
            }

            if (text[fieldEnd] == _delimiter)
            {
                i = fieldEnd + 1;
                if (i == text.Length && !_endOfText)
                {
                    return CsvReadResult.NeedMore;
                }

                if (i == text.Length)
                {
                    _fields.Add(new Range(i, i));
                    length = i - _start;
                    break;
                }

                continue;
            }

            // A line break ends the record; CRLF is one break, so a CR at the buffer's end waits for what follows.
            if (text[fieldEnd] == '\r' && fieldEnd + 1 == text.Length && !_endOfText)
            {
                return CsvReadResult.NeedMore;
            }

            var breakLength = text[fieldEnd] == '\r' && fieldEnd + 1 < text.Length && text[fieldEnd + 1] == '\n' ? 2 : 1;
            LineBreaks++;
            length = fieldEnd + breakLength - _start;
            break;
        }

        Unescape();
        return CsvReadResult.Record;
    }

    /// <summary>Turns <c>""</c> into <c>"</c> in the fields that hold it, in place: the record is complete by now.</summary>
    private void Unescape()
    {
        foreach (var f in _escaped)
        {
            var (offset, length) = _fields[f].GetOffsetAndLength(_buffer.Length);
            var field = _buffer.AsSpan(offset, length);
            var written = 0;
            for (var r = 0; r < field.Length; r++)
            {
                field[written++] = field[r];
                if (field[r] == '"')
                {
                    r++;
                }
            }

            _fields[f] = new Range(offset, offset + written);
        }
    }

    private static int CountLineBreaks(ReadOnlySpan<char> text)
    {
        var lf = text.Count('\n');
        var cr = text.Count('\r');
        return cr == 0 ? lf : lf + cr - text.Count("\r\n");
    }

    /// <summary>Moves the unread rest to the front and reads until the buffer is full or the text ends.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        while (_end < _buffer.Length && !_endOfText)
        {
            var read = text.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfText = true;
            }

            _end += read;
        }
    }

    private char DetectDelimiter()
    {
        var firstLine = _buffer.AsSpan(0, _end);
        var lineEnd = firstLine.IndexOfAny('\r', '\n');
        if (lineEnd >= 0)
        {
            firstLine = firstLine[..lineEnd];
        }

        var best = ',';
        var bestCount = 0;
        foreach (var candidate in ",;\t|")
        {
            var count = firstLine.Count(candidate);
            if (count > bestCount)
            {
                (best, bestCount) = (candidate, count);
            }
        }

        return best;
    }
}
