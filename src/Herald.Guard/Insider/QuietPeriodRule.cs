using System.Buffers;
using System.Text;
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

    private static readonly SearchValues<char> SharpS = SearchValues.Create("ßẞ");

    // The characters a probe is made of (folded text is lower case); see FoldedText.MayCreateLetters.
    private static readonly SearchValues<char> ProbeCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789äöü");

    private static readonly SearchValues<char> PlainProbeCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    // Shorter plain pieces of umlaut words are common in German ("ndung" of "gründung" is in every "Anwendung").
    private const int MinPlainProbeLength = 6;

    private readonly Dictionary<char, string[]> _topicsByFirstChar;

    // For each topic, a piece of it that a draft must contain as written (ignoring case, with ß spelled "ss") when its
    // folded form holds the topic; null when some topic has no such piece.
    private readonly ProbeSet? _probes;

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
        _probes = Probes(words);
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
    public bool MayMention(string text)
    {
        if (_probes is not { } probes)
        {
            return true;
        }

        // Folding spells ß as "ss"; spelled so here too, every "s" of a folded topic is an "s" of the text the probes search.
        var spelled = text.AsSpan().ContainsAny(SharpS)
            ? text.Replace("ß", "ss", StringComparison.Ordinal).Replace("ẞ", "SS", StringComparison.Ordinal)
            : text;
        return probes.FoundIn(spelled) || FoldedText.MayCreateLetters(text);
    }

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

    private static ProbeSet? Probes(IEnumerable<string> words)
    {
        var probes = words.Select(Probe).Distinct(StringComparer.Ordinal).ToArray();
        return probes.Length > 0 && probes.All(p => p.Length > 0) ? new ProbeSet(probes) : null;
    }

    // The longest run of letters a–z, ä, ö, ü and digits in a folded topic, or empty when there is none. A run with an umlaut
    // gives way to its longest plain run when that is long enough to be rare ("berschuss" for "überschuss"): plain probes
    // are searched together, each umlaut probe on its own (see ProbeSet).
    private static string Probe(string topic)
    {
        var best = LongestRun(topic, ProbeCharacters);
        return Ascii.IsValid(best) || LongestRun(best, PlainProbeCharacters) is not { Length: >= MinPlainProbeLength } plain ? best : plain;
    }

    private static string LongestRun(string text, SearchValues<char> characters)
    {
        var best = string.Empty;
        var rest = text.AsSpan();
        for (var start = rest.IndexOfAny(characters); start >= 0; start = rest.IndexOfAny(characters))
        {
            rest = rest[start..];
            var length = rest.IndexOfAnyExcept(characters) is var end and >= 0 ? end : rest.Length;

            // Of equally long runs the last: in "jahr ever" or "top line" the last word is the rarer one.
            if (length >= best.Length)
            {
                best = rest[..length].ToString();
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

    // Probes are searched case-insensitively, the plain ones in groups of at most 16 with one vectorised search each (one
    // search over all 49 probes of a results period verified almost every position of a German post: its needles share
    // too many first letters), the few with an umlaut ("umsätze", "gründung") one by one, since one of them among the
    // others moved the joint search off its vectorised path. On the German benchmark post, which names no topic, the whole
    // prefilter went from 25 µs to 11 µs.
    private sealed class ProbeSet
    {
        private const int GroupSize = 16;

        private readonly SearchValues<string>[] _plain;
        private readonly string[] _accented;

        public ProbeSet(string[] probes)
        {
            _plain = [.. probes.Where(p => Ascii.IsValid(p)).Chunk(GroupSize).Select(g => SearchValues.Create(g, StringComparison.OrdinalIgnoreCase))];
            _accented = [.. probes.Where(p => !Ascii.IsValid(p))];
        }

        public bool FoundIn(ReadOnlySpan<char> text)
        {
            foreach (var group in _plain)
            {
                if (text.ContainsAny(group))
                {
                    return true;
                }
            }

            foreach (var probe in _accented)
            {
                if (text.Contains(probe, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
