using Herald.Data;
using Herald.Data.Entities;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Herald.Web.Infrastructure;

internal static class IdentityExtensions
{
    // Long passphrases beat composition rules (NIST SP 800-63B); 12 characters is the floor.
    private const int MinimumPasswordLength = 12;
    private const int FailedAttemptsBeforeLockout = 5;
    private static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>How long a password reset link works: long enough to pass it on privately the same day, short enough not to linger in a chat.</summary>
    public static readonly TimeSpan ResetLinkLifetime = TimeSpan.FromHours(24);

    public static IServiceCollection AddHeraldIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<HeraldUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = FailedAttemptsBeforeLockout;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<HeraldDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();

        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = ResetLinkLifetime);
        // Sessions re-read roles and the security stamp every minute (Identity's default is 30): a removed role or a
        // password reset reaches signed-in sessions quickly, for one indexed query per user and minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "herald.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers with status codes; only pages redirect to the sign-in form.
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });
        services.ConfigureExternalCookie(cookie => cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        var oidc = configuration.GetSection("Authentication:OpenIdConnect").Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        services.AddOptions<OpenIdConnectSettings>()
            .Bind(configuration.GetSection("Authentication:OpenIdConnect"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenIdConnectSettings>, OpenIdConnectSettingsValidator>();
        if (oidc.Enabled)
        {
            services.AddAuthentication().AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, oidc.DisplayName, options =>
            {
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.Scope.Add("email");
                options.CallbackPath = "/account/sso-callback";
            });
        }

        return services;
    }

    private static Task RedirectOrStatus(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
