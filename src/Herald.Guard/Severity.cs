namespace Herald.Guard;

/// <summary>How much a finding matters. Ordered: a larger value is more severe.</summary>
public enum Severity
{
    /// <summary>A gentle tip; it does not change the verdict.</summary>
    Hint = 1,
    /// <summary>Worth a second look before posting.</summary>
    Warn = 2,
    /// <summary>Must not be posted as it stands.</summary>
    Block = 3,
}

/// <summary>The fixed wire names of <see cref="Severity"/>: <c>hint</c>, <c>warn</c>, <c>block</c>.</summary>
public static class SeverityNames
{
    /// <summary>Returns the wire name.</summary>
    public static string ToWireName(this Severity severity) => severity switch
    {
        Severity.Hint => "hint",
        Severity.Warn => "warn",
        Severity.Block => "block",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>Parses a wire name (case-insensitive); returns false for anything else.</summary>
    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "hint": severity = Severity.Hint; return true;
            case "warn": severity = Severity.Warn; return true;
            case "block": severity = Severity.Block; return true;
            default: severity = default; return false;
        }
    }
}
