namespace Herald.Web.Features.Scout;

/// <summary>
/// One Scout run and one sending at a time per server: a run takes cores that sign-ins and checks also need, and two
/// sendings of the same shortlist at once could both invite a person before either has recorded it.
/// </summary>
internal sealed class ScoutGate : IDisposable
{
    public SemaphoreSlim Run { get; } = new(1, 1);

    public SemaphoreSlim Send { get; } = new(1, 1);

    public void Dispose()
    {
        Run.Dispose();
        Send.Dispose();
    }
}
