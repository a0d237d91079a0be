namespace Herald.Guard.Detection;

/// <summary>How a finding's text appears in excerpts.</summary>
internal enum Redaction
{
    /// <summary>Shown as written: code names, markings and topics are known to the author and safe to echo.</summary>
    None,
    /// <summary>Mostly masked, first and last characters kept: personal data.</summary>
    Partial,
    /// <summary>Only a short prefix kept: secrets. The length is not revealed either.</summary>
    Secret,
}
