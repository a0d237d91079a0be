using Herald.Data;
using Herald.Web.Tests.Scout;
using Microsoft.Playwright;

namespace Herald.Web.E2E;

/// <summary>
/// Scout in a real browser: the programme lead uploads a small staff list and who works with whom, reads the shortlist
/// with its reasons, removes one person, edits a text, sends the invitations and finds them in the programme's list.
/// </summary>
public abstract class ScoutTests(BrowserApp app, string locale)
{
    [Fact]
    public async Task The_programme_lead_uploads_adjusts_and_sends_invitations()
    {
        app.SkipIfUnavailable();
        var email = await app.CreateUserAsync(Roles.ProgrammeLead);
        var folder = Directory.CreateTempSubdirectory("herald-scout-e2e-");
        var (context, page, errors) = await app.NewPageAsync(locale);
        await using var _ = context;
        try
        {
            var people = Path.Combine(folder.FullName, "people.csv");
            var interactions = Path.Combine(folder.FullName, "interactions.csv");
            await File.WriteAllTextAsync(people, SampleStaff.People());
            await File.WriteAllTextAsync(interactions, SampleStaff.Interactions());

            await app.SignInAsync(page, email);
            // The programme lead finds Scout in the navigation; other roles never see the link.
            await Assertions.Expect(page.Locator("header nav a[href='/scout']")).ToBeVisibleAsync();
            await page.GotoAsync("/scout");

            await page.SetInputFilesAsync("#people", people);
            await page.SetInputFilesAsync("#interactions", interactions);
            await page.FillAsync("#Input_SharePercent", "10");
            await page.ClickAsync("#scout-upload button[type=submit]");
            await app.ArrivedAsync(page, "/scout/\\d+");

            var rows = page.Locator("tr.candidate");
            await Assertions.Expect(rows).ToHaveCountAsync(4);
            await Assertions.Expect(rows.Filter(new() { HasText = SampleStaff.Name(0) })).ToContainTextAsync("Sicherheitsbeauftragte");
            await Assertions.Expect(page.Locator("#coverage")).ToContainTextAsync("4");
            await page.Locator("tr.draft-row details summary").First.ClickAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("shortlist"), FullPage = true });

            var removed = (await rows.Last.Locator(".candidate-name").InnerTextAsync()).Trim();
            await rows.Last.Locator("button").ClickAsync();
            await Assertions.Expect(rows).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#removed")).ToContainTextAsync(removed);
            var kept = (await page.Locator("tr.candidate .candidate-name").AllInnerTextsAsync()).Select(n => n.Trim()).ToList();

            await page.Locator("tr.draft-row details summary").First.ClickAsync();
            var draft = page.Locator("tr.draft-row textarea").First;
            await draft.FillAsync((await draft.InputValueAsync()).Replace("LinkedIn.", "LinkedIn. Wir kennen uns aus dem Projekt Hafen.", StringComparison.Ordinal));
            await page.ClickAsync("#send");
            await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("3");
            await Assertions.Expect(page.Locator("tr.candidate .status").First).Not.ToBeEmptyAsync();

            await page.GotoAsync("/programme");
            var invitations = page.Locator("main section:has(form[action*='handler=Invite']) table");
            foreach (var name in kept)
            {
                await Assertions.Expect(invitations).ToContainTextAsync(name);
            }

            Assert.DoesNotContain(removed, await invitations.InnerTextAsync(), StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("invitations"), FullPage = true });
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_broken_staff_list_is_explained_at_its_line_in_the_browsers_language()
    {
        app.SkipIfUnavailable();
        var email = await app.CreateUserAsync(Roles.ProgrammeLead);
        var folder = Directory.CreateTempSubdirectory("herald-scout-e2e-");
        var (context, page, errors) = await app.NewPageAsync(locale);
        await using var _ = context;
        try
        {
            var people = Path.Combine(folder.FullName, "staff.csv");
            await File.WriteAllTextAsync(people, "id,department\n1,IT\n1,HR\n2,\n");

            await app.SignInAsync(page, email);
            await Assertions.Expect(page.Locator("header nav a[href='/scout']")).ToBeVisibleAsync();
            await page.GotoAsync("/scout");
            await page.SetInputFilesAsync("#people", people);
            await page.ClickAsync("#scout-upload button[type=submit]");

            var problems = page.Locator("#problems li");
            await Assertions.Expect(problems).ToHaveCountAsync(2);
            if (locale.StartsWith("de", StringComparison.Ordinal))
            {
                await Assertions.Expect(problems.Nth(0)).ToHaveTextAsync("staff.csv, Zeile 3: die id '1' kommt zweimal vor (zuerst in Zeile 2); jede id darf nur einmal vorkommen.");
                await Assertions.Expect(problems.Nth(1)).ToHaveTextAsync("staff.csv, Zeile 4: die Abteilung (department) von '2' ist leer; jede Person braucht eine.");
            }
            else
            {
                await Assertions.Expect(problems.Nth(0)).ToHaveTextAsync("staff.csv, line 3: the id '1' appears twice (first on line 2); ids must be unique.");
                await Assertions.Expect(problems.Nth(1)).ToHaveTextAsync("staff.csv, line 4: the department of '2' is empty; every person needs one.");
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("problems"), FullPage = true });
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private string Shot(string name) => Path.Combine(BrowserApp.Screenshots, $"scout-{name}-{locale}.png");
}

public sealed class ScoutTests_in_English(BrowserApp app) : ScoutTests(app, "en-US"), IClassFixture<BrowserApp>;

public sealed class ScoutTests_in_German(BrowserApp app) : ScoutTests(app, "de-DE"), IClassFixture<BrowserApp>;
