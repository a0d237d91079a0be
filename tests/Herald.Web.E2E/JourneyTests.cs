using Microsoft.Playwright;

namespace Herald.Web.E2E;

/// <summary>
/// The journey on a fresh installation: create the administrator from the printed link, invite an
/// ambassador who accepts, acknowledge the guidelines, write a draft with an internal host name and a token, see both findings, fix them,
/// see "good to go", mark it published. Selectors use ids and form handlers, so the same steps run in each language.
/// </summary>
public abstract class JourneyTests(BrowserApp app, string locale)
{
    private const string Token = "ghp_R8x2Kq7Lm4Np9Tz3Vb6Wc1Yd5Fg0Hj8Ks2Qa";
    private const string Password = "a long and private passphrase";

    // A host below a private top-level domain: the Guard raises it even before the security owner has written a policy.
    private const string InternalHost = "build01.nordwind.local";

    [Fact]
    public async Task From_the_first_administrator_to_a_published_post()
    {
        app.SkipIfUnavailable();
        var setupToken = app.SetupTokenFromConsole() ?? throw new InvalidOperationException("no first-administrator link was printed");
        var (adminContext, admin, adminErrors) = await app.NewPageAsync(locale);
        await using var _ = adminContext;

        await admin.GotoAsync("/setup?token=" + setupToken);
        await admin.FillAsync("#Input_DisplayName", "Sandra Becker");
        await admin.FillAsync("#Input_Email", "sandra@nordwind.example");
        await admin.FillAsync("#Input_Password", Password);
        await admin.ClickAsync("main form button[type=submit]");
        await app.ArrivedAsync(admin, "/");

        await admin.GotoAsync("/admin/users");
        await admin.FillAsync("#Input_DisplayName", "Jonas Wagner");
        await admin.FillAsync("#Input_Email", "jonas@nordwind.example");
        await admin.FillAsync("#Input_Password", Password);
        await admin.ClickAsync("#add-person button[type=submit]");
        await Assertions.Expect(admin.Locator("main table")).ToContainTextAsync("Jonas Wagner");

        await admin.GotoAsync("/guidelines/edit");
        await admin.FillAsync("#Input_Markdown", "# Leitlinien\n\n## Grün\n\nTeile, was du gelernt hast.\n\n## Rot\n\nNie Zugangsdaten oder interne Hostnamen.");
        await admin.ClickAsync("main form button[type=submit]");
        await app.ArrivedAsync(admin, "/guidelines");

        await admin.GotoAsync("/programme");
        await admin.SelectOptionAsync("#personId", new SelectOptionValue { Label = "Jonas Wagner" });
        await admin.FillAsync("#message", "Du erklärst Netzwerke so gut – magst du das auch öffentlich tun?");
        await admin.ClickAsync("form[action*='handler=Invite'] button");
        await Assertions.Expect(admin.Locator("form[action*='handler=Withdraw'] button")).ToBeVisibleAsync();
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("programme"), FullPage = true });

        var (jonasContext, jonas, jonasErrors) = await app.NewPageAsync(locale);
        await using var __ = jonasContext;
        await app.SignInAsync(jonas, "jonas@nordwind.example", Password);
        await jonas.ClickAsync("main a[href='/invitations']");
        await app.ArrivedAsync(jonas, "/invitations");
        await jonas.ClickAsync("form[action*='handler=Accept'] button");
        await app.ArrivedAsync(jonas, "/profile\\?welcome=true");
        await jonas.FillAsync("#Input_Title", "Netzwerk-Experte");
        await jonas.FillAsync("#Input_WeeklyHours", "2");
        await jonas.ClickAsync("main form button[type=submit]");
        // Saving leads back to the profile without the welcome: the title shown now is the stored one.
        await app.ArrivedAsync(jonas, "/profile");
        await Assertions.Expect(jonas.Locator("#Input_Title")).ToHaveValueAsync("Netzwerk-Experte");

        await jonas.GotoAsync("/guidelines");
        await jonas.ClickAsync("form[action*='handler=Acknowledge'] button");
        await Assertions.Expect(jonas.Locator("main .verdict-ok")).ToBeVisibleAsync();

        await jonas.GotoAsync("/studio");
        await jonas.ClickAsync("form[action*='handler=New'] button");
        await app.ArrivedAsync(jonas, "/studio/\\d+");
        await jonas.FillAsync("#draft", $"Diese Woche haben wir unsere Pipeline auf {InternalHost} aufgeräumt. Das Token {Token} ist längst getauscht. #DevSecOps");
        await Assertions.Expect(jonas.Locator("#check-result .finding.block")).ToBeVisibleAsync();
        await Assertions.Expect(jonas.Locator("#check-result .finding.warn")).ToBeVisibleAsync();
        await Assertions.Expect(jonas.Locator("#check-result .finding")).ToHaveCountAsync(2);
        Assert.Equal("Netzwerk-Experte", await jonas.Locator(".post-title").InnerTextAsync());
        await jonas.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("studio-finding"), FullPage = true });

        await jonas.FillAsync("#draft", "Diese Woche haben wir unsere Pipeline aufgeräumt: Geheimnisse gehören in einen Tresor, nicht in den Code. #DevSecOps");
        await Assertions.Expect(jonas.Locator("#check-result .verdict-ok")).ToBeVisibleAsync();
        var saved = await jonas.Locator("#studio").GetAttributeAsync("data-label-saved");
        await Assertions.Expect(jonas.Locator("#save-status")).ToHaveTextAsync(saved!);
        await jonas.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("studio-good-to-go"), FullPage = true });

        await jonas.FillAsync("#url", "https://www.linkedin.com/posts/jonas-wagner-devsecops");
        await jonas.ClickAsync("form[action*='handler=Publish'] button");
        await app.ArrivedAsync(jonas, "/studio");
        Assert.NotEqual("–", (await jonas.Locator("main table tbody tr td").Nth(2).InnerTextAsync()).Trim());

        await admin.GotoAsync("/");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("1");
        Assert.DoesNotContain("Pipeline", await admin.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("programme-home"), FullPage = true });

        Assert.True(adminErrors.Count + jonasErrors.Count == 0, string.Join(Environment.NewLine, adminErrors.Concat(jonasErrors)));
    }

    private string Shot(string name) => Path.Combine(BrowserApp.Screenshots, $"journey-{name}-{locale}.png");
}

public sealed class JourneyTests_in_English(BrowserApp app) : JourneyTests(app, "en-US"), IClassFixture<BrowserApp>;

public sealed class JourneyTests_in_German(BrowserApp app) : JourneyTests(app, "de-DE"), IClassFixture<BrowserApp>;
