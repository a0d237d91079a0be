namespace Herald.Web.Features.Scout;

/// <summary>What sending a shortlist's invitations did.</summary>
internal sealed class ScoutSendSummary
{
    public int Sent { get; set; }

    /// <summary>People who already had an open invitation: linked to it, not invited again.</summary>
    public int AlreadyInvited { get; set; }

    public int AlreadyAmbassadors { get; set; }

    /// <summary>People without an e-mail address in the staff list: nobody to send to.</summary>
    public int WithoutEmail { get; set; }

    /// <summary>People whose account could not be created (an address Herald cannot use).</summary>
    public int Failed { get; set; }
}
