using System.Buffers;
using Herald.Guard.Policy;
using Herald.Guard.Text;

namespace Herald.Guard.Insider;

/// <summary>One quiet period compiled for matching: folded topics, their prefilter and the period's messages.</summary>
internal sealed class QuietPeriodRule
{
    // Topics this long or longer also match inside compounds ("Umsatz" in "Quartalsumsatz", "Umsatzwachstum");
    // shorter ones ("EPS", "Q3") only as whole words, or they would hide in every other word.
    public const int MinCompoundTopicLength = 4;

    // A topic inside a word needs at least this many letters before it to be a compound part:
    // "Quartals|umsatz" is, "l|earnings" (learnings) is not.
    public const int MinCompoundPrefixLength = 3;

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouäöüy");

    // The characters a probe is made of (folded text is lower case); see FoldedText.MayCreateLetters.
    private static readonly SearchValues<char> SharpS = SearchValues.Create("ßẞ");

    private static readonly SearchValues<char> ProbeCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789äöü");

    private readonly Dictionary<char, string[]> _topicsByFirstChar;

    // For each topic, a piece of it that a draft must contain as written (ignoring case) when its folded form holds the
    // topic; null when some topic has no such piece.
    private readonly SearchValues<string>? _probes;

    // Stronger probes for the drafts without ß or ẞ: there, every "s" of a folded topic is an "s" of the draft.
    private readonly SearchValues<string>? _plainProbes;

    public QuietPeriodRule(QuietPeriod period, string? organization)
    {
        From = period.From;
        To = period.To;
        var topics = period.Topics
            .Select(FoldedText.Fold)
            .Where(t => t.Length > 0)
            .SelectMany(t => UmlautPlural(t) is { } plural ? [t, plural] : new[] { t })
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Topics = topics.Length > 0 ? SearchValues.Create(topics, StringComparison.Ordinal) : null;
        _topicsByFirstChar = topics.GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray());
        Synonyms = TopicSynonyms.For(topics);

        SynonymPrefilter = TopicSynonyms.Prefilter(Synonyms);
        BringsResults = TopicSynonyms.BringsResults(topics);

        // A draft that holds no topic, no synonym of one and no cue of a results claim is left alone without folding it.
        var words = topics.Concat(Synonyms.Select(s => s.Word)).Concat(BringsResults ? ResultStatements.CueWordList : []);
        _probes = Probes(words, sharpS: true);
        _plainProbes = Probes(words, sharpS: false);
        CompanyName = DistinctiveName(organization);
        FiguresMessage = InsiderMessages.Figures(organization, period.To);
        TopicMessage = InsiderMessages.Topic(organization, period.To);
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>The folded topics as a prefilter, or null when the period lists none.</summary>
    public SearchValues<string>? Topics { get; }

    /// <summary>Other words for the topics (<see cref="TopicSynonyms"/>), each with what its sentence needs.</summary>
    public (string Word, TopicSynonyms.Need Need)[] Synonyms { get; }

    /// <summary>The synonyms as a prefilter over the folded text, or null when the topics bring in none.</summary>
    public SearchValues<string>? SynonymPrefilter { get; }

    /// <summary>Whether the topics are results (revenue, profit …), so that claims without a topic word count (<see cref="ResultStatements"/>).</summary>
    public bool BringsResults { get; }

    /// <summary>The organisation's distinctive name ("Brennholt" for "Brennholt Logistik AG"), or null.</summary>
    public string? CompanyName { get; }

    public LocalizedText FiguresMessage { get; }

    public LocalizedText TopicMessage { get; }

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>
    /// False when <paramref name="text"/> certainly holds no topic, synonym or results cue, decided without folding it: most
    /// drafts in a quiet period name none, and folding the whole draft costs more than every other step of this check.
    /// </summary>
    public bool MayMention(ReadOnlySpan<char> text) =>
        (text.ContainsAny(SharpS) ? _probes : _plainProbes) is not { } probes || text.ContainsAny(probes) || FoldedText.MayCreateLetters(text);

    /// <summary>The length of the longest topic that starts at <paramref name="at"/> and fits the word boundaries there, or 0.</summary>
    public int MatchAt(ReadOnlySpan<char> folded, int at)
    {
        if (!_topicsByFirstChar.TryGetValue(folded[at], out var candidates))
        {
            return 0;
        }

        foreach (var topic in candidates)
        {
            if (folded[at..].StartsWith(topic, StringComparison.Ordinal) && Fits(folded, at, topic.Length))
            {
                return topic.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The stem of a German umlaut plural, so that "Umsatz" also finds "Umsätze", "Auftrag" "Aufträge" and
    /// "Abschluss" "Abschlüsse": the last a, o, u or au of the topic umlauted. Null when there is none.
    /// A variant that is no German word ("resülts") simply never matches.
    /// </summary>
    internal static string? UmlautPlural(string topic)
    {
        if (topic.Length < MinCompoundTopicLength)
        {
            return null;
        }

        var vowel = topic.AsSpan().LastIndexOfAny(Vowels);
        if (vowel < 0 || topic[vowel] is not ('a' or 'o' or 'u'))
        {
            return null;
        }

        if (topic[vowel] == 'u' && vowel > 0 && topic[vowel - 1] is 'a' or 'e' or 'o' or 'i')
        {
            // "au" becomes "äu" (Baum, Bäume); "eu", "ou" and "iu" have no umlaut.
            return topic[vowel - 1] == 'a' ? string.Concat(topic.AsSpan(0, vowel - 1), "ä", topic.AsSpan(vowel)) : null;
        }

        var umlaut = topic[vowel] switch { 'a' => 'ä', 'o' => 'ö', _ => 'ü' };
        return string.Concat(topic.AsSpan(0, vowel), new ReadOnlySpan<char>(in umlaut), topic.AsSpan(vowel + 1));
    }

    // The first word of the name long enough to be distinctive; legal forms and short words ("AG", "The") are not.
    private static string? DistinctiveName(string? organization) =>
        organization?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(w => w.Length >= 4 && !w.Equals("the", StringComparison.OrdinalIgnoreCase) && w.All(char.IsLetterOrDigit));

    private static SearchValues<string>? Probes(IEnumerable<string> words, bool sharpS)
    {
        var probes = words.Select(w => Probe(w, sharpS)).ToArray();
        return probes.Length > 0 && probes.All(p => p.Length > 0) ? SearchValues.Create([.. probes.Distinct(StringComparer.Ordinal)], StringComparison.OrdinalIgnoreCase) : null;
    }

    // The longest run of letters a–z, ä, ö, ü and digits in a folded topic; for drafts that may hold ß (sharpS), without an
    // s at either end and without "ss", so that the "ss" folded from "ß" can never be part of it (see FoldedText.MayCreateLetters);
    // empty when there is none.
    private static string Probe(string topic, bool sharpS)
    {
        var best = string.Empty;
        var rest = topic.AsSpan();
        for (var start = rest.IndexOfAny(ProbeCharacters); start >= 0; start = rest.IndexOfAny(ProbeCharacters))
        {
            rest = rest[start..];
            var length = rest.IndexOfAnyExcept(ProbeCharacters) is var end and >= 0 ? end : rest.Length;
            foreach (var piece in sharpS ? rest[..length].ToString().Split("ss") : [rest[..length].ToString()])
            {
                var trimmed = sharpS ? piece.Trim('s') : piece;
                // Of equally long runs the last: in "jahr ever" or "top line" the last word is the rarer one.
                if (trimmed.Length >= best.Length)
                {
                    best = trimmed;
                }
            }

            rest = rest[length..];
        }

        return best;
    }

    private static bool Fits(ReadOnlySpan<char> folded, int at, int length)
    {
        var end = at + length;
        var startsWord = at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
        var endsWord = end == folded.Length || !char.IsLetterOrDigit(folded[end]);
        if (length < MinCompoundTopicLength)
        {
            return startsWord && endsWord;
        }

        return startsWord || LettersBefore(folded, at) >= MinCompoundPrefixLength;
    }

    private static int LettersBefore(ReadOnlySpan<char> folded, int at)
    {
        var count = 0;
        for (var i = at - 1; i >= 0 && count < MinCompoundPrefixLength && char.IsLetter(folded[i]); i--)
        {
            count++;
        }

        return count;
    }
}
