using Herald.Guard;

namespace Herald.Cli.Check;

/// <summary>Reads and checks one draft. Thread-safe: the engine is shared, everything else is per call.</summary>
internal sealed class DraftChecker(GuardEngine engine, DateOnly date, long maxBytes, TextReader input)
{
    public DraftOutcome Check(Draft draft)
    {
        var read = draft.Problem is not null
            ? new DraftText(null, draft.Problem)
            : draft.FullPath is null
                ? DraftReader.ReadStandardInput(input, maxBytes)
                : DraftReader.ReadFile(draft.FullPath, maxBytes, fromDirectory: !draft.IsExplicit, draft.Listed);

        if (read.Problem is { } problem)
        {
            return draft.IsExplicit ? new DraftOutcome.Failed(draft.Path, problem) : new DraftOutcome.Skipped(draft.Path, problem);
        }

        var text = read.Text!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DraftOutcome.Checked(draft.Path, CheckResult.Clean, [], IsEmpty: true);
        }

        var result = engine.Check(text, date, draft.FullPath is null ? null : draft.Path);
        var ends = new TextPosition[result.Findings.Count];
        for (var i = 0; i < ends.Length; i++)
        {
            var f = result.Findings[i];
            ends[i] = TextPosition.EndOf(text, f.Offset, f.Length, new TextPosition(f.Line, f.Column));
        }

        return new DraftOutcome.Checked(draft.Path, result, ends, IsEmpty: false);
    }
}
