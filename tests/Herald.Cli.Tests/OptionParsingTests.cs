using System.Globalization;
using Herald.Cli.Check;

namespace Herald.Cli.Tests;

public sealed class OptionParsingTests
{
    [Theory]
    [InlineData("10MB", 10L * 1024 * 1024)]
    [InlineData("10 MB", 10L * 1024 * 1024)]
    [InlineData("10mb", 10L * 1024 * 1024)]
    [InlineData("1.5M", 1536L * 1024)]
    [InlineData("512KB", 512L * 1024)]
    [InlineData("512KiB", 512L * 1024)]
    [InlineData("4096", 4096L)]
    [InlineData("100 B", 100L)]
    [InlineData("256MB", 256L * 1024 * 1024)]
    public void Size_limits_parse(string text, long bytes)
    {
        Assert.True(ByteSize.TryParseLimit(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("0KB")]
    [InlineData("-1MB")]
    [InlineData("MB")]
    [InlineData("10 XB")]
    [InlineData("1e3")]
    [InlineData("1,5MB")]
    [InlineData("257MB")]
    [InlineData("1TB")]
    public void Nonsense_size_limits_are_rejected(string text) => Assert.False(ByteSize.TryParseLimit(text, out _));

    [Theory]
    [InlineData(52428800L, "50.0 MB")]
    [InlineData(1536L, "1.5 KB")]
    [InlineData(17L, "17 bytes")]
    public void Sizes_are_shown_with_one_decimal(long bytes, string shown) =>
        Assert.Equal(shown, ByteSize.FormatSize(bytes, NumberFormatInfo.InvariantInfo));

    [Theory]
    [InlineData("de_DE.UTF-8", null, null, "en-US", "de")]
    [InlineData("en_US.UTF-8", null, null, "de-DE", "en")]
    [InlineData("C", null, null, "de-DE", "en")]
    [InlineData("en_GB.UTF-8", "de_AT.UTF-8", null, "en-US", "de")]
    [InlineData("de_DE.UTF-8", null, "en_US.UTF-8", "de-DE", "en")]
    [InlineData(null, null, null, "de-CH", "de")]
    [InlineData(null, null, null, "fr-FR", "en")]
    [InlineData("", "", "", "de-DE", "de")]
    public void Language_comes_from_LC_ALL_then_LC_MESSAGES_then_LANG_then_the_UI_culture(
        string? lang, string? lcMessages, string? lcAll, string uiCulture, string expected)
    {
        var environment = new Dictionary<string, string?> { ["LANG"] = lang, ["LC_MESSAGES"] = lcMessages, ["LC_ALL"] = lcAll };

        var language = Languages.FromEnvironment(name => environment.GetValueOrDefault(name), CultureInfo.GetCultureInfo(uiCulture));

        Assert.Equal(expected, language.Code());
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("DE", "de")]
    [InlineData("en", "en")]
    public void Lang_option_parses(string value, string expected)
    {
        Assert.True(Languages.TryParse(value, out var language));
        Assert.Equal(expected, language.Code());
    }
}
