using System.Net;
using System.Text.RegularExpressions;
using Herald.Testing;
using Herald.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Herald.Web.E2E;

/// <summary>
/// Herald on a real port with Debian's Chromium driven by Playwright (no browser download).
/// Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class BrowserApp : SqliteApp
{
    private const string Chromium = "/usr/bin/chromium";

    // How long a step may wait for a page, navigation or assertion: three times Playwright's default, because CI
    // runs every test project at once on two cores and a sign-in (password hashing) can queue behind them.
    private const float PatienceMs = 90_000;

    private IPlaywright? _playwright;
    private string? _unavailable;

    public IBrowser Browser { get; private set; } = null!;

    public string Url { get; private set; } = string.Empty;

    public static string Screenshots { get; } = Path.Combine(Paths.RepositoryRoot, "artifacts", "screenshots");

    /// <summary>Without Chromium, browser tests skip with this reason on a developer machine; in CI they fail.</summary>
    protected override string? Unavailable => _unavailable;

    public override async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            _unavailable = $"{Chromium} is missing: install it with `apt-get install -y chromium` (.ci/run does).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true: " + _unavailable);
            }

            return;
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        Url = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // CI shares two cores with every other test project running at the same time: give the page time (the
        // first check also builds the Guard engine). These are upper bounds; a fast run never waits for them.
        Assertions.SetDefaultExpectTimeout(PatienceMs);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await base.DisposeAsync();
    }

    /// <summary>
    /// Waits until <paramref name="page"/> shows the page at <paramref name="path"/> (a regular expression for the path and
    /// query) and that page has finished loading, its scripts included. Use it after a click that navigates, instead of
    /// <see cref="IPage.WaitForURLAsync(Regex, PageWaitForURLOptions)"/>.
    /// </summary>
    /// <remarks>
    /// WaitForURLAsync and WaitForLoadStateAsync wait on the test's side, on a copy of the page's load states that
    /// Playwright's .NET client keeps from the driver's events. On busy cores that copy can miss the "load" of a page
    /// that did load: the journey then waited 90 s on a /guidelines page that the server had sent and the browser had
    /// loaded (the waiter itself logged the later "NetworkIdle" event). Both conditions here are checked in the browser,
    /// by the driver, until they hold: nothing is waited for that has already happened.
    /// </remarks>
    public async Task ArrivedAsync(IPage page, string path)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(Url) + path + "$"));
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>Signs <paramref name="email"/> in on <paramref name="page"/> and waits for the start page.</summary>
    public async Task SignInAsync(IPage page, string email, string password = Web.Tests.Support.HeraldApp.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("main form button[type=submit]");
        await ArrivedAsync(page, "/");
    }

    /// <summary>A fresh browser context in <paramref name="locale"/> that fails the test on any script error or CSP violation.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> NewPageAsync(string locale)
    {
        SkipIfUnavailable();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, BaseURL = Url, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(PatienceMs);
        context.SetDefaultNavigationTimeout(PatienceMs);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // A stale autosave is answered with 409 and handled by the studio (it continues from the newer
            // revision); Chromium still logs every non-2xx fetch as an error.
            if (message.Type == "error" && !message.Text.Contains("status of 409", StringComparison.Ordinal))
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        return (context, page, errors);
    }
}
