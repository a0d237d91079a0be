namespace Herald.Cli.Check.Reports;

/// <summary>
/// Writes the outcome of a check in one format. Called on one thread, in input order; <see cref="Complete"/> once at the end.
/// Disposing releases what a report holds while it writes, whether or not it completed.
/// </summary>
internal interface ICheckReport : IDisposable
{
    void Add(DraftOutcome outcome);

    void Complete(CheckTally tally);

    void IDisposable.Dispose()
    {
    }
}
