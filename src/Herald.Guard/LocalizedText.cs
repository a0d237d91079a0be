namespace Herald.Guard;

/// <summary>A short text in English and German. Every message the Guard shows exists in both.</summary>
/// <param name="En">The English text.</param>
/// <param name="De">The German text.</param>
public sealed record LocalizedText(string En, string De)
{
    /// <summary>Returns the text for a language code (<c>de</c>, <c>de-AT</c> … give German; anything else English).</summary>
    public string Get(string? language) =>
        language is not null && language.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? De : En;

    /// <inheritdoc />
    public override string ToString() => En;
}
