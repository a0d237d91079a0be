using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Features.Invitations;
using Herald.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Scout;

/// <summary>
/// Turns a shortlist into invitations in the programme's invitation workflow: each person on it gets the personal
/// text the lead reviewed, and decides for themselves (opt-in). A person is found by e-mail address; someone without a
/// Herald account gets one without a password (they sign in with single sign-on, or an administrator sets one).
/// Idempotent: a person already invited from the run, or with an open invitation, is never invited twice.
/// </summary>
internal sealed class ScoutInvitations(HeraldDbContext db, UserManager<HeraldUser> users, InvitationService invitations, Audit audit, ScoutGate gate)
{
    public async Task<ScoutSendSummary?> SendAsync(string leadId, int runId, CancellationToken cancellationToken)
    {
        await gate.Send.WaitAsync(cancellationToken);
        try
        {
            var run = await db.ScoutRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
            if (run is null)
            {
                return null;
            }

            var pending = await db.ScoutCandidates
                .Where(c => c.RunId == runId && (c.State == ScoutCandidateState.Suggested || c.State == ScoutCandidateState.Added) && c.InvitationId == null)
                .OrderBy(c => c.Rank == null)
                .ThenBy(c => c.Rank)
                .ThenBy(c => c.Id)
                .ToListAsync(cancellationToken);
            var summary = new ScoutSendSummary();
            foreach (var candidate in pending)
            {
                if (string.IsNullOrWhiteSpace(candidate.Email))
                {
                    summary.WithoutEmail++;
                    continue;
                }

                var person = await users.FindByEmailAsync(candidate.Email) ?? await CreatePersonAsync(leadId, candidate, cancellationToken);
                if (person is null)
                {
                    summary.Failed++;
                    continue;
                }

                switch (await invitations.InviteAsync(leadId, person.Id, candidate.Draft, cancellationToken))
                {
                    case InvitationService.Outcome.Done:
                        summary.Sent++;
                        candidate.InvitationId = await OpenInvitationAsync(person.Id, cancellationToken);
                        break;
                    case InvitationService.Outcome.AlreadyInvited:
                        summary.AlreadyInvited++;
                        candidate.InvitationId = await OpenInvitationAsync(person.Id, cancellationToken);
                        break;
                    case InvitationService.Outcome.AlreadyAmbassador:
                        summary.AlreadyAmbassadors++;
                        break;
                    default:
                        summary.Failed++;
                        break;
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            // Once the invitations are out, the rest of the staff list has served its purpose.
            await db.ScoutCandidates.Where(c => c.RunId == runId && c.State == ScoutCandidateState.Available).ExecuteDeleteAsync(cancellationToken);
            run.SentAt = DateTime.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(leadId, "scout.invitations-sent", ScoutRunner.Id(runId), cancellationToken);
            return summary;
        }
        finally
        {
            gate.Send.Release();
        }
    }

    private Task<int> OpenInvitationAsync(string personId, CancellationToken cancellationToken) =>
        db.Invitations.Where(i => i.PersonId == personId && i.Status == InvitationStatus.Pending).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(cancellationToken);

    private async Task<HeraldUser?> CreatePersonAsync(string leadId, ScoutCandidate candidate, CancellationToken cancellationToken)
    {
        var person = new HeraldUser
        {
            UserName = candidate.Email,
            Email = candidate.Email,
            EmailConfirmed = true,
            DisplayName = candidate.Name ?? candidate.Email!,
            DepartmentId = await DepartmentAsync(leadId, candidate.Department, cancellationToken),
        };
        if (!(await users.CreateAsync(person)).Succeeded || !(await users.AddToRoleAsync(person, Roles.Employee)).Succeeded)
        {
            return null;
        }

        await audit.RecordAsync(leadId, "user.created-by-scout", person.Id, cancellationToken);
        return person;
    }

    private async Task<int?> DepartmentAsync(string leadId, string name, CancellationToken cancellationToken)
    {
        // Herald's department names hold up to 100 characters; a longer one from an export is left for the lead to assign.
        if (name.Length > 100)
        {
            return null;
        }

        var department = await db.Departments.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (department is null)
        {
            department = new Department { Name = name };
            db.Departments.Add(department);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(leadId, "department.created", name, cancellationToken);
        }

        return department.Id;
    }
}
