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
    /// A breadth-first numbering, each component started from its best-connected person: neighbours get nearby
    /// numbers, so a search touches fewer cache lines. Measured on the generated 100,000-person company: about a
    /// third less time per betweenness search; on Email-Enron about 15 %.
    /// </summary>
    public int[] BreadthFirstLabels()
    {
        var n = NodeCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var seeds = new int[n];
        var degrees = new int[n];
        for (var v = 0; v < n; v++)
        {
            seeds[v] = v;
            degrees[v] = -Degree(v);
        }

        Array.Sort(degrees, seeds);
        var queue = new int[n];
        var next = 0;
        foreach (var seed in seeds)
        {
            if (label[seed] >= 0)
            {
                continue;
            }

            int head = 0, tail = 0;
            queue[tail++] = seed;
            label[seed] = next++;
            while (head < tail)
            {
                foreach (var w in Neighbours(queue[head++]))
                {
                    if (label[w] < 0)
                    {
                        label[w] = next++;
                        queue[tail++] = w;
                    }
                }
            }
        }

        return label;
    }

    /// <summary>The same graph with node v renumbered <c>label[v]</c>; neighbour lists stay sorted.</summary>
    public UndirectedGraph Relabel(int[] label)
    {
        var n = NodeCount;
        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            offsets[label[v] + 1] = Degree(v);
        }

        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var targets = new int[Targets.Length];
        var weights = new double[Weights.Length];
        Parallel.For(0, n, v =>
        {
            var start = offsets[label[v]];
            var count = Degree(v);
            for (var i = 0; i < count; i++)
            {
                targets[start + i] = label[Targets[Offsets[v] + i]];
                weights[start + i] = Weights[Offsets[v] + i];
            }

            Array.Sort(targets, weights, start, count);
        });

        return new UndirectedGraph(offsets, targets, weights);
    }

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
