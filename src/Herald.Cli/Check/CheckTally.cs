using Herald.Guard;

namespace Herald.Cli.Check;

/// <summary>Counts for the summary line and the exit code. Filled on one thread, in input order.</summary>
internal sealed class CheckTally
{
    /// <summary>At least one finding must be fixed before posting.</summary>
    public const int BlockedExitCode = 1;

    public int Checked { get; private set; }

    public int Block { get; private set; }

    public int Warn { get; private set; }

    public int Hint { get; private set; }

    public int Skipped { get; private set; }

    public int Failed { get; private set; }

    public void Add(DraftOutcome outcome)
    {
        switch (outcome)
        {
            case DraftOutcome.Checked done:
                Checked++;
                foreach (var finding in done.Result.Findings)
                {
                    switch (finding.Severity)
                    {
                        case Severity.Block: Block++; break;
                        case Severity.Warn: Warn++; break;
                        default: Hint++; break;
                    }
                }

                break;
            case DraftOutcome.Skipped:
                Skipped++;
                break;
            case DraftOutcome.Failed:
                Failed++;
                break;
        }
    }

    /// <summary>2 when any draft given could not be checked (it wins: the check is incomplete), 1 when any finding blocks, else 0.</summary>
    public int ExitCode => Failed > 0 ? HeraldApp.UsageError : Block > 0 ? BlockedExitCode : 0;
}
