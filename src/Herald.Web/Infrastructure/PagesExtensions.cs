using Herald.Data;
using Microsoft.AspNetCore.Mvc.Razor;

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
