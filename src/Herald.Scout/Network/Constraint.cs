using System.Collections.Concurrent;

namespace Herald.Scout.Network;

/// <summary>
/// Burt's constraint on the undirected, weighted tie graph, as networkx's <c>constraint(G, weight="weight")</c>:
/// c(u) = Σ_{v∈N(u)} (p_uv + Σ_{w∈N(u)} p_uw·p_wv)², with p_uv = w_uv / Σ_x w_ux. Low constraint means the person's
/// contacts are not connected among themselves: they span structural holes. Isolated people get NaN (undefined).
/// </summary>
internal static class Constraint
{
    public static double[] Compute(UndirectedGraph graph, ParallelOptions parallel)
    {
        var n = graph.NodeCount;
        var result = new double[n];
        // Ranges of people, each worker with its own scratch arrays indexed by person.
        Parallel.ForEach(
            Partitioner.Create(0, n, Math.Max(64, n / 256)),
            parallel,
            () => new Scratch(n),
            (range, _, scratch) =>
            {
                for (var u = range.Item1; u < range.Item2; u++)
                {
                    result[u] = Of(graph, u, scratch);
                }

                return scratch;
            },
            _ => { });
        return result;
    }

    private static double Of(UndirectedGraph graph, int u, Scratch scratch)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        var strength = graph.Strength;
        if (offsets[u] == offsets[u + 1])
        {
            return double.NaN;
        }

        var share = scratch.Share;
        var indirect = scratch.Indirect;
        var mark = scratch.Mark;
        var stamp = u + 1;
        var su = strength[u];
        for (var e = offsets[u]; e < offsets[u + 1]; e++)
        {
            var v = targets[e];
            share[v] = weights[e] / su;
            indirect[v] = 0;
            mark[v] = stamp;
        }

        // For each contact w of u, walk w's contacts v that are also u's contacts: that is the indirect investment p_uw·p_wv.
        for (var e = offsets[u]; e < offsets[u + 1]; e++)
        {
            var w = targets[e];
            var factor = share[w] / strength[w];
            for (var f = offsets[w]; f < offsets[w + 1]; f++)
            {
                var v = targets[f];
                if (mark[v] == stamp)
                {
                    indirect[v] += factor * weights[f];
                }
            }
        }

        var constraint = 0.0;
        for (var e = offsets[u]; e < offsets[u + 1]; e++)
        {
            var v = targets[e];
            var local = share[v] + indirect[v];
            constraint += local * local;
        }

        return constraint;
    }

    private sealed class Scratch(int n)
    {
        public double[] Share { get; } = new double[n];

        public double[] Indirect { get; } = new double[n];

        /// <summary>Which person's contacts the entries belong to (u + 1), so nothing has to be cleared between people.</summary>
        public int[] Mark { get; } = new int[n];
    }
}
