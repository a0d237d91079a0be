using System.Text.RegularExpressions;

namespace Herald.Web.Tests.Support;

/// <summary>Submits forms the way a browser does: fetch the page, take its antiforgery token, post.</summary>
public static partial class HttpClientExtensions
{
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? handler = null) =>
        client.PostFormFromAsync(path, handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}", fields);

    /// <summary>Posts a form shown on <paramref name="page"/> to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormFromAsync(this HttpClient client, string page, string action, Dictionary<string, string> fields) =>
        await client.PostFormWithAsync(await client.AntiforgeryTokenAsync(page), action, fields);

    /// <summary>The antiforgery token of the form on <paramref name="page"/>, to post later (e.g. several requests at the same moment).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var token = AntiforgeryField().Match(await client.GetStringAsync(page));
        Assert.True(token.Success, $"{page} has no antiforgery token");
        return token.Groups["value"].Value;
    }

    /// <summary>Posts a form with an antiforgery token taken earlier from a page.</summary>
    public static async Task<HttpResponseMessage> PostFormWithAsync(this HttpClient client, string antiforgeryToken, string action, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = antiforgeryToken };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(action, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
