using Herald.Data;
using Herald.Guard;
using Herald.Guard.Policy;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Policy;

/// <summary>
/// The Guard engine for the current policy version. Building an engine compiles every rule, so it is
/// built once per policy version and shared (engines are immutable and thread-safe); asking costs one
/// indexed query for the latest version id, so every instance of Herald notices a new policy at once.
/// </summary>
internal sealed partial class GuardEngines(ILogger<GuardEngines> logger) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Snapshot? _current;

    public async Task<GuardEngine> CurrentAsync(HeraldDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.PolicyVersions.AsNoTracking().OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken) ?? 0;
        if (_current is { } current && current.VersionId == latest)
        {
            return current.Engine;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.VersionId == latest)
            {
                return built.Engine;
            }

            var policy = GuardPolicy.Empty;
            if (latest != 0)
            {
                var yaml = await db.PolicyVersions.AsNoTracking().Where(p => p.Id == latest).Select(p => p.Yaml).SingleAsync(cancellationToken);
                var loaded = PolicyLoader.Load(yaml, $"policy version {latest}");
                if (loaded.Succeeded)
                {
                    policy = loaded.Value!;
                }
                else
                {
                    // Versions are validated before they are saved; this only happens after a format change.
                    LogInvalidPolicy(latest, loaded.Errors.Count);
                }
            }

            var engine = GuardEngine.Create(new GuardSetup { Policy = policy });
            _current = new Snapshot(latest, engine);
            LogEngineBuilt(latest, engine.PatternRuleCount);
            return engine;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Guard engine built for policy version {VersionId} with {PatternRules} pattern rules")]
    private partial void LogEngineBuilt(int versionId, int patternRules);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Policy version {VersionId} no longer loads ({ErrorCount} errors); checking with the built-in rules only")]
    private partial void LogInvalidPolicy(int versionId, int errorCount);

    private sealed record Snapshot(int VersionId, GuardEngine Engine);
}
