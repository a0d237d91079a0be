namespace Herald.Cli.Check;

/// <summary>How <c>herald check</c> reports: for people, for scripts, for code-scanning tools.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Sarif,
}
