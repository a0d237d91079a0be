using System.Text.RegularExpressions;
using System.Xml.Linq;
using Herald.Testing;

namespace Herald.Web.Tests.Platform;

/// <summary>What the product says: in German and English everywhere, and never "influencer".</summary>
public sealed partial class WordingTests
{
    private static readonly string WebRoot = Path.Combine(Paths.RepositoryRoot, "src", "Herald.Web");

    [Fact]
    public void No_page_or_resource_calls_anyone_an_influencer()
    {
        var offenders = SourceFiles("*.cshtml", "*.cs", "*.resx", "*.js", "*.css", "*.json")
            .Where(file => File.ReadAllText(file).Contains("influencer", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_text_on_screen_has_a_German_translation()
    {
        var german = XDocument.Load(Path.Combine(WebRoot, "Resources", "SharedResource.de.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value"));
        var used = SourceFiles("*.cshtml", "*.cs")
            .SelectMany(file => TextKey().Matches(File.ReadAllText(file)).Select(m => m.Groups["key"].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(key => !german.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> SourceFiles(params string[] patterns) =>
        patterns.SelectMany(pattern => Directory.EnumerateFiles(WebRoot, pattern, SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    // The ways the web app looks up a text: T["…"] in pages, text["…"] in code, ErrorMessage = "…" on forms.
    [GeneratedRegex(@"(?:\bT\[|\btext\[|ErrorMessage = )""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex TextKey();
}
