using Herald.Guard.Patterns;

namespace Herald.Guard.Secrets;

/// <summary>
/// The rules of a gitleaks TOML configuration, compiled for the Guard. Load one with
/// <see cref="GitleaksConfigLoader"/>; immutable and thread-safe.
/// </summary>
public sealed class GitleaksConfig
{
    internal GitleaksConfig(string source, IReadOnlyList<PatternRule> rules)
    {
        Source = source;
        Rules = rules;
    }

    /// <summary>Where the configuration came from (file name).</summary>
    public string Source { get; }

    /// <summary>How many rules were imported.</summary>
    public int RuleCount => Rules.Count;

    internal IReadOnlyList<PatternRule> Rules { get; }
}
