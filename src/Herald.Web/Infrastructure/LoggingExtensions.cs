using Serilog;

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
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            writeToProviders: true);
        return builder;
    }
}
