using Herald.Data;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace Herald.Web.Infrastructure;

internal static class PagesExtensions
{
    public const string ManageProgramme = "manage-programme";
    public const string ManagePolicy = "manage-policy";
    public const string Administer = "administer";

    /// <summary>Razor Pages live beside their feature (Features/&lt;Feature&gt;/…); every page needs a signed-in user unless it says otherwise.</summary>
    public static IServiceCollection AddHeraldPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Administer, policy => policy.RequireRole(Roles.Administrator))
            .AddPolicy(ManageProgramme, policy => policy.RequireRole(Roles.ProgrammeLead, Roles.Administrator))
            .AddPolicy(ManagePolicy, policy => policy.RequireRole(Roles.SecurityOwner, Roles.Administrator));

        // German text (ä, ö, ü, ß) is written as is, not as numeric entities; markup characters are still encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.AuthorizeFolder("/");
                options.Conventions.AllowAnonymousToFolder("/Setup");
                options.Conventions.AllowAnonymousToPage("/Account/SignIn");
                options.Conventions.AllowAnonymousToPage("/Account/Denied");
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        return services;
    }
}
