using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Setup;

/// <summary>
/// The one-time link that creates the first administrator. While no administrator exists, each start
/// issues a fresh token (older unused ones stop working) and prints it once; only its hash is stored.
/// The first successful use consumes it.
/// </summary>
internal sealed class FirstAdministrator(HeraldDbContext db, UserManager<HeraldUser> users, Audit audit)
{
    public async Task<bool> AdministratorExistsAsync(CancellationToken cancellationToken) =>
        (await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0
        || await db.SetupTokens.AnyAsync(t => t.UsedAt != null, cancellationToken);

    public async Task<string?> IssueTokenIfNeededAsync(CancellationToken cancellationToken)
    {
        if (await AdministratorExistsAsync(cancellationToken))
        {
            return null;
        }

        await db.SetupTokens.Where(t => t.UsedAt == null).ExecuteDeleteAsync(cancellationToken);
        var token = Tokens.Create();
        db.SetupTokens.Add(new SetupToken { TokenHash = Tokens.Hash(token) });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<bool> IsValidAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || await AdministratorExistsAsync(cancellationToken))
        {
            return false;
        }

        var hash = Tokens.Hash(token);
        return await db.SetupTokens.AnyAsync(t => t.TokenHash == hash && t.UsedAt == null, cancellationToken);
    }

    /// <summary>Creates the administrator and consumes the token, or returns why it could not.</summary>
    public async Task<IdentityResult> CreateAsync(string token, string email, string displayName, string password, CancellationToken cancellationToken)
    {
        if (!await IsValidAsync(token, cancellationToken))
        {
            return IdentityResult.Failed(new IdentityError { Code = "SetupTokenInvalid", Description = "This link has already been used or is no longer valid." });
        }

        var hash = Tokens.Hash(token);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Consume first: of two concurrent requests with the same link only one updates the row.
        var consumed = await db.SetupTokens
            .Where(t => t.TokenHash == hash && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, DateTime.UtcNow), cancellationToken);
        if (consumed != 1)
        {
            return IdentityResult.Failed(new IdentityError { Code = "SetupTokenInvalid", Description = "This link has already been used or is no longer valid." });
        }

        var user = new HeraldUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return created;
        }

        await users.AddToRolesAsync(user, [Roles.Administrator, Roles.Employee]);
        await audit.RecordAsync(user.Id, "setup.first-administrator", user.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return IdentityResult.Success;
    }
}
