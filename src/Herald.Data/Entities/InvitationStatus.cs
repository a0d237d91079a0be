namespace Herald.Data.Entities;

/// <summary>Where an invitation stands. Becoming an ambassador is opt-in: only the invited person accepts or declines.</summary>
public enum InvitationStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Withdrawn = 3,
}
