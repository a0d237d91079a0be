namespace Herald.Scout.Network;

/// <summary>
/// The undirected, simple graph of ties in compressed sparse row form: the neighbours of node <c>v</c> are
/// <c>Targets[Offsets[v]..Offsets[v + 1]]</c>, sorted, each once, never <c>v</c> itself; <c>Weights</c> runs
/// parallel to <c>Targets</c>. Flat arrays keep the inner loops of Brandes' algorithm cache-friendly and free of allocation.
/// </summary>
internal sealed class UndirectedGraph
{
    private UndirectedGraph(int[] offsets, int[] targets, double[] weights)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        Strength = new double[NodeCount];
        for (var v = 0; v < NodeCount; v++)
        {
            var sum = 0.0;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                sum += weights[e];
            }

            Strength[v] = sum;
        }
    }

    public int NodeCount => Offsets.Length - 1;

    /// <summary>Number of undirected ties (each stored twice in <see cref="Targets"/>).</summary>
    public long TieCount => Targets.Length / 2;

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    /// <summary>Sum of the tie weights of each node.</summary>
    public double[] Strength { get; }

    public int Degree(int v) => Offsets[v + 1] - Offsets[v];

    public ReadOnlySpan<int> Neighbours(int v) => Targets.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    /// <summary>
    /// Merges directed rows into undirected ties: self-loops are dropped, and all rows between two people,
    /// in either direction, add up to one tie.
    /// </summary>
    public static UndirectedGraph Build(int nodeCount, EdgeBuffer edges)
    {
        var sources = edges.Sources;
        var targets = edges.Targets;
        var weights = edges.Weights;

        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < edges.Count; i++)
        {
            if (sources[i] != targets[i])
            {
                offsets[sources[i] + 1]++;
                offsets[targets[i] + 1]++;
            }
        }

        for (var v = 0; v < nodeCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var adjacency = new int[offsets[nodeCount]];
        var tieWeights = new double[offsets[nodeCount]];
        var fill = offsets.AsSpan(0, nodeCount).ToArray();
        for (var i = 0; i < edges.Count; i++)
        {
            int u = sources[i], v = targets[i];
            if (u == v)
            {
                continue;
            }

            adjacency[fill[u]] = v;
            tieWeights[fill[u]++] = weights[i];
            adjacency[fill[v]] = u;
            tieWeights[fill[v]++] = weights[i];
        }

        // Sort each neighbour list, then merge repeated neighbours by summing their weights, compacting in place.
        Parallel.For(0, nodeCount, v => Array.Sort(adjacency, tieWeights, offsets[v], offsets[v + 1] - offsets[v]));
        var merged = new int[nodeCount + 1];
        var write = 0;
        for (var v = 0; v < nodeCount; v++)
        {
            var start = write;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                if (write > start && adjacency[write - 1] == adjacency[e])
                {
                    tieWeights[write - 1] += tieWeights[e];
                }
                else
                {
                    adjacency[write] = adjacency[e];
                    tieWeights[write] = tieWeights[e];
                    write++;
                }
            }

            merged[v + 1] = write;
        }

        return new UndirectedGraph(merged, adjacency[..write], tieWeights[..write]);
    }
}
