namespace Herald.Data.Entities;

/// <summary>
/// A person from a Scout run's staff list. Only people Scout suggested carry a score and reasons; the others are kept
/// with name and department alone, so that the programme lead can add them, and are deleted when invitations are sent.
/// </summary>
public sealed class ScoutCandidate
{
    public int Id { get; set; }

    public int RunId { get; set; }

    public ScoutRun? Run { get; set; }

    /// <summary>The person's id in the staff list.</summary>
    public required string PersonKey { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public required string Department { get; set; }

    public string? Location { get; set; }

    public ScoutCandidateState State { get; set; }

    /// <summary>Scout's order of selection, from 1; null for people Scout did not suggest.</summary>
    public int? Rank { get; set; }

    /// <summary>Scout's score in [0, 1]; null for people Scout did not suggest.</summary>
    public double? Score { get; set; }

    /// <summary>Why Scout suggested the person, in English, one reason per line.</summary>
    public string? ReasonsEn { get; set; }

    /// <summary>Why Scout suggested the person, in German, one reason per line.</summary>
    public string? ReasonsDe { get; set; }

    public bool SelfNominated { get; set; }

    /// <summary>The programme lead's note on why they added the person.</summary>
    public string? Note { get; set; }

    /// <summary>The personal invitation text, editable until it is sent.</summary>
    public string? Draft { get; set; }

    /// <summary>The invitation sent to this person (or the open one they already had): sending twice never invites twice.</summary>
    public int? InvitationId { get; set; }
}
