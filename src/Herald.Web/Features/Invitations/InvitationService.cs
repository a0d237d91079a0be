using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Invitations;

/// <summary>
/// Invitations into the programme. A programme lead invites; only the invited person accepts or declines,
/// and only accepting makes them an ambassador (opt-in). Every query is scoped to the person acting.
/// </summary>
internal sealed class InvitationService(HeraldDbContext db, UserManager<HeraldUser> users, Audit audit)
{
    public enum Outcome
    {
        Done,
        NotFound,
        AlreadyAmbassador,
        AlreadyInvited,
    }

    public async Task<Outcome> InviteAsync(string leadId, string personId, string? message, CancellationToken cancellationToken)
    {
        var person = await users.FindByIdAsync(personId);
        if (person is null)
        {
            return Outcome.NotFound;
        }

        if (await users.IsInRoleAsync(person, Roles.Ambassador))
        {
            return Outcome.AlreadyAmbassador;
        }

        if (await db.Invitations.AnyAsync(i => i.PersonId == personId && i.Status == InvitationStatus.Pending, cancellationToken))
        {
            return Outcome.AlreadyInvited;
        }

        var invitation = new Invitation { PersonId = personId, InvitedById = leadId, Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim() };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(leadId, "invitation.sent", invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        return Outcome.Done;
    }

    public Task<List<Invitation>> PendingForAsync(string personId, CancellationToken cancellationToken) =>
        db.Invitations.AsNoTracking()
            .Include(i => i.InvitedBy)
            .Where(i => i.PersonId == personId && i.Status == InvitationStatus.Pending)
            .OrderBy(i => i.CreatedAt)
            .ToListAsync(cancellationToken);

    /// <summary>Accepts the person's own pending invitation: they become an ambassador with the default title.</summary>
    public async Task<Outcome> AcceptAsync(string personId, int invitationId, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.PersonId == personId && i.Status == InvitationStatus.Pending, cancellationToken);
        var person = invitation is null ? null : await users.FindByIdAsync(personId);
        if (invitation is null || person is null)
        {
            return Outcome.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        invitation.Status = InvitationStatus.Accepted;
        invitation.RespondedAt = DateTime.UtcNow;
        if (!await db.AmbassadorProfiles.AnyAsync(p => p.UserId == personId, cancellationToken))
        {
            db.AmbassadorProfiles.Add(new AmbassadorProfile { UserId = personId });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!await users.IsInRoleAsync(person, Roles.Ambassador))
        {
            await users.AddToRoleAsync(person, Roles.Ambassador);
        }

        await audit.RecordAsync(personId, "invitation.accepted", invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done;
    }

    public async Task<Outcome> DeclineAsync(string personId, int invitationId, CancellationToken cancellationToken) =>
        await db.Invitations
            .Where(i => i.Id == invitationId && i.PersonId == personId && i.Status == InvitationStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InvitationStatus.Declined).SetProperty(i => i.RespondedAt, DateTime.UtcNow), cancellationToken) == 1
            ? Outcome.Done
            : Outcome.NotFound;

    public async Task<Outcome> WithdrawAsync(string leadId, int invitationId, CancellationToken cancellationToken)
    {
        var withdrawn = await db.Invitations
            .Where(i => i.Id == invitationId && i.Status == InvitationStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InvitationStatus.Withdrawn).SetProperty(i => i.RespondedAt, DateTime.UtcNow), cancellationToken);
        if (withdrawn == 1)
        {
            await audit.RecordAsync(leadId, "invitation.withdrawn", invitationId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }

        return withdrawn == 1 ? Outcome.Done : Outcome.NotFound;
    }
}
