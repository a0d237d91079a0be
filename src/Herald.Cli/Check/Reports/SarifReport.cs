using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Herald.Guard;

namespace Herald.Cli.Check.Reports;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: one run, the rules that fired, one result per finding with its
/// region (columns in UTF-16 code units, the end exclusive) and only the redacted excerpt as snippet.
/// Skipped files and drafts that could not be checked are tool execution notifications.
/// </summary>
internal sealed class SarifReport(TextWriter output, Texts texts, long maxBytes, string baseDirectory) : ICheckReport
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly List<Rule> _rules = [];
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly List<Result> _results = [];
    private readonly List<Notification> _notifications = [];

    public void Add(DraftOutcome outcome)
    {
        switch (outcome)
        {
            case DraftOutcome.Checked done:
                var uri = ToUri(done.Path, baseDirectory);
                for (var i = 0; i < done.Result.Findings.Count; i++)
                {
                    _results.Add(ToResult(done.Result.Findings[i], done.Ends[i], uri));
                }

                break;
            case DraftOutcome.Skipped skipped:
                _notifications.Add(ToNotification("note", skipped.Path, skipped.Problem));
                break;
            case DraftOutcome.Failed failed:
                _notifications.Add(ToNotification("error", failed.Path, failed.Problem));
                break;
        }
    }

    public void Complete(CheckTally tally)
    {
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
        var log = new Log(
            Schema,
            "2.1.0",
            [
                new Run(
                    new Tool(new Driver("Herald Guard", InformationUri: null, version, _rules)),
                    [new Invocation(tally.Failed == 0, _notifications)],
                    _results),
            ]);
        output.WriteLine(JsonSerializer.Serialize(log, ReportJsonContext.Readable.Log));
    }

    /// <summary>
    /// A path as a URI reference: relative with forward slashes when it lies below <paramref name="baseDirectory"/>
    /// (the working directory), else an absolute <c>file:</c> URI; standard input stays <c>-</c>.
    /// </summary>
    public static string ToUri(string path, string baseDirectory)
    {
        if (path == Draft.StandardInputPath)
        {
            return path;
        }

        var full = Path.GetFullPath(path, baseDirectory);
        var relative = Path.GetRelativePath(baseDirectory, full);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return new Uri(full).AbsoluteUri;
        }

        return string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    private Result ToResult(Finding finding, TextPosition end, string uri)
    {
        var message = finding.Message.Get(texts.Language.Code());
        if (!_ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            index = _rules.Count;
            _ruleIndex.Add(finding.RuleId, index);
            _rules.Add(new Rule(finding.RuleId, new Message(message), new Configuration(Level(finding.Severity)), new Properties(finding.Category.ToWireName())));
        }

        var region = new Region(finding.Line, finding.Column, end.Line, end.Column, finding.Offset, finding.Length, new Message(finding.Excerpt));
        return new Result(
            finding.RuleId,
            index,
            Level(finding.Severity),
            new Message(message),
            [new Location(new PhysicalLocation(new ArtifactLocation(uri), region))],
            new Properties(finding.Category.ToWireName()));
    }

    private Notification ToNotification(string level, string path, InputProblem problem) => new(
        level,
        new Message($"{path}: {texts.Describe(problem, maxBytes)}"),
        [new Location(new PhysicalLocation(new ArtifactLocation(ToUri(path, baseDirectory)), null))]);

    private static string Level(Severity severity) => severity switch
    {
        Severity.Block => "error",
        Severity.Warn => "warning",
        _ => "note",
    };

    internal sealed record Log([property: JsonPropertyName("$schema")] string Schema, string Version, IReadOnlyList<Run> Runs);

    internal sealed record Run(Tool Tool, IReadOnlyList<Invocation> Invocations, IReadOnlyList<Result> Results)
    {
        /// <summary>Positions count UTF-16 code units, as the engine does.</summary>
        public string ColumnKind { get; init; } = "utf16CodeUnits";
    }

    internal sealed record Tool(Driver Driver);

    internal sealed record Driver(string Name, string? InformationUri, string? Version, IReadOnlyList<Rule> Rules);

    internal sealed record Rule(string Id, Message ShortDescription, Configuration DefaultConfiguration, Properties Properties);

    internal sealed record Configuration(string Level);

    internal sealed record Message(string Text);

    internal sealed record Result(string RuleId, int RuleIndex, string Level, Message Message, IReadOnlyList<Location> Locations, Properties Properties);

    internal sealed record Location(PhysicalLocation PhysicalLocation);

    internal sealed record PhysicalLocation(ArtifactLocation ArtifactLocation, Region? Region);

    internal sealed record ArtifactLocation(string Uri);

    internal sealed record Region(int StartLine, int StartColumn, int EndLine, int EndColumn, int CharOffset, int CharLength, Message Snippet);

    internal sealed record Invocation(bool ExecutionSuccessful, IReadOnlyList<Notification> ToolExecutionNotifications);

    internal sealed record Notification(string Level, Message Message, IReadOnlyList<Location> Locations);

    internal sealed record Properties(string Category);
}
