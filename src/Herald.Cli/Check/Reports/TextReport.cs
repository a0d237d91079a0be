using System.Text;
using Herald.Guard;
using Spectre.Console;

namespace Herald.Cli.Check.Reports;

/// <summary>
/// The report for people: per draft its path and verdict, each finding with its position, the redacted
/// excerpt and a caret line under the finding; a summary at the end. Colours only on a terminal; skip
/// notes go to standard error.
/// </summary>
internal sealed class TextReport(TextWriter output, TextWriter error, IAnsiConsole? colours, Texts texts, long maxBytes) : ICheckReport
{
    // Findings are indented under their file, excerpts and carets a little further.
    private const string FindingIndent = "  ";
    private const string ExcerptIndent = "      ";

    public void Add(DraftOutcome outcome)
    {
        switch (outcome)
        {
            case DraftOutcome.Checked { IsEmpty: true } empty:
                Line((ConsoleText.Visible(empty.Path), "bold"), ("  ", null), (texts.EmptyDraft, "green"));
                break;
            case DraftOutcome.Checked done:
                WriteChecked(done);
                break;
            case DraftOutcome.Skipped skipped:
                error.WriteLine("herald: " + texts.SkippedNote(ConsoleText.Visible(skipped.Path), texts.Describe(skipped.Problem, maxBytes)));
                break;
        }
    }

    public void Complete(CheckTally tally)
    {
        Line();
        Line((texts.Summary(tally), tally.Block > 0 ? "red" : tally.Warn > 0 ? "yellow" : "green"));
    }

    private void WriteChecked(DraftOutcome.Checked done)
    {
        var (verdict, style) = done.Result.Verdict switch
        {
            Verdict.Block => (texts.FixBeforePosting, "red"),
            Verdict.Warn => (texts.WorthASecondLook, "yellow"),
            _ => (texts.GoodToGo, "green"),
        };

        Line((ConsoleText.Visible(done.Path), "bold"), ("  ", null), (verdict, style));
        foreach (var finding in done.Result.Findings)
        {
            var severityStyle = SeverityStyle(finding.Severity);
            Line(
                (FindingIndent, null),
                ($"{finding.Line}:{finding.Column}", "bold"),
                ("  ", null),
                (finding.Severity.ToWireName(), severityStyle),
                ("  ", null),
                (finding.Category.ToWireName(), "cyan"),
                ("  ", null),
                (ConsoleText.Visible(finding.Message.Get(texts.Language.Code())), null));

            var excerpt = ConsoleText.Visible(finding.Excerpt);
            Line((ExcerptIndent, null), (excerpt, "dim"));
            var start = Math.Clamp(finding.ExcerptStart, 0, excerpt.Length);
            var length = Math.Clamp(finding.ExcerptLength, 0, excerpt.Length - start);
            Line(
                (ExcerptIndent + new string(' ', excerpt[..start].GetCellWidth()), null),
                (new string('^', Math.Max(1, excerpt.Substring(start, length).GetCellWidth())), severityStyle));
        }
    }

    private void Line(params ReadOnlySpan<(string Text, string? Style)> parts)
    {
        if (colours is null)
        {
            foreach (var (text, _) in parts)
            {
                output.Write(text);
            }

            output.WriteLine();
            return;
        }

        var markup = new StringBuilder();
        foreach (var (text, style) in parts)
        {
            markup.Append(style is null ? Markup.Escape(text) : $"[{style}]{Markup.Escape(text)}[/]");
        }

        colours.MarkupLine(markup.ToString());
    }

    private static string SeverityStyle(Severity severity) => severity switch
    {
        Severity.Block => "red bold",
        Severity.Warn => "yellow",
        _ => "blue",
    };
}
