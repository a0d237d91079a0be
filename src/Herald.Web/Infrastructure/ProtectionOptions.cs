namespace Herald.Web.Infrastructure;

/// <summary>Limits that protect Herald from abuse and accidents, bound from <c>Protection:*</c>.</summary>
internal sealed class ProtectionOptions
{
    /// <summary>Largest request body. A LinkedIn post is at most 3,000 characters; 256 KB leaves room for forms and policies.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Largest Scout upload (all files of one run together). A staff list of 1,000 people is about 100 KB and a year of
    /// their interactions a few MB; larger companies run the <c>herald scout</c> command.
    /// </summary>
    public long ScoutUploadBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Sign-in attempts per client address per minute (lockout per account applies as well).</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Checks per user (or client address) per minute: generous for live checking while typing.</summary>
    public int ChecksPerMinute { get; set; } = 120;
}
