using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Classification;

/// <summary>
/// Finds document markings (VS-NfD, STRENG VERTRAULICH, Internal use only, TLP:RED …) used as markings,
/// not as ordinary words or in an explanation (<see cref="LabelForm"/>, <see cref="Mention"/>); a quoted marking counts
/// only where the sentence describes something the post shows (<see cref="Depiction"/>) or where it heads a quoted passage
/// of the marked document (<see cref="Mention.HeadsQuotedPassage"/>).
/// One keyword scan decides which patterns run; a post without any trigger word costs only that scan.
/// Where two markings overlap ("STRENG VERTRAULICH" and its "VERTRAULICH") both are reported and the
/// engine keeps the longer one. Immutable and thread-safe.
/// </summary>
internal sealed class ClassificationDetector : IDetector
{
    private readonly Marking[] _markings;
    private readonly KeywordGate _gate;

    public ClassificationDetector(IReadOnlyList<Marking> markings)
    {
        _markings = [.. markings];
        _gate = new KeywordGate([.. _markings.Select(m => m.Keywords)]);
    }

    public void Detect(ScanContext context)
    {
        var present = _gate.Scan(context.Text);
        if (present == 0)
        {
            return;
        }

        var text = context.Text;
        bool? scheme = null;
        Span<int> lineStarts = stackalloc int[KeywordLines.MaxLines];
        for (var i = 0; i < _markings.Length; i++)
        {
            if ((present & (1UL << i)) == 0)
            {
                continue;
            }

            // A marking never spans lines and always contains one of its keywords, so its pattern runs only on the lines
            // that hold one. A line break is no word character: word boundaries at a line's ends are those of the draft.
            var marking = _markings[i];
            var sentence = new SentenceFacts { Bounds = (0, -1) };
            var count = KeywordLines.Find(text, marking.Keywords, lineStarts);
            if (count < 0)
            {
                Run(context, marking, 0, text.Length, ref sentence, ref scheme);
                continue;
            }

            foreach (var lineStart in lineStarts[..count])
            {
                Run(context, marking, lineStart, TextLines.Bounds(text, lineStart, 1).End, ref sentence, ref scheme);
            }
        }
    }

    // scheme: whether the draft walks through the TLP levels (Mention.ExplainsTrafficLightScheme), worked out once per draft.
    private static void Run(ScanContext context, Marking marking, int rangeStart, int rangeEnd, ref SentenceFacts sentence, ref bool? scheme)
    {
        var text = context.Text;
        foreach (var found in marking.Pattern.EnumerateMatches(text.AsSpan(rangeStart, rangeEnd - rangeStart)))
        {
            var start = rangeStart + found.Index;
            var end = start + found.Length;

            // A marking joined into a file name („Lagebild_Q4_STRENG_VERTRAULICH.pptx“) marks that file: it counts where the sentence
            // passes the file's content on, like a marking named in prose; joined into anything else ("is_confidential") it is no marking.
            if (text[start] == '_' || text[end - 1] == '_')
            {
                if (Mention.InFileName(text, start, end) && Mention.PassesContentOn(SentenceAt(text, start, end)))
                {
                    context.Report(start, found.Length, marking.Info);
                }

                continue;
            }

            // A quoted marking is a label in its own right, but a mention unless the sentence shows it.
            var quoted = Mention.IsQuoted(text, start, end);
            if (!quoted && marking.OnlyAsLabel && !LabelForm.IsLabel(text, start, found.Length)
                && !IsMarkedInProse(text, start, end))
            {
                continue;
            }

            // Several markings in one sentence share what the sentence says about them.
            if (start < sentence.Bounds.Start || end > sentence.Bounds.End)
            {
                sentence = new SentenceFacts { Bounds = Sentences.Around(text, start, end) };
                sentence.Explains = Mention.Explains(sentence.Of(text));
            }

            if ((sentence.Explains && !Mention.InMailHeader(text, start))
                || (quoted && !(sentence.Shows ??= Depiction.Describes(sentence.Of(text))) && !Mention.HeadsQuotedPassage(text, start, end))
                || (marking.IsTrafficLight && ((sentence.Enumerates ??= Mention.NamesSeveralTrafficLightLevels(sentence.Of(text)))
                    || (scheme ??= Mention.ExplainsTrafficLightScheme(text)))))
            {
                continue;
            }

            // A quoted marking reported here is one the post shows: the usual hint to put it in quotes would not help.
            context.Report(start, found.Length, marking.Info, quoted ? Markings.ShownMessage : null);
        }
    }

    // A marking in running text counts where the sentence names it as a document's marking and passes its content on (Mention.MarkedInProse).
    private static bool IsMarkedInProse(string text, int start, int end) => Mention.MarkedInProse(SentenceAt(text, start, end));

    // The sentence around [start, end).
    private static ReadOnlySpan<char> SentenceAt(string text, int start, int end)
    {
        var (from, to) = Sentences.Around(text, start, end);
        return text.AsSpan(from, to - from);
    }

    // What the sentence of the last marking says, worked out once for all markings in it.
    private struct SentenceFacts
    {
        public (int Start, int End) Bounds;
        public bool Explains;
        public bool? Enumerates;
        public bool? Shows;

        public readonly ReadOnlySpan<char> Of(string text) => text.AsSpan(Bounds.Start, Bounds.End - Bounds.Start);
    }
}
