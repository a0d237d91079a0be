using Herald.Data;
using Herald.Data.Entities;

namespace Herald.Web.Infrastructure;

/// <summary>Records administrative actions. Entries name records by id and never hold draft text or secrets.</summary>
internal sealed class Audit(HeraldDbContext db)
{
    public async Task RecordAsync(string? actorId, string action, string? target, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry { ActorId = actorId, Action = action, Target = target });
        await db.SaveChangesAsync(cancellationToken);
    }
}
