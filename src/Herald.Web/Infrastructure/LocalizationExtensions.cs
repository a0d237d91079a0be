using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Herald.Web.Infrastructure;

internal static class LocalizationExtensions
{
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [new("en"), new("de")];

    public static IServiceCollection AddHeraldLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        return services;
    }

    /// <summary>The user's setting (kept in the culture cookie) wins; otherwise the browser's language; otherwise English.</summary>
    public static WebApplication UseHeraldLocalization(this WebApplication app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = [.. Cultures],
            SupportedUICultures = [.. Cultures],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider { CookieName = LanguageCookie.Name },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        app.UseRequestLocalization(options);
        return app;
    }
}
