using System.Text.RegularExpressions;
using Herald.Guard.Detection;

namespace Herald.Guard.Posture;

/// <summary>Decides from the sentence alone whether the rule's matches in it are findings.</summary>
internal delegate bool SentenceCheck(ReadOnlySpan<char> sentence);

/// <summary>A pattern that runs on one sentence at a time; its matches count when the sentence passes the check.</summary>
internal sealed record SentenceRule(RuleInfo Info, Regex Pattern, SentenceCheck Check)
{
    /// <summary>Reports the matches in <paramref name="sentence"/>; the check runs once, at the first match.</summary>
    public void Run(ScanContext context, (int Start, int End) sentence)
    {
        var span = context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        bool? holds = null;
        foreach (var match in Pattern.EnumerateMatches(span))
        {
            holds ??= Check(span);
            if (!holds.Value)
            {
                return;
            }

            context.Report(sentence.Start + match.Index, match.Length, Info);
        }
    }
}
