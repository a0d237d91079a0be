using System.Globalization;

namespace Herald.Cli;

/// <summary>The languages Herald speaks. Every text the command prints exists in both.</summary>
internal enum Language
{
    English,
    German,
}

/// <summary>Picks the language: the <c>--lang</c> option, else the POSIX locale variables, else the UI culture.</summary>
internal static class Languages
{
    /// <summary>The code used by <see cref="Herald.Guard.LocalizedText.Get"/> and in <c>--lang</c>.</summary>
    public static string Code(this Language language) => language == Language.German ? "de" : "en";

    /// <summary>Parses a <c>--lang</c> value: <c>de</c> or <c>en</c>, any case.</summary>
    public static bool TryParse(string? value, out Language language)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "de": language = Language.German; return true;
            case "en": language = Language.English; return true;
            default: language = Language.English; return false;
        }
    }

    /// <summary>
    /// The language of the environment. As in POSIX, the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c> and
    /// <c>LANG</c> that is set decides (<c>de_DE.UTF-8</c> → German, <c>C</c> → English); without any,
    /// the UI culture decides.
    /// </summary>
    public static Language FromEnvironment(Func<string, string?> variable, CultureInfo uiCulture)
    {
        foreach (var name in (ReadOnlySpan<string>)["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            var value = variable(name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return IsGerman(value) ? Language.German : Language.English;
            }
        }

        return IsGerman(uiCulture.Name) ? Language.German : Language.English;
    }

    private static bool IsGerman(string locale) => locale.StartsWith("de", StringComparison.OrdinalIgnoreCase);
}
