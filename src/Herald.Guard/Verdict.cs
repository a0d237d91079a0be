namespace Herald.Guard;

/// <summary>
/// The verdict on a whole draft: the highest severity among its findings. Hints are tips and do
/// not change it, so a draft with only hints is still <see cref="Ok"/> ("good to go").
/// </summary>
public enum Verdict
{
    /// <summary>Good to go.</summary>
    Ok = 0,
    /// <summary>At least one <see cref="Severity.Warn"/> finding.</summary>
    Warn = 2,
    /// <summary>At least one <see cref="Severity.Block"/> finding.</summary>
    Block = 3,
}

/// <summary>The fixed wire names of <see cref="Verdict"/>: <c>ok</c>, <c>warn</c>, <c>block</c>.</summary>
public static class VerdictNames
{
    /// <summary>Returns the wire name.</summary>
    public static string ToWireName(this Verdict verdict) => verdict switch
    {
        Verdict.Ok => "ok",
        Verdict.Warn => "warn",
        Verdict.Block => "block",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
