using System.Text.RegularExpressions;
using Herald.Guard.Secrets;

namespace Herald.Guard.Tests.Secrets;

public sealed class Re2TranslatorTests
{
    private static Regex Compile(string goPattern)
    {
        var translated = Re2Translator.Translate(goPattern, out var error);
        Assert.True(translated is not null, error);
        return new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    [Theory]
    [InlineData(@"^[[:alnum:]]+$", "abc123", true)]
    [InlineData(@"^[[:alnum:]]+$", "abc-123", false)]
    [InlineData(@"^[[:xdigit:][:punct:]]+$", "af09!?", true)]
    [InlineData(@"^\w+$", "Straße", false)]
    [InlineData(@"^\d+$", "١٢٣", false)]
    [InlineData(@"^a\s+b$", "a\u00a0b", false)]
    [InlineData(@"abc$", "abc\n", false)]
    [InlineData(@"(?m)abc$", "abc\nx", true)]
    [InlineData(@"\Qa.b*c\E", "a.b*c", true)]
    [InlineData(@"\Qa.b*c\E", "axbbc", false)]
    [InlineData(@"(?P<key>k)=\x{41}", "k=A", true)]
    [InlineData(@"^\pL+$", "Zürich", true)]
    [InlineData(@"^[-[]+$", "-[", true)]
    [InlineData(@"\101", "A", true)]
    [InlineData(@"\b(p8e-(?i)[a-z0-9]{4})", "p8e-AbC1", true)]
    [InlineData(@"(?i)token(?-i:X)", "TOKENX", true)]
    [InlineData(@"(?i)token(?-i:X)", "TOKENx", false)]
    public void Go_syntax_means_the_same_in_dotnet(string goPattern, string input, bool matches)
    {
        Assert.Equal(matches, Compile(goPattern).IsMatch(input));
    }

    [Theory]
    [InlineData(@"(?U)a+")]
    [InlineData(@"[[:^alpha:]]")]
    [InlineData(@"[abc")]
    [InlineData(@"\C")]
    public void Unsupported_syntax_is_reported(string goPattern)
    {
        Assert.Null(Re2Translator.Translate(goPattern, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
