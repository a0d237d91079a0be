namespace Herald.Scout;

/// <summary>
/// One row of <c>interactions.csv</c>: <paramref name="Source"/> mailed, met or chatted with <paramref name="Target"/>.
/// Rows are directed; Scout treats every pair of people as one undirected tie whose weight is the sum of
/// the weights of all rows between them, in either direction.
/// </summary>
/// <param name="Source">The id of the person who started the interaction.</param>
/// <param name="Target">The id of the other person.</param>
/// <param name="Weight">How much interaction the row stands for (messages, meetings); positive, default 1.</param>
public readonly record struct Interaction(string Source, string Target, double Weight = 1);
