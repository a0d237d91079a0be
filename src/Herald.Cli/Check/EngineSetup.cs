using Herald.Guard;
using Herald.Guard.Policy;
using Herald.Guard.Secrets;

namespace Herald.Cli.Check;

/// <summary>Loads the policy and imported rules named on the command line and builds the engine once for all drafts.</summary>
internal static class EngineSetup
{
    /// <summary>
    /// Returns the engine, or null with every configuration error in <paramref name="errors"/>, each as
    /// <c>file:line:col: message</c> so editors and CI logs can jump to it. Policy errors are in the command's language.
    /// </summary>
    public static GuardEngine? Build(CheckOptions options, out List<string> errors)
    {
        errors = [];
        var policy = GuardPolicy.Empty;
        if (options.PolicyPath is { } policyPath)
        {
            var loaded = PolicyLoader.LoadFile(policyPath);
            var language = options.Texts.Language.Code();
            errors.AddRange(loaded.Errors.Select(e => e.ToString(language)));
            policy = loaded.Value ?? policy;
        }

        var gitleaksConfigs = new List<GitleaksConfig>();
        foreach (var configPath in options.GitleaksConfigPaths)
        {
            var loaded = GitleaksConfigLoader.LoadFile(configPath);
            errors.AddRange(loaded.Errors.Select(static e => e.ToString()));
            if (loaded.Value is { } config)
            {
                gitleaksConfigs.Add(config);
            }
        }

        return errors.Count > 0
            ? null
            : GuardEngine.Create(new GuardSetup
            {
                BuiltinSecretRules = options.BuiltinSecretRules,
                Policy = policy,
                GitleaksConfigs = gitleaksConfigs,
            });
    }
}
