using Herald.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Herald.Data;

/// <summary>Herald's database: Identity's tables plus the programme. The provider is chosen by the composition root.</summary>
public sealed class HeraldDbContext(DbContextOptions<HeraldDbContext> options) : IdentityDbContext<HeraldUser>(options)
{
    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AmbassadorProfile> AmbassadorProfiles => Set<AmbassadorProfile>();

    public DbSet<GuidelineVersion> GuidelineVersions => Set<GuidelineVersion>();

    public DbSet<GuidelineAcknowledgement> GuidelineAcknowledgements => Set<GuidelineAcknowledgement>();

    public DbSet<Draft> Drafts => Set<Draft>();

    public DbSet<RiskTally> RiskTallies => Set<RiskTally>();

    public DbSet<ScoutRun> ScoutRuns => Set<ScoutRun>();

    public DbSet<ScoutCandidate> ScoutCandidates => Set<ScoutCandidate>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HeraldDbContext).Assembly);
    }
}
