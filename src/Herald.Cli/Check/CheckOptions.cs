using System.Globalization;

namespace Herald.Cli.Check;

/// <summary>The validated command line of <c>herald check</c>.</summary>
internal sealed record CheckOptions
{
    /// <summary>Posts are short: a file above this is almost certainly not a draft.</summary>
    public const long DefaultMaxBytes = 10 * ByteSize.MB;

    public required IReadOnlyList<string> Paths { get; init; }

    public required OutputFormat Format { get; init; }

    public required Texts Texts { get; init; }

    public required DateOnly Date { get; init; }

    public required long MaxBytes { get; init; }

    public string? PolicyPath { get; init; }

    public IReadOnlyList<string> GitleaksConfigPaths { get; init; } = [];

    public bool BuiltinSecretRules { get; init; } = true;

    /// <summary>
    /// Validates <paramref name="settings"/>. Returns the options, or null with every problem in
    /// <paramref name="errors"/> (worded in the chosen language, or the environment's when <c>--lang</c> itself is wrong).
    /// </summary>
    public static CheckOptions? Create(CheckSettings settings, Language environmentLanguage, DateOnly today, out List<string> errors)
    {
        errors = [];
        var language = environmentLanguage;
        var languageValid = settings.Lang is null || Languages.TryParse(settings.Lang, out language);
        var texts = Texts.For(languageValid ? language : environmentLanguage);
        errors.AddRange(settings.Problems.Select(texts.Describe));
        if (!languageValid)
        {
            errors.Add(texts.UnknownLanguage(settings.Lang!));
        }

        var format = OutputFormat.Text;
        if (settings.Format is not null && !TryParseFormat(settings.Format, out format))
        {
            errors.Add(texts.UnknownFormat(settings.Format));
        }

        var date = today;
        if (settings.Date is not null && !DateOnly.TryParseExact(settings.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add(texts.InvalidDate(settings.Date));
        }

        var maxBytes = DefaultMaxBytes;
        if (settings.MaxSize is not null && !ByteSize.TryParseLimit(settings.MaxSize, out maxBytes))
        {
            errors.Add(texts.InvalidMaxSize(settings.MaxSize));
        }

        var paths = settings.Paths;
        if (paths.Length == 0)
        {
            errors.Add(texts.NoPath);
        }
        else if (paths.Count(p => p == Draft.StandardInputPath) > 1)
        {
            errors.Add(texts.StandardInputTwice);
        }

        return errors.Count > 0
            ? null
            : new CheckOptions
            {
                Paths = paths,
                Format = format,
                Texts = texts,
                Date = date,
                MaxBytes = maxBytes,
                PolicyPath = settings.Policy,
                GitleaksConfigPaths = settings.GitleaksConfigs,
                BuiltinSecretRules = !settings.NoBuiltin,
            };
    }

    private static bool TryParseFormat(string value, out OutputFormat format)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "text": format = OutputFormat.Text; return true;
            case "json": format = OutputFormat.Json; return true;
            case "sarif": format = OutputFormat.Sarif; return true;
            default: format = OutputFormat.Text; return false;
        }
    }
}
