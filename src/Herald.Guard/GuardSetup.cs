using Herald.Guard.Policy;
using Herald.Guard.Secrets;

namespace Herald.Guard;

/// <summary>What a <see cref="GuardEngine"/> is built from.</summary>
public sealed record GuardSetup
{
    /// <summary>Whether Herald's own secret rule pack runs (the command line's <c>--no-builtin</c> turns it off).</summary>
    public bool BuiltinSecretRules { get; init; } = true;

    /// <summary>The organisation's policy; <see cref="GuardPolicy.Empty"/> when there is none.</summary>
    public GuardPolicy Policy { get; init; } = GuardPolicy.Empty;

    /// <summary>Imported gitleaks configurations whose rules run alongside the built-in ones.</summary>
    public IReadOnlyList<GitleaksConfig> GitleaksConfigs { get; init; } = [];
}
