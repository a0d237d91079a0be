using Herald.Data;
using Herald.Data.Entities;
using Herald.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Herald.Web.E2E;

/// <summary>The post studio in a real browser: live check, preview, fixing a finding, "good to go", autosave.</summary>
public sealed class StudioTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    // A made-up token in GitHub's format: never a real credential.
    private const string Token = "ghp_R8x2Kq7Lm4Np9Tz3Vb6Wc1Yd5Fg0Hj8Ks2Qa";

    [Theory]
    [InlineData("en-US", "Secret", "Why? See guideline:", "Good to go.", "Saved.")]
    [InlineData("de-DE", "Geheimnis", "Warum? Siehe Leitlinien:", "Alles klar – du kannst posten.", "Gespeichert.")]
    public async Task An_ambassador_sees_a_finding_fixes_it_and_the_draft_is_saved(string locale, string secret, string why, string goodToGo, string saved)
    {
        await PublishDemoGuidelinesAsync();
        var email = await app.CreateUserAsync(Roles.Ambassador);
        var (context, page, errors) = await app.NewPageAsync(locale);
        await using var _ = context;

        await app.SignInAsync(page, email);
        await page.GotoAsync("/studio");
        await page.ClickAsync("main form button[type=submit]");
        await app.ArrivedAsync(page, "/studio/\\d+");

        await page.FillAsync("#draft", $"Unser Build lief mit {Token} – <script>alert(1)</script> #Sicherheit");
        var finding = page.Locator("#check-result .finding").First;
        await finding.WaitForAsync();
        Assert.Contains(secret, await finding.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, await page.Locator("#check-result").InnerTextAsync(), StringComparison.Ordinal);
        var guideline = finding.Locator(".guideline-link");
        Assert.Equal($"{why} Zugangsdaten und Tokens", await guideline.InnerTextAsync());
        var section = await guideline.Locator("a").GetAttributeAsync("href");
        Assert.Equal("/guidelines#zugangsdaten", section);
        var guidelines = await context.NewPageAsync();
        await guidelines.GotoAsync(section!);
        Assert.Equal("Zugangsdaten und Tokens", await guidelines.Locator("#zugangsdaten").InnerTextAsync());
        await guidelines.CloseAsync();
        Assert.Equal("#Sicherheit", await page.Locator("#preview .hashtag").InnerTextAsync());
        Assert.Contains("<script>alert(1)</script>", await page.Locator("#preview").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.Screenshots, $"studio-finding-{locale}.png"), FullPage = true });

        const string Clean = "Drei Zeichen, an denen ihr eine Phishing-Mail erkennt. #Sicherheit";
        await page.FillAsync("#draft", Clean);
        await page.Locator("#check-result .verdict-ok").WaitForAsync();
        Assert.Equal(goodToGo, await page.Locator("#check-result .verdict-ok").InnerTextAsync());
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync(saved);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.Screenshots, $"studio-good-to-go-{locale}.png"), FullPage = true });

        await page.ReloadAsync();
        Assert.Equal(Clean, await page.InputValueAsync("#draft"));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private Task<bool> PublishDemoGuidelinesAsync() => app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<HeraldDbContext>();
        if (await db.GuidelineVersions.AnyAsync())
        {
            return false;
        }

        db.GuidelineVersions.Add(new GuidelineVersion { Markdown = DemoGuidelines.Markdown });
        await db.SaveChangesAsync();
        return true;
    });
}
