namespace Herald.Data.Entities;

/// <summary>
/// One Scout run that a programme lead works on: the shortlist it suggested (who and why), the people the lead may
/// still add, and the invitation drafts. Measures of people who were not suggested are never stored, nor are the
/// uploaded files; opt-outs are not stored at all. Discarding the run deletes all of it.
/// </summary>
public sealed class ScoutRun
{
    public int Id { get; set; }

    public required string CreatedById { get; set; }

    public HeraldUser? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>"de" or "en": the language of the invitation drafts.</summary>
    public required string Language { get; set; }

    /// <summary>The share of staff asked for, 0.01 to 0.10.</summary>
    public double Share { get; set; }

    /// <summary>The value of covering one more department, in score units (Scout's λ).</summary>
    public double DepartmentCoverage { get; set; }

    /// <summary>The topic terms, one per line; null for the built-in cyber-security vocabulary.</summary>
    public string? TopicTerms { get; set; }

    /// <summary>How many people the staff list had.</summary>
    public int PeopleCount { get; set; }

    /// <summary>Every department in the staff list, one per line: what the shortlist's coverage is measured against.</summary>
    public string Departments { get; set; } = string.Empty;

    /// <summary>Every location in the staff list, one per line (empty when it had none).</summary>
    public string Locations { get; set; } = string.Empty;

    /// <summary>The first problems that did not stop the run (such as interactions naming unknown ids), one per line.</summary>
    public string Warnings { get; set; } = string.Empty;

    /// <summary>When invitations were last sent from this run.</summary>
    public DateTime? SentAt { get; set; }

    public List<ScoutCandidate> Candidates { get; set; } = [];
}
