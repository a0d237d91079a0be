namespace Herald.Web.Tests.Support;

/// <summary>Herald on SQLite with tight request size and rate limits, to see them act.</summary>
public sealed class LimitedApp : SqliteApp
{
    public const int SignInPerMinute = 3;
    public const int MaxBodyBytes = 2048;
    public const int ChecksPerMinute = 2;

    public LimitedApp()
    {
        With("Protection:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Protection:ChecksPerMinute", ChecksPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Protection:MaxRequestBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
