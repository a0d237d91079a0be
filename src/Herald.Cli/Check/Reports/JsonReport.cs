using System.Buffers;
using System.Text;
using System.Text.Json;
using Herald.Guard;

namespace Herald.Cli.Check.Reports;

/// <summary>
/// The report for scripts: <c>{"files":[{"path","verdict","findings":[…]}]}</c>, plus <c>"skipped"</c> and
/// <c>"errors"</c> when there are any. Messages and reasons are in the chosen language; every other value is a fixed wire name.
/// </summary>
internal sealed class JsonReport : ICheckReport
{
    // The report is written while later drafts are still being checked, in blocks of about this many bytes: serialising
    // 8,000 drafts' findings in one piece at the end cost a run over them a tenth of its time, on one core.
    private const int FlushBytes = 32 * 1024;

    private readonly TextWriter _output;
    private readonly Texts _texts;
    private readonly long _maxBytes;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushBytes * 2);
    private readonly Utf8JsonWriter _writer;
    private readonly List<PathReasonJson> _skipped = [];
    private readonly List<PathReasonJson> _errors = [];
    private char[] _chars = [];

    public JsonReport(TextWriter output, Texts texts, long maxBytes)
    {
        _output = output;
        _texts = texts;
        _maxBytes = maxBytes;
        var options = ReportJsonContext.Readable.Options;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder });
        _writer.WriteStartObject();
        _writer.WriteStartArray(Name(nameof(ReportJson.Files)));
    }

    public void Add(DraftOutcome outcome)
    {
        switch (outcome)
        {
            case DraftOutcome.Checked done:
                var file = new FileJson(done.Path, done.Result.Verdict.ToWireName(), [.. done.Result.Findings.Select(ToJson)])
                {
                    Note = done.IsEmpty ? Texts.EmptyNote : null,
                };
                JsonSerializer.Serialize(_writer, file, ReportJsonContext.Readable.FileJson);
                if (_writer.BytesPending + _buffer.WrittenCount >= FlushBytes)
                {
                    Flush();
                }

                break;
            case DraftOutcome.Skipped skipped:
                _skipped.Add(new PathReasonJson(skipped.Path, _texts.Describe(skipped.Problem, _maxBytes)));
                break;
            case DraftOutcome.Failed failed:
                _errors.Add(new PathReasonJson(failed.Path, _texts.Describe(failed.Problem, _maxBytes)));
                break;
        }
    }

    public void Complete(CheckTally tally)
    {
        _writer.WriteEndArray();
        WriteList(nameof(ReportJson.Skipped), _skipped);
        WriteList(nameof(ReportJson.Errors), _errors);
        _writer.WriteEndObject();
        Flush();
        _output.WriteLine();
    }

    private void WriteList(string property, List<PathReasonJson> entries)
    {
        if (entries.Count > 0)
        {
            _writer.WritePropertyName(Name(property));
            JsonSerializer.Serialize(_writer, entries, ReportJsonContext.Readable.ListPathReasonJson);
        }
    }

    public void Dispose() => _writer.Dispose();

    private static string Name(string property) => ReportJsonContext.Readable.Options.PropertyNamingPolicy!.ConvertName(property);

    // Hands the bytes written so far to the output as text: the output is a TextWriter (the console's, or a test's).
    private void Flush()
    {
        _writer.Flush();
        var bytes = _buffer.WrittenSpan;
        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed)
        {
            _chars = new char[needed];
        }

        _output.Write(_chars, 0, Encoding.UTF8.GetChars(bytes, _chars));
        _buffer.ResetWrittenCount();
    }

    private FindingJson ToJson(Finding f) => new(
        f.RuleId,
        f.Category.ToWireName(),
        f.Severity.ToWireName(),
        f.Line,
        f.Column,
        f.Offset,
        f.Length,
        f.Excerpt,
        f.Message.Get(_texts.Language.Code()));

    internal sealed record ReportJson(IReadOnlyList<FileJson> Files)
    {
        public IReadOnlyList<PathReasonJson>? Skipped { get; init; }

        public IReadOnlyList<PathReasonJson>? Errors { get; init; }
    }

    internal sealed record FileJson(string Path, string Verdict, IReadOnlyList<FindingJson> Findings)
    {
        public string? Note { get; init; }
    }

    internal sealed record FindingJson(string RuleId, string Category, string Severity, int Line, int Column, int Offset, int Length, string Excerpt, string Message);

    internal sealed record PathReasonJson(string Path, string Reason);
}
