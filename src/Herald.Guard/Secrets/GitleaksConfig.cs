using Herald.Guard.Patterns;

namespace Herald.Guard.Secrets;

/// <summary>
/// The rules of a gitleaks TOML configuration, compiled for the Guard. Load one with
/// <see cref="GitleaksConfigLoader"/>; immutable and thread-safe.
/// </summary>
public sealed class GitleaksConfig
{
    internal GitleaksConfig(string source, IReadOnlyList<PatternRule> rules, IReadOnlyList<ConfigError> warnings)
    {
        Source = source;
        Rules = rules;
        Warnings = warnings;
    }

    /// <summary>Where the configuration came from (file name).</summary>
    public string Source { get; }

    /// <summary>How many rules were imported.</summary>
    public int RuleCount => Rules.Count;

    /// <summary>
    /// Notes that did not stop the import, such as a pattern that had to run on the backtracking engine with a
    /// match timeout instead of the linear-time one. Empty for gitleaks' default configuration.
    /// </summary>
    public IReadOnlyList<ConfigError> Warnings { get; }

    internal IReadOnlyList<PatternRule> Rules { get; }
}
