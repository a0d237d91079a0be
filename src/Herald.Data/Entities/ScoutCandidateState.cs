namespace Herald.Data.Entities;

/// <summary>Where a person stands in a Scout run.</summary>
public enum ScoutCandidateState
{
    /// <summary>Scout suggested them and they are on the shortlist.</summary>
    Suggested = 0,

    /// <summary>Scout suggested them; the programme lead took them off the shortlist.</summary>
    Removed = 1,

    /// <summary>The programme lead added them, with a note.</summary>
    Added = 2,

    /// <summary>In the staff list, not on the shortlist: the lead may add them.</summary>
    Available = 3,
}
