using System.Text.Json;
using Herald.Guard;

namespace Herald.Cli.Check.Reports;

/// <summary>
/// The report for scripts: <c>{"files":[{"path","verdict","findings":[…]}]}</c>, plus <c>"skipped"</c> and
/// <c>"errors"</c> when there are any. Messages and reasons are in the chosen language; every other value is a fixed wire name.
/// </summary>
internal sealed class JsonReport(TextWriter output, Texts texts, long maxBytes) : ICheckReport
{
    private readonly List<FileJson> _files = [];
    private readonly List<PathReasonJson> _skipped = [];
    private readonly List<PathReasonJson> _errors = [];

    public void Add(DraftOutcome outcome)
    {
        switch (outcome)
        {
            case DraftOutcome.Checked done:
                _files.Add(new FileJson(done.Path, done.Result.Verdict.ToWireName(), [.. done.Result.Findings.Select(ToJson)])
                {
                    Note = done.IsEmpty ? Texts.EmptyNote : null,
                });
                break;
            case DraftOutcome.Skipped skipped:
                _skipped.Add(new PathReasonJson(skipped.Path, texts.Describe(skipped.Problem, maxBytes)));
                break;
            case DraftOutcome.Failed failed:
                _errors.Add(new PathReasonJson(failed.Path, texts.Describe(failed.Problem, maxBytes)));
                break;
        }
    }

    public void Complete(CheckTally tally)
    {
        var report = new ReportJson(_files)
        {
            Skipped = _skipped.Count > 0 ? _skipped : null,
            Errors = _errors.Count > 0 ? _errors : null,
        };
        output.WriteLine(JsonSerializer.Serialize(report, ReportJsonContext.Readable.ReportJson));
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
        f.Message.Get(texts.Language.Code()));

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
