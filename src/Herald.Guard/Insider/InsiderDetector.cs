using Herald.Guard.Detection;
using Herald.Guard.Policy;
using Herald.Guard.Text;

namespace Herald.Guard.Insider;

/// <summary>
/// Flags statements about the policy's quiet-period topics when the check date lies in a period:
/// <c>block</c> when the topic's sentence also states a figure or a forecast (<see cref="FigureCues"/>),
/// <c>warn</c> otherwise. A topic word used in another sense (<see cref="TopicSense"/>: "guidance from the BSI",
/// "Umsätze auf der Kreditkartenabrechnung") is no finding. Topics match case-insensitively after folding (<see cref="FoldedText"/>), on
/// word boundaries and as parts of compounds (<see cref="QuietPeriodRule"/>); the finding covers the
/// whole word ("Quartalsumsatz"). Periods are compiled when the engine is built; a check outside every
/// period costs one date comparison per period. Immutable and thread-safe.
/// </summary>
internal sealed class InsiderDetector : IDetector
{
    // Compound words are rarely longer; a finding stops growing here so one huge "word" stays linear.
    private const int MaxWordReach = 40;

    private static readonly RuleInfo Figures = new()
    {
        Id = "insider-quiet-period-figures",
        Category = FindingCategory.Insider,
        Severity = Severity.Block,
        Message = InsiderMessages.GenericFigures,
    };

    private static readonly RuleInfo Topic = new()
    {
        Id = "insider-quiet-period",
        Category = FindingCategory.Insider,
        Severity = Severity.Warn,
        Message = InsiderMessages.GenericTopic,
    };

    private readonly QuietPeriodRule[] _periods;

    public InsiderDetector(GuardPolicy policy)
    {
        _periods = [.. policy.QuietPeriods.Select(p => new QuietPeriodRule(p, policy.Organization.Name)).Where(p => p.Topics is not null)];
    }

    public void Detect(ScanContext context)
    {
        FoldedText? folded = null;
        try
        {
            foreach (var period in _periods)
            {
                if (period.Contains(context.Date) && period.MayMention(context.Text))
                {
                    folded ??= FoldedText.Create(context.Text);
                    Detect(context, folded, period);
                    DetectSynonyms(context, folded, period);
                    if (period.BringsResults)
                    {
                        DetectClaims(context, folded, period);
                    }
                }
            }
        }
        finally
        {
            folded?.Dispose();
        }
    }

    private static void Detect(ScanContext context, FoldedText folded, QuietPeriodRule period)
    {
        var span = folded.Span;
        var position = 0;
        var sentence = (Start: 0, End: -1);
        var statesFigures = false;
        var privateMoney = false;
        while (position < span.Length)
        {
            var found = span[position..].IndexOfAny(period.Topics!);
            if (found < 0)
            {
                return;
            }

            var at = position + found;
            var length = period.MatchAt(span, at);
            if (length == 0)
            {
                position = at + 1;
                continue;
            }

            var (wordStart, wordEnd) = Word(span, at, at + length);
            var (start, end) = folded.ToOriginal(wordStart, wordEnd);
            if (start < sentence.Start || end > sentence.End)
            {
                sentence = Sentences.Around(context.Text, start, end);
                var text = context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
                statesFigures = FigureCues.HasFigure(text);
                privateMoney = TopicSense.IsAboutPrivateMoney(text);
            }

            var words = context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            var (topicStart, topicEnd) = (start - sentence.Start, end - sentence.Start);
            if (privateMoney || TopicSense.IsAdvice(words, topicStart, topicEnd) || TopicSense.IsOtherWord(span[wordStart..wordEnd])
                || IsAboutOthersOrNamed(words, topicStart, topicEnd, period.CompanyName))
            {
                position = wordEnd;
                continue;
            }

            if (statesFigures || FigureCues.HasForecast(words, topicStart, topicEnd))
            {
                context.Report(start, end - start, Figures, period.FiguresMessage);
            }
            else if (!TopicSense.IsGeneral(words, period.CompanyName) && !TopicSense.NamesQuietPeriod(words) && !TopicSense.IsValueStatement(words, topicStart))
            {
                context.Report(start, end - start, Topic, period.TopicMessage);
            }

            position = wordEnd;
        }
    }

    // Another organisation's figures, or the word only named in quotes, in a sentence that does not speak for the company; or the
    // word used for something other than business (phishing reports' "Quartalszahlen").
    private static bool IsAboutOthersOrNamed(ReadOnlySpan<char> sentence, int start, int end, string? companyName) =>
        TopicSense.IsAboutOthers(sentence, companyName)
        || TopicSense.IsAboutCriminals(sentence, companyName)
        || TopicSense.IsOthersResult(sentence, start, companyName)
        || TopicSense.MeasuresSomethingElse(sentence, start, end)
        || (TopicSense.IsQuotedWord(sentence, start, end) && !TopicSense.SpeaksForCompany(sentence, companyName));

    // Synonyms of the topics ("Erlöse", "profit", "sold €410 million") count only with a figure in a sentence
    // that speaks for the company (TopicSynonyms); words that hold a topic are the topics' business, not reported twice.
    private static void DetectSynonyms(ScanContext context, FoldedText folded, QuietPeriodRule period)
    {
        if (period.SynonymPrefilter is not { } prefilter)
        {
            return;
        }

        var span = folded.Span;
        var position = 0;
        while (position < span.Length)
        {
            var found = span[position..].IndexOfAny(prefilter);
            if (found < 0)
            {
                return;
            }

            var at = position + found;
            var (wordStart, wordEnd) = Word(span, at, at + 1);
            position = Math.Max(wordEnd, at + 1);
            var word = span[wordStart..wordEnd];
            if (word.IndexOfAny(period.Topics!) >= 0 || TopicSense.IsOtherWord(word))
            {
                continue;
            }

            foreach (var (synonym, need) in period.Synonyms)
            {
                if (!TopicSynonyms.IsWordFor(word, synonym))
                {
                    continue;
                }

                var (start, end) = folded.ToOriginal(wordStart, wordEnd);
                var bounds = Sentences.Around(context.Text, start, end);
                var sentence = context.Text.AsSpan(bounds.Start, bounds.End - bounds.Start);
                if (TopicSense.SpeaksForCompany(sentence, period.CompanyName)
                    && TopicSynonyms.Meets(need, sentence, start - bounds.Start, end - bounds.Start)
                    && !TopicSense.IsAboutPrivateMoney(sentence))
                {
                    context.Report(start, end - start, Figures, period.FiguresMessage);
                }

                break;
            }
        }
    }

    // Claims about results without a topic word ("12 % über dem Vorjahresquartal", ResultStatements), each sentence judged once.
    private static void DetectClaims(ScanContext context, FoldedText folded, QuietPeriodRule period)
    {
        var span = folded.Span;
        var hits = new List<(int End, int Rule)>();
        ResultStatements.Cues.FindAll(span, hits);
        var judgedEnd = -1;
        foreach (var (cueEnd, cue) in hits)
        {
            var at = cueEnd - ResultStatements.CueLength(cue);
            if (!ResultStatements.IsCue(span, at))
            {
                continue;
            }

            var (start, end) = folded.ToOriginal(at, at + 1);
            if (start < judgedEnd)
            {
                continue;
            }

            var bounds = Sentences.Around(context.Text, start, end);
            judgedEnd = bounds.End;
            if (!HasInsiderFinding(context, bounds)
                && ResultStatements.Claim(context.Text, bounds, context.Date, period.CompanyName) is { } claim)
            {
                context.Report(bounds.Start + claim.Start, claim.Length, Figures, period.FiguresMessage);
            }
        }
    }

    // A sentence whose topic or synonym is already reported needs no second finding for the same statement.
    private static bool HasInsiderFinding(ScanContext context, (int Start, int End) sentence)
    {
        foreach (var finding in context.Findings)
        {
            if (finding.Rule.Category == FindingCategory.Insider && finding.Start >= sentence.Start && finding.End <= sentence.End)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) Word(ReadOnlySpan<char> span, int start, int end)
    {
        var limit = Math.Max(0, start - MaxWordReach);
        while (start > limit && char.IsLetterOrDigit(span[start - 1]))
        {
            start--;
        }

        limit = Math.Min(span.Length, end + MaxWordReach);
        while (end < limit && char.IsLetterOrDigit(span[end]))
        {
            end++;
        }

        return (start, end);
    }
}
