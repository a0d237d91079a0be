namespace Herald.Scout.Selection;

/// <summary>
/// Greedy maximisation of Σ score + λ·(departments covered) + μ·(locations covered). The objective is monotone
/// submodular (a sum of modular scores and coverage functions), so greedy selection is within (1 - 1/e) of the best
/// list of that size. Gains only shrink as the list grows, which allows lazy evaluation: a candidate whose
/// recomputed gain still beats the next candidate's stale gain is the true maximum.
/// </summary>
internal static class ShortlistSelector
{
    /// <summary>Returns people indices in order of selection: self-nominations first (by score), then greedy picks.</summary>
    public static List<int> Select(
        double[] scores,
        int[] departmentOf,
        int[] locationOf,
        bool[] selfNominated,
        bool[] optedOut,
        int target,
        double departmentWeight,
        double locationWeight)
    {
        var n = scores.Length;
        var departments = new HashSet<int>();
        var locations = new HashSet<int>();
        var chosen = new List<int>();

        // Ties go to the earlier person in the input, so the list is reproducible.
        foreach (var i in Enumerable.Range(0, n).Where(i => selfNominated[i] && !optedOut[i]).OrderByDescending(i => scores[i]).ThenBy(i => i))
        {
            Take(i);
        }

        var queue = new PriorityQueue<int, (double Gain, int Index)>(Comparer<(double Gain, int Index)>.Create(
            (a, b) => a.Gain != b.Gain ? b.Gain.CompareTo(a.Gain) : a.Index.CompareTo(b.Index)));
        for (var i = 0; i < n; i++)
        {
            if (!optedOut[i] && !selfNominated[i])
            {
                queue.Enqueue(i, (Gain(i), i));
            }
        }

        while (chosen.Count < target && queue.TryDequeue(out var candidate, out var stale))
        {
            var gain = Gain(candidate);
            if (gain < stale.Gain && queue.TryPeek(out _, out var next) && (gain < next.Gain || (gain == next.Gain && next.Index < candidate)))
            {
                queue.Enqueue(candidate, (gain, candidate));
                continue;
            }

            Take(candidate);
        }

        return chosen;

        double Gain(int i) =>
            scores[i]
            + (departments.Contains(departmentOf[i]) ? 0 : departmentWeight)
            + (locationOf[i] < 0 || locations.Contains(locationOf[i]) ? 0 : locationWeight);

        void Take(int i)
        {
            chosen.Add(i);
            departments.Add(departmentOf[i]);
            if (locationOf[i] >= 0)
            {
                locations.Add(locationOf[i]);
            }
        }
    }
}
