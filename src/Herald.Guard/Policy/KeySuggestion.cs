namespace Herald.Guard.Policy;

/// <summary>Finds the setting someone probably meant when they wrote an unknown key ("organisation" → "organization").</summary>
internal static class KeySuggestion
{
    public static string? Find(string written, IReadOnlyList<string> known)
    {
        var normalized = Normalize(written);
        foreach (var key in known)
        {
            if (Normalize(key) == normalized)
            {
                return key;
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var key in known)
        {
            var distance = Distance(normalized, key);
            if (distance < bestDistance)
            {
                best = key;
                bestDistance = distance;
            }
        }

        // A third of the word may be mistyped, at least one and at most three characters.
        if (best is not null && bestDistance <= Math.Clamp(normalized.Length / 3, 1, 3))
        {
            return best;
        }

        // A part of the name ("terms" for "confidential_terms"), when only one setting contains it.
        var containing = normalized.Length >= 4 ? known.Where(k => k.Contains(normalized, StringComparison.Ordinal)).ToList() : [];
        return containing.Count == 1 ? containing[0] : null;
    }

    private static string Normalize(string key) =>
        key.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost one.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
