using System.Buffers;

namespace Herald.Guard.Detection;

/// <summary>
/// A keyword prefilter for detectors with a handful of rule groups: one vectorised
/// <see cref="SearchValues{T}"/> pass over the draft tells which groups have a trigger word at all,
/// so a post without any of them costs one scan and nothing else. Immutable and thread-safe.
/// </summary>
internal sealed class KeywordGate
{
    // A bit mask per keyword limits a gate to 64 groups, far more than any detector here needs.
    private const int MaxGroups = 64;

    private readonly SearchValues<string> _keywords;
    private readonly Dictionary<char, (string Keyword, ulong Groups)[]> _byFirstChar;

    /// <param name="groups">For each group (its index is its bit), the words that enable it; matched case-insensitively anywhere.</param>
    public KeywordGate(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (groups.Count > MaxGroups)
        {
            throw new ArgumentOutOfRangeException(nameof(groups), groups.Count, $"A gate holds at most {MaxGroups} groups.");
        }

        var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var word in groups[g])
            {
                var key = word.ToLowerInvariant();
                masks[key] = masks.GetValueOrDefault(key) | (1UL << g);
            }
        }

        _keywords = SearchValues.Create([.. masks.Keys], StringComparison.OrdinalIgnoreCase);
        _byFirstChar = masks
            .GroupBy(kv => kv.Key[0])
            .ToDictionary(g => g.Key, g => g.Select(kv => (kv.Key, kv.Value)).ToArray());
    }

    /// <summary>The groups (as bits) whose keywords occur in <paramref name="text"/>; 0 when none do.</summary>
    public ulong Scan(ReadOnlySpan<char> text)
    {
        ulong found = 0;
        var position = 0;
        while (position < text.Length)
        {
            var at = text[position..].IndexOfAny(_keywords);
            if (at < 0)
            {
                break;
            }

            at += position;
            if (_byFirstChar.TryGetValue(char.ToLowerInvariant(text[at]), out var bucket))
            {
                var rest = text[at..];
                foreach (var (keyword, groups) in bucket)
                {
                    if (rest.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                    {
                        found |= groups;
                    }
                }
            }

            position = at + 1;
        }

        return found;
    }
}
