using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.ApiTokens;

/// <summary>Personal API tokens: created for and visible to their owner only; the token itself is shown once and stored as a hash.</summary>
internal sealed class ApiTokenService(HeraldDbContext db, Audit audit)
{
    /// <summary>Every Herald token starts with this, so secret scanners (and the Guard) can recognise a leaked one.</summary>
    public const string Prefix = "herald_";

    public async Task<string> CreateAsync(string userId, string name, CancellationToken cancellationToken)
    {
        var token = Tokens.Create(Prefix);
        db.ApiTokens.Add(new ApiToken { UserId = userId, Name = name, Prefix = token[..(Prefix.Length + 4)], TokenHash = Tokens.Hash(token) });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(userId, "api-token.created", userId, cancellationToken);
        return token;
    }

    public Task<List<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId && t.RevokedAt == null).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Revokes one of the owner's tokens; someone else's token id revokes nothing.</summary>
    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken cancellationToken)
    {
        var revoked = await db.ApiTokens
            .Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow), cancellationToken);
        if (revoked == 1)
        {
            await audit.RecordAsync(userId, "api-token.revoked", tokenId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }

        return revoked == 1;
    }

    /// <summary>The owner of a valid, unrevoked token, or null.</summary>
    public async Task<string?> FindOwnerAsync(string token, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Tokens.Hash(token);
        var found = await db.ApiTokens.Where(t => t.TokenHash == hash && t.RevokedAt == null).Select(t => new { t.Id, t.UserId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        await db.ApiTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, DateTime.UtcNow), cancellationToken);
        return found.UserId;
    }
}
