namespace Herald.Guard;

/// <summary>
/// One problem in a configuration file (policy YAML, gitleaks TOML). Loaders collect every error
/// they find instead of stopping at the first.
/// </summary>
/// <param name="Source">The file name, or a short description such as <c>policy</c>.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it (English).</param>
public sealed record ConfigError(string Source, int Line, int Column, string Message)
{
    /// <summary>An error whose message exists in English and German (the policy loader's errors do).</summary>
    /// <param name="source">The file name, or a short description such as <c>policy</c>.</param>
    /// <param name="line">1-based line, or 0 when unknown.</param>
    /// <param name="column">1-based column, or 0 when unknown.</param>
    /// <param name="message">What is wrong and how to fix it, in both languages.</param>
    public ConfigError(string source, int line, int column, LocalizedText message)
        : this(source, line, column, (message ?? throw new ArgumentNullException(nameof(message))).En) => Text = message;

    /// <summary>The message in English and German; an error created with one message has it in both.</summary>
    public LocalizedText Text { get; init; } = new(Message, Message);

    /// <summary>The message for a language code (<c>de</c> gives German, anything else English).</summary>
    public string MessageIn(string? language) => Text.Get(language);

    /// <summary><c>source:line:column: message</c> with the message in the given language.</summary>
    public string ToString(string? language) =>
        Line > 0 ? $"{Source}:{Line}:{Column}: {MessageIn(language)}" : $"{Source}: {MessageIn(language)}";

    /// <inheritdoc />
    public override string ToString() => ToString(null);
}

/// <summary>A loaded value or the complete list of errors that prevented loading it.</summary>
/// <typeparam name="T">The loaded configuration.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    internal LoadResult(T? value, IReadOnlyList<ConfigError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The loaded value; null when <see cref="Errors"/> is not empty.</summary>
    public T? Value { get; }

    /// <summary>Every error found; empty on success.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    /// <summary>Whether loading succeeded.</summary>
    public bool Succeeded => Errors.Count == 0 && Value is not null;
}

/// <summary>Creates <see cref="LoadResult{T}"/> values.</summary>
public static class LoadResult
{
    /// <summary>A successful result.</summary>
    public static LoadResult<T> Success<T>(T value)
        where T : class => new(value, []);

    /// <summary>A failed result with at least one error.</summary>
    public static LoadResult<T> Failure<T>(IReadOnlyList<ConfigError> errors)
        where T : class
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(null, errors);
    }
}
