using System.Globalization;

namespace Herald.Scout;

/// <summary>How betweenness was computed, and how far a sampled value may be from the exact one.</summary>
/// <param name="Exact">True when every person was a source (Brandes, exact).</param>
/// <param name="Sources">Number of source people searched.</param>
/// <param name="People">Number of people in the graph.</param>
/// <param name="ErrorBound">
/// For a sample: with probability at least 1 - <paramref name="Delta"/>, every person's value is within this distance
/// of the exact normalised betweenness (Hoeffding with a union bound, ε = sqrt(ln(2n/δ) / (2(k-1)))). Null when exact.
/// </param>
/// <param name="Delta">The failure probability of <paramref name="ErrorBound"/>; null when exact.</param>
/// <param name="Seed">The seed of the pivot draw; null when exact.</param>
public sealed record BetweennessEstimate(bool Exact, int Sources, int People, double? ErrorBound, double? Delta, int? Seed)
{
    /// <summary>One sentence for people, in English and German.</summary>
    public ScoutText Describe()
    {
        var en = CultureInfo.GetCultureInfo("en-GB");
        var de = CultureInfo.GetCultureInfo("de-DE");
        if (Exact)
        {
            return new ScoutText(
                string.Create(en, $"Betweenness: exact (Brandes, all {People:N0} people as sources)."),
                string.Create(de, $"Betweenness: exakt (Brandes, alle {People:N0} Personen als Quellen)."));
        }

        var confidence = 1 - Delta!.Value;
        return new ScoutText(
            string.Create(en, $"Betweenness: sampled from {Sources:N0} of {People:N0} people (seed {Seed}); with probability ≥ {confidence:P0} every value is within ±{ErrorBound:0.####} of the exact one (Hoeffding bound, δ = {Delta})."),
            string.Create(de, $"Betweenness: geschätzt aus {Sources:N0} von {People:N0} Personen (Seed {Seed}); mit Wahrscheinlichkeit ≥ {confidence:P0} liegt jeder Wert höchstens ±{ErrorBound:0.####} vom exakten entfernt (Hoeffding-Schranke, δ = {Delta})."));
    }
}
