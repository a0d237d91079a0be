namespace Herald.Scout.Scoring;

/// <summary>Where each person stands among all staff on one measure.</summary>
/// <param name="Percentile">The mid-distribution percentile in [0, 1]: (people strictly worse + half of those tied, self included) / n.</param>
/// <param name="TopShare">The share of people at least as good, for "top 3 %"; 1 for people without the signal.</param>
internal sealed record Percentiles(double[] Percentile, double[] TopShare)
{
    /// <summary>
    /// People without the signal (<paramref name="has"/> false) get percentile 0 and count as worse than everyone who
    /// has it, so a person with no ties earns no network credit even when most of the staff has none either.
    /// </summary>
    public static Percentiles Compute(double[] values, Func<int, bool> has, bool higherIsBetter)
    {
        var n = values.Length;
        var percentile = new double[n];
        var topShare = new double[n];
        Array.Fill(topShare, 1.0);
        var eligible = Enumerable.Range(0, n).Where(has).ToArray();
        var keys = eligible.Select(i => higherIsBetter ? values[i] : -values[i]).ToArray();
        Array.Sort(keys, eligible);
        var worse = n - eligible.Length;
        for (var start = 0; start < eligible.Length;)
        {
            var end = start;
            while (end < eligible.Length && keys[end] == keys[start])
            {
                end++;
            }

            var ties = end - start;
            for (var i = start; i < end; i++)
            {
                percentile[eligible[i]] = (worse + 0.5 * ties) / n;
                topShare[eligible[i]] = (double)(eligible.Length - start) / n;
            }

            worse += ties;
            start = end;
        }

        return new Percentiles(percentile, topShare);
    }
}
