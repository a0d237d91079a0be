namespace Herald.Scout;

/// <summary>A text Scout shows to people, in English and German.</summary>
/// <param name="En">The English text.</param>
/// <param name="De">The German text (informal "du", as in the programme's guidelines).</param>
public sealed record ScoutText(string En, string De)
{
    /// <summary>The text for a language code: <c>de</c>, <c>de-AT</c> … give German, anything else English.</summary>
    public string Get(string? language) =>
        language is not null && language.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? De : En;

    /// <inheritdoc />
    public override string ToString() => En;
}
