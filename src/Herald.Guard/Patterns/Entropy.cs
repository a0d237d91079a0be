namespace Herald.Guard.Patterns;

/// <summary>Shannon entropy in bits per symbol, computed over UTF-16 units the way gitleaks does over bytes for ASCII secrets.</summary>
internal static class Entropy
{
    public static double Shannon(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        // Secrets are overwhelmingly ASCII; a 128-slot table keeps this allocation-free. Anything
        // else shares one slot, which can only lower the entropy and so never creates a finding.
        Span<int> counts = stackalloc int[129];
        foreach (var c in value)
        {
            counts[c < 128 ? c : 128]++;
        }

        double entropy = 0;
        double length = value.Length;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = count / length;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy;
    }
}
