using Herald.Web.Features.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Herald.Web.Features.Setup;

/// <summary>
/// What Herald prints when it has started: its address and, on a fresh installation, the one-time
/// link for the first administrator. Written to the console directly, not to the structured logs,
/// so the link never reaches a log store.
/// </summary>
internal sealed class StartupBanner(TextWriter writer)
{
    public string? PendingSetupToken { get; set; }

    /// <summary>Whether this start created the demo company, whose accounts are then listed once.</summary>
    public bool DemoCreated { get; set; }

    public void Print(IEnumerable<string> addresses)
    {
        var url = PickUrl(addresses);
        writer.WriteLine();
        writer.WriteLine($"Herald is running at {url}");
        if (PendingSetupToken is not null)
        {
            writer.WriteLine("Create the first administrator with this link (it works once and is not shown again):");
            writer.WriteLine($"  {url}/setup?token={PendingSetupToken}");
            PendingSetupToken = null;
        }

        if (DemoCreated)
        {
            writer.WriteLine($"Demo company created. Every demo account uses the password \"{DemoSeed.Password}\" (demo data only), e.g.:");
            writer.WriteLine($"  sandra.becker@{DemoSeed.Domain} (programme lead), jonas.wagner@{DemoSeed.Domain} (ambassador), aylin.yilmaz@{DemoSeed.Domain} (security owner)");
            DemoCreated = false;
        }

        writer.WriteLine();
        writer.Flush();
    }

    private static string PickUrl(IEnumerable<string> addresses)
    {
        var all = addresses.ToList();
        var url = all.FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal))
            ?? all.FirstOrDefault()
            ?? "http://localhost";
        // Kestrel reports wildcard bindings; a person needs an address they can open.
        return url.Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }
}

internal static class StartupBannerExtensions
{
    public static void PrintStartupBanner(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            app.Services.GetRequiredService<StartupBanner>().Print(addresses);
        });
}
