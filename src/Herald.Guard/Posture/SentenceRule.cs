using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Posture;

/// <summary>Decides from the sentence alone whether the rule's matches in it are findings.</summary>
internal delegate bool SentenceCheck(ReadOnlySpan<char> sentence);

/// <summary>
/// A pattern that runs on one sentence at a time; its matches count when the sentence passes the check.
/// With a <see cref="Focus"/>, a finding covers only the part of the match it finds ("kein MFA" rather
/// than "wir haben leider kein MFA"). With a <see cref="ParagraphCheck"/>, the sentence's paragraph must pass it too (a sentence
/// about mail going out from "our account" is an incident in a paragraph about forged invoices). With <see cref="Requires"/>, a
/// sentence is left before the pattern runs unless it passes that cheap test, which every sentence with a match passes.
/// </summary>
internal sealed record SentenceRule(RuleInfo Info, BoundedRegex Pattern, SentenceCheck Check, BoundedRegex? Focus = null, SentenceCheck? ParagraphCheck = null)
{
    /// <summary>A test cheaper than the pattern that every sentence with a match passes (a word the pattern cannot match without).</summary>
    public SentenceCheck? Requires { get; init; }

    /// <summary>Whether the pattern matches somewhere in <paramref name="sentence"/>.</summary>
    public bool Matches(ReadOnlySpan<char> sentence) => (Requires is null || Requires(sentence)) && Pattern.IsMatch(sentence);

    /// <summary>Reports the matches in <paramref name="sentence"/>; the check runs once, at the first match.</summary>
    public void Run(ScanContext context, (int Start, int End) sentence)
    {
        var span = context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        if (Requires is not null && !Requires(span))
        {
            return;
        }

        bool? holds = null;
        foreach (var match in Pattern.EnumerateMatches(span))
        {
            holds ??= Check(span) && (ParagraphCheck is null || ParagraphHolds(context.Text, sentence));
            if (!holds.Value)
            {
                return;
            }

            var (start, length) = (match.Index, match.Length);
            if (Focus is not null)
            {
                foreach (var part in Focus.EnumerateMatches(span.Slice(start, length)))
                {
                    (start, length) = (start + part.Index, part.Length);
                    break;
                }
            }

            context.Report(sentence.Start + start, length, Info);
        }
    }

    private bool ParagraphHolds(string text, (int Start, int End) sentence)
    {
        var paragraph = Paragraphs.Around(text, sentence);
        return ParagraphCheck!(text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start));
    }
}
