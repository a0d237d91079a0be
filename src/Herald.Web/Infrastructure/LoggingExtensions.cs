using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;

namespace Herald.Web.Infrastructure;

internal static class LoggingExtensions
{
    /// <summary>
    /// Structured logs through Serilog, configured from <c>Serilog:*</c>. Request logging records method,
    /// path, status and timing — never bodies, query strings or headers, so no draft text or token reaches a log.
    /// </summary>
    public static WebApplicationBuilder AddHeraldLogging(this WebApplicationBuilder builder)
    {
        // Serilog writes the console; other providers (tests add one) still receive every event.
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                // These events carry the full URL with its query string (the first-administrator link has a
                // token there); request logging records method, path and status instead, whatever the configuration says.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            // Each host keeps its own logger: the process-wide Log.Logger would be replaced by every host that starts
            // and closed by every host that stops, and tests run several side by side.
            preserveStaticLogger: true,
            writeToProviders: true);
        // Request logging writes through this host's logger, not the static one.
        builder.Services.AddOptions<RequestLoggingOptions>().Configure<Serilog.ILogger>((options, logger) => options.Logger = logger);
        return builder;
    }
}
