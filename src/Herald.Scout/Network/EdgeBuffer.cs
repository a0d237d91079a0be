namespace Herald.Scout.Network;

/// <summary>Interaction rows as people indices, before they are merged into undirected ties. Grows like a list, stores flat arrays.</summary>
internal sealed class EdgeBuffer
{
    private int[] _sources = new int[1024];
    private int[] _targets = new int[1024];
    private double[] _weights = new double[1024];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Sources => _sources.AsSpan(0, Count);

    public ReadOnlySpan<int> Targets => _targets.AsSpan(0, Count);

    public ReadOnlySpan<double> Weights => _weights.AsSpan(0, Count);

    public void Add(int source, int target, double weight)
    {
        if (Count == _sources.Length)
        {
            var size = _sources.Length * 2;
            Array.Resize(ref _sources, size);
            Array.Resize(ref _targets, size);
            Array.Resize(ref _weights, size);
        }

        _sources[Count] = source;
        _targets[Count] = target;
        _weights[Count] = weight;
        Count++;
    }
}
