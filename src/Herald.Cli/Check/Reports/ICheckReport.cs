namespace Herald.Cli.Check.Reports;

/// <summary>Writes the outcome of a check in one format. Called on one thread, in input order; <see cref="Complete"/> once at the end.</summary>
internal interface ICheckReport
{
    void Add(DraftOutcome outcome);

    void Complete(CheckTally tally);
}
