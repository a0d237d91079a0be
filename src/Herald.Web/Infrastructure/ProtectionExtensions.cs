using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Herald.Web.Infrastructure;

/// <summary>Security headers, request size limits, rate limits and antiforgery.</summary>
internal static class ProtectionExtensions
{
    public const string SignInLimit = "sign-in";
    public const string CheckLimit = "check";

    // Everything is served by Herald itself: no CDN, no inline script or style.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddHeraldProtection(this IServiceCollection services, IConfiguration configuration, IWebHostBuilder webHost)
    {
        services.AddOptions<ProtectionOptions>().Bind(configuration.GetSection("Protection"));
        var protection = configuration.GetSection("Protection").Get<ProtectionOptions>() ?? new ProtectionOptions();
        webHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(protection.MaxRequestBodyBytes, ScoutRequestLimit(protection)));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "herald.csrf";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddProblemDetails();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Showing the form is free; submitting credentials counts.
            options.AddPolicy(SignInLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    ClientAddress(context),
                    _ => Window(context.RequestServices.GetRequiredService<IOptions<ProtectionOptions>>().Value.SignInPerMinute)));
            options.AddPolicy(CheckLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : ClientAddress(context),
                _ => Window(context.RequestServices.GetRequiredService<IOptions<ProtectionOptions>>().Value.ChecksPerMinute)));
            options.OnRejected = (context, cancellationToken) =>
            {
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                return new ValueTask(WriteProblemAsync(
                    context.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    text["Too many requests"],
                    text["You have sent many requests in a short time. Please wait a minute and try again."]));
            };
        });
        return services;
    }

    public static WebApplication UseHeraldProtection(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            var options = context.RequestServices.GetRequiredService<IOptions<ProtectionOptions>>().Value;
            var scout = context.Request.Path.StartsWithSegments("/scout", StringComparison.OrdinalIgnoreCase);
            var limit = scout ? Math.Max(options.MaxRequestBodyBytes, ScoutRequestLimit(options)) : options.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                await WriteProblemAsync(
                    context,
                    StatusCodes.Status413PayloadTooLarge,
                    text["The request is too large"],
                    scout
                        ? string.Format(CultureInfo.CurrentCulture, text["Scout in the browser takes files of up to {0:0.##} MB together. For a larger company, use the herald scout command."], options.ScoutUploadBytes / (1024 * 1024.0))
                        : string.Format(CultureInfo.CurrentCulture, text["Herald accepts up to {0} KB per request. Please shorten the text and try again."], limit / 1024));
                return;
            }

            // Bodies sent without a length (chunked) are cut off by the server at the same limit.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            await next(context);
        });
        return app;
    }

    public static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>The Scout page's request limit: its files plus room for the form around them (multipart headers, options).</summary>
    private static long ScoutRequestLimit(ProtectionOptions options) => options.ScoutUploadBytes + 64 * 1024;

    private static FixedWindowRateLimiterOptions Window(int permitsPerMinute) => new()
    {
        PermitLimit = permitsPerMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    private static string ClientAddress(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
