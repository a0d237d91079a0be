using Herald.Guard.Patterns;

namespace Herald.Guard.Detection;

/// <summary>
/// The stems of several sentence searches, found in one pass over a draft (<see cref="KeywordAutomaton"/>, case-insensitive):
/// where each search's stems start, for <see cref="TriggerSentences"/>. A vectorised search per set was faster for one set,
/// but seven of them over every draft cost the security-posture check a quarter of its time. Immutable and thread-safe.
/// </summary>
internal sealed class TriggerStems
{
    private readonly KeywordAutomaton _automaton;
    private readonly int[] _set;
    private readonly int[] _length;

    /// <param name="sets">The stems of each search; a search is named by its index here.</param>
    public TriggerStems(IReadOnlyList<IReadOnlyList<string>> sets)
    {
        var stems = sets.SelectMany((stems, set) => stems.Select(stem => (Stem: stem.ToLowerInvariant(), Set: set))).ToList();
        _automaton = new KeywordAutomaton([.. stems.Select((s, i) => (s.Stem, i))]);
        _set = [.. stems.Select(s => s.Set)];
        _length = [.. stems.Select(s => s.Stem.Length)];
    }

    /// <summary>Where the stems start in <paramref name="text"/>, with the search each belongs to, ordered by where they start.</summary>
    public List<(int Start, int Set)> Find(string text)
    {
        var found = new List<(int End, int Rule)>();
        _automaton.FindAll(text, found);
        var starts = new List<(int Start, int Set)>(found.Count);
        foreach (var (end, stem) in found)
        {
            starts.Add((end - _length[stem], _set[stem]));
        }

        starts.Sort();
        return starts;
    }
}
