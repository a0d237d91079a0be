using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Herald.Web.Tests.Scout;

/// <summary>Uploads Scout's files the way the browser's form does (multipart, with the page's antiforgery token).</summary>
public static partial class ScoutClient
{
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string people, string? interactions = null, string? selfNominations = null, string? optOuts = null, int sharePercent = 10, string language = "en")
    {
        var files = new Dictionary<string, (string FileName, byte[] Bytes)> { ["people"] = ("people.csv", Encoding.UTF8.GetBytes(people)) };
        if (interactions is not null)
        {
            files["interactions"] = ("interactions.csv", Encoding.UTF8.GetBytes(interactions));
        }

        if (selfNominations is not null)
        {
            files["selfNominations"] = ("self-nominations.csv", Encoding.UTF8.GetBytes(selfNominations));
        }

        if (optOuts is not null)
        {
            files["optOuts"] = ("opt-outs.csv", Encoding.UTF8.GetBytes(optOuts));
        }

        return client.UploadFilesAsync(files, new() { ["Input.SharePercent"] = sharePercent.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Coverage"] = "2", ["Input.Language"] = language });
    }

    public static async Task<HttpResponseMessage> UploadFilesAsync(this HttpClient client, Dictionary<string, (string FileName, byte[] Bytes)> files, Dictionary<string, string> fields)
    {
        var token = AntiforgeryField().Match(await client.GetStringAsync("/scout"));
        Assert.True(token.Success, "/scout has no antiforgery token");
        using var content = new MultipartFormDataContent { { new StringContent(token.Groups["value"].Value), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, (fileName, bytes)) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(part, name, fileName);
        }

        return await client.PostAsync("/scout", content);
    }

    /// <summary>The run's page address from the redirect after a successful upload.</summary>
    public static string RunPage(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        Assert.Matches(@"^/scout/\d+$", location);
        return location;
    }

    public static int RunId(string page) => int.Parse(page["/scout/".Length..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Name → candidate id of everyone on the shortlist as the page shows it.</summary>
    public static Dictionary<string, string> Shortlist(string html) =>
        CandidateRow().Matches(html).ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value), m => m.Groups["id"].Value);

    /// <summary>Name (department) → candidate id of everyone the lead can add.</summary>
    public static Dictionary<string, string> Addable(string html) =>
        AddOption().Matches(html).ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value), m => m.Groups["id"].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<tr class=\"candidate\" id=\"candidate-(?<id>\\d+)\">\\s*<td><span class=\"candidate-name\">(?<name>[^<]*)</span>")]
    private static partial Regex CandidateRow();

    [GeneratedRegex("<option value=\"(?<id>\\d+)\">(?<name>[^<(]*) \\(")]
    private static partial Regex AddOption();
}
