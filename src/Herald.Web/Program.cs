using Herald.Web.Features.Demo;
using Herald.Web.Features.Invitations;
using Herald.Web.Features.Scout;
using Herald.Web.Features.Setup;
using Herald.Web.Infrastructure;
using Serilog;

// `--demo` fills an empty installation with a made-up company (the same as Herald:Demo=true).
var demo = args.Contains("--demo", StringComparer.Ordinal);
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
if (demo)
{
    builder.Configuration["Herald:Demo"] = "true";
}

builder.AddHeraldLogging();
builder.Services.AddHeraldDatabase(builder.Configuration, builder.Environment);
builder.Services.AddHeraldIdentity(builder.Configuration);
builder.Services.AddHeraldLocalization();
builder.Services.AddHeraldProtection(builder.Configuration, builder.WebHost);
builder.Services.AddHeraldHealth();
builder.Services.AddHeraldPages();
builder.Services.AddHeraldApi();
builder.Services.AddSetup();
builder.Services.AddScoped<Audit>();
builder.Services.AddScoped<InvitationService>();
builder.Services.AddScoped<DemoSeed>();
builder.Services.AddScout();

var app = builder.Build();

await app.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);
app.PrintStartupBanner();

app.UseHeraldProtection();
app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseHeraldLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

// After authorization, which signs in API tokens too (their scheme is named by the API's policy): the check limit counts
// per person, and only the sign-in limit, for anonymous requests, per client address.
app.UseRateLimiter();
app.UseAntiforgery();

app.MapHeraldHealth();
app.MapHeraldApi();
app.MapRazorPages();

await app.RunAsync();
