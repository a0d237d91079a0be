using System.Text.RegularExpressions;

namespace Herald.Web.Tests.Support;

/// <summary>Submits forms the way a browser does: fetch the page, take its antiforgery token, post.</summary>
public static partial class HttpClientExtensions
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, $"{path} has no antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups["value"].Value };
        var target = handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(target, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
