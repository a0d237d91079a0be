using System.Net;
using System.Text.RegularExpressions;
using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Features.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Herald.Web.Tests.Support;

/// <summary>
/// Herald running in-process against a real database: one app per test class (a class fixture).
/// Subclasses choose SQLite (a file in a temporary directory) or PostgreSQL (a fresh database on the server CI starts).
/// </summary>
public abstract partial class HeraldApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private readonly StringWriter _console = new();
    private readonly Dictionary<string, string?> _settings = [];

    protected HeraldApp()
    {
        DataDirectory = Directory.CreateTempSubdirectory("herald-test-").FullName;
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public string DataDirectory { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>What Herald printed to its console at start.</summary>
    public string ConsoleOutput
    {
        get
        {
            lock (_console)
            {
                return _console.ToString();
            }
        }
    }

    /// <summary>Why this app cannot run here (PostgreSQL not configured on a developer machine), or null.</summary>
    protected virtual string? Unavailable => null;

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp directory is cleaned by the OS.
        }
    }

    /// <summary>Sets a configuration value before the app starts.</summary>
    public HeraldApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public HttpClient Client()
    {
        SkipIfUnavailable();
        return CreateClient();
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        SkipIfUnavailable();
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Creates a local account with the given roles (as an administrator would) and returns its email.</summary>
    public Task<string> CreateUserAsync(params string[] roles) => WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<HeraldUser>>();
        var email = $"{Guid.NewGuid():N}@example.test";
        var user = new HeraldUser { UserName = email, Email = email, DisplayName = "Test " + string.Join(' ', roles), EmailConfirmed = true };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, [Roles.Employee, .. roles.Where(r => r != Roles.Employee)]));
        return email;
    });

    /// <summary>A client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(params string[] roles) => await SignInAsync(await CreateUserAsync(roles));

    public async Task<HttpClient> SignInAsync(string email)
    {
        var client = Client();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The id of the account with this email.</summary>
    public Task<string> UserIdAsync(string email) => WithScopeAsync(async services =>
        (await services.GetRequiredService<UserManager<HeraldUser>>().FindByEmailAsync(email))!.Id);

    /// <summary>The token from the first-administrator link Herald printed at start, or null.</summary>
    public string? SetupTokenFromConsole()
    {
        _ = Services;
        var match = SetupLink().Match(ConsoleOutput);
        return match.Success ? match.Groups["token"].Value : null;
    }

    protected abstract void ConfigureDatabase(IDictionary<string, string?> settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Herald:DataDirectory"] = DataDirectory,
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Every test client shares one address; the limits themselves are tested with LimitedApp.
            ["Protection:SignInPerMinute"] = "10000",
            ["Protection:ChecksPerMinute"] = "10000",
        };
        ConfigureDatabase(settings);
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new StartupBanner(TextWriter.Synchronized(_console)));
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            // The same PBKDF2 hashing with fewer rounds: tests sign in hundreds of times on two shared cores.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
        });
    }

    /// <summary>Skips the calling test, with the reason, when this app cannot run here.</summary>
    public void SkipIfUnavailable()
    {
        if (Unavailable is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    [GeneratedRegex(@"/setup\?token=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex SetupLink();
}
