using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Classification;

/// <summary>
/// Finds document markings (VS-NfD, STRENG VERTRAULICH, Internal use only, TLP:RED …) used as markings,
/// not as ordinary words or in an explanation (<see cref="LabelForm"/>, <see cref="Mention"/>); a quoted marking counts
/// only where the sentence describes something the post shows (<see cref="Depiction"/>).
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
        for (var i = 0; i < _markings.Length; i++)
        {
            if ((present & (1UL << i)) == 0)
            {
                continue;
            }

            var marking = _markings[i];
            var sentence = (Start: 0, End: -1);
            var explains = false;
            bool? enumerates = null;
            bool? shows = null;
            foreach (var match in marking.Pattern.EnumerateMatches(text))
            {
                var end = match.Index + match.Length;

                // A quoted marking is a label in its own right, but a mention unless the sentence shows it.
                var quoted = Mention.IsQuoted(text, match.Index, end);
                if (!quoted && marking.OnlyAsLabel && !LabelForm.IsLabel(text, match.Index, match.Length))
                {
                    continue;
                }

                // Several markings in one sentence share what the sentence says about them.
                if (match.Index < sentence.Start || end > sentence.End)
                {
                    sentence = Sentences.Around(text, match.Index, end);
                    explains = Mention.Explains(text.AsSpan(sentence.Start, sentence.End - sentence.Start));
                    enumerates = null;
                    shows = null;
                }

                if (explains
                    || (quoted && !(shows ??= Depiction.Describes(text.AsSpan(sentence.Start, sentence.End - sentence.Start))))
                    || (marking.IsTrafficLight && (enumerates ??= Mention.NamesSeveralTrafficLightLevels(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))))
                {
                    continue;
                }

                // A quoted marking reported here is one the post shows: the usual hint to put it in quotes would not help.
                context.Report(match.Index, match.Length, marking.Info, quoted ? Markings.ShownMessage : null);
            }
        }
    }
}
