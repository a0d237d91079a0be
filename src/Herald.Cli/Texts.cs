using System.Globalization;
using Herald.Cli.Check;
using Herald.Cli.CommandLine;

namespace Herald.Cli;

/// <summary>
/// Every text the command line prints, in English and German, in one place. German uses "du",
/// as corporate social-media guidelines do. Findings bring their own messages from the engine.
/// </summary>
internal sealed class Texts
{
    private static readonly NumberFormatInfo GermanNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private Texts(Language language) => Language = language;

    public static Texts English { get; } = new(Language.English);

    public static Texts German { get; } = new(Language.German);

    public Language Language { get; }

    private NumberFormatInfo Numbers => Language == Language.German ? GermanNumbers : NumberFormatInfo.InvariantInfo;

    public static Texts For(Language language) => language == Language.German ? German : English;

    // Usage errors

    public string NoPath => T(
        "name at least one draft to check: a file, a directory or - for standard input (for example: herald check post.txt)",
        "gib mindestens einen Entwurf an: eine Datei, ein Verzeichnis oder - für die Standardeingabe (zum Beispiel: herald check beitrag.txt)");

    public string StandardInputTwice => T(
        "- (standard input) can be given only once",
        "- (Standardeingabe) darf nur einmal vorkommen");

    public string InvalidDate(string value) => T(
        $"--date '{value}' is not a date: use YYYY-MM-DD, for example 2026-12-24",
        $"--date '{value}' ist kein Datum: nutze YYYY-MM-DD, zum Beispiel 2026-12-24");

    public string UnknownFormat(string value) => T(
        $"--format '{value}' is unknown: use text, json or sarif",
        $"--format '{value}' kenne ich nicht: nutze text, json oder sarif");

    public string UnknownLanguage(string value) => T(
        $"--lang '{value}' is not available: use de or en",
        $"--lang '{value}' gibt es nicht: nutze de oder en");

    public string InvalidMaxSize(string value) => T(
        $"--max-size '{value}' is not a size: use for example 10MB, 512KB or 1.5MB (more than 0, at most {ByteSize.FormatLimit(ByteSize.MaxLimit, Numbers)})",
        $"--max-size '{value}' ist keine Größe: nutze zum Beispiel 10MB, 512KB oder 1.5MB (mehr als 0, höchstens {ByteSize.FormatLimit(ByteSize.MaxLimit, Numbers)})");

    public string Describe(UsageProblem problem)
    {
        var argument = ConsoleText.Visible(problem.Argument);
        var help = problem.Command.Length > 0 ? $"herald {problem.Command} --help" : "herald --help";
        return problem.Kind switch
        {
            UsageProblemKind.UnknownOption => T($"unknown option {argument}; see {help}", $"unbekannte Option {argument}; siehe {help}"),
            UsageProblemKind.MissingValue => T($"{argument} needs a value; see {help}", $"{argument} braucht einen Wert; siehe {help}"),
            UsageProblemKind.SwitchWithValue => T($"{argument} is a switch and takes no value", $"{argument} ist ein Schalter und nimmt keinen Wert"),
            UsageProblemKind.UnexpectedArgument => T(
                $"unexpected argument '{argument}': herald {problem.Command} takes only options; see {help}",
                $"unerwartetes Argument '{argument}': herald {problem.Command} nimmt nur Optionen; siehe {help}"),
            UsageProblemKind.UnknownCommand => T(
                $"unknown command '{argument}': use check or scout; see herald --help",
                $"unbekannter Befehl '{argument}': nutze check oder scout; siehe herald --help"),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, null),
        };
    }

    public string Cancelled => T("cancelled", "abgebrochen");

    public string Unexpected(Exception ex) => T(
        $"unexpected error ({ex.GetType().Name}: {ex.Message}). This is a bug in Herald: please report it.",
        $"unerwarteter Fehler ({ex.GetType().Name}: {ex.Message}). Das ist ein Fehler in Herald: bitte melde ihn.");

    // Help

    public string HelpDescription => T("DESCRIPTION:", "BESCHREIBUNG:");

    public string HelpUsage => T("USAGE:", "VERWENDUNG:");

    public string HelpExamples => T("EXAMPLES:", "BEISPIELE:");

    public string HelpArguments => T("ARGUMENTS:", "ARGUMENTE:");

    public string HelpOptions => T("OPTIONS:", "OPTIONEN:");

    public string HelpCommands => T("COMMANDS:", "BEFEHLE:");

    public string HelpOptionsPlaceholder => T("[OPTIONS]", "[OPTIONEN]");

    public string HelpCommandPlaceholder => T("<COMMAND>", "<BEFEHL>");

    public string HelpHelp => T("Prints help information", "Zeigt diese Hilfe an");

    // Input problems

    public string Describe(InputProblem problem, long maxBytes) => problem.Kind switch
    {
        InputProblemKind.Missing => T("no such file or directory", "Datei oder Verzeichnis gibt es nicht"),
        InputProblemKind.PermissionDenied => T("cannot be read (permission denied)", "lässt sich nicht lesen (keine Berechtigung)"),
        InputProblemKind.BrokenLink => T("symbolic link to nothing (broken link)", "symbolischer Link ins Leere"),
        InputProblemKind.Unreadable => T($"cannot be read ({problem.Detail})", $"lässt sich nicht lesen ({problem.Detail})"),
        InputProblemKind.Binary when problem.Detail is not null => T(
            $"binary file ({problem.Detail}), not a text draft",
            $"Binärdatei ({problem.Detail}), kein Textentwurf"),
        InputProblemKind.Binary => T("binary file, not a text draft", "Binärdatei, kein Textentwurf"),
        InputProblemKind.InvalidText => T(
            $"not valid {problem.Detail} (first invalid byte at offset {problem.Offset}): save the draft as UTF-8",
            $"kein gültiges {problem.Detail} (erstes ungültiges Byte bei Offset {problem.Offset}): speichere den Entwurf als UTF-8"),
        InputProblemKind.TooLarge when problem.Size is { } size => T(
            $"too large to be a post: {ByteSize.FormatSize(size, Numbers)} > {ByteSize.FormatLimit(maxBytes, Numbers)} limit (--max-size raises it)",
            $"zu groß für einen Beitrag: {ByteSize.FormatSize(size, Numbers)} > Grenze von {ByteSize.FormatLimit(maxBytes, Numbers)} (--max-size hebt sie an)"),
        InputProblemKind.TooLarge => T(
            $"too large to be a post: more than the {ByteSize.FormatLimit(maxBytes, Numbers)} limit (--max-size raises it)",
            $"zu groß für einen Beitrag: mehr als die Grenze von {ByteSize.FormatLimit(maxBytes, Numbers)} (--max-size hebt sie an)"),
        InputProblemKind.LinkedDirectory => T(
            "symbolic link to a directory, not followed",
            "symbolischer Link auf ein Verzeichnis, nicht verfolgt"),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, null),
    };

    public string SkippedNote(string path, string reason) => T($"skipped {path}: {reason}", $"übersprungen: {path}: {reason}");

    // Report

    public string GoodToGo => T("✓ good to go", "✓ alles gut – kann raus");

    public string EmptyDraft => T("✓ empty – nothing to check", "✓ leer – nichts zu prüfen");

    public string FixBeforePosting => T("✗ please fix before posting", "✗ bitte vor dem Posten ändern");

    public string WorthASecondLook => T("! worth a second look", "! lohnt einen zweiten Blick");

    /// <summary>The note attached to an empty draft in JSON: a fixed word, like the other wire values.</summary>
    public static string EmptyNote => "empty";

    public string Summary(CheckTally tally)
    {
        var files = T(tally.Checked == 1 ? "1 file checked" : $"{tally.Checked} files checked", tally.Checked == 1 ? "1 Datei geprüft" : $"{tally.Checked} Dateien geprüft");
        var findings = T("findings", "Funde") + $": {tally.Block} block, {tally.Warn} warn, {tally.Hint} hint";
        var line = $"{files} · {findings}";
        if (tally.Skipped > 0)
        {
            line += " · " + T($"{tally.Skipped} skipped", $"{tally.Skipped} übersprungen");
        }

        if (tally.Failed > 0)
        {
            line += " · " + T($"{tally.Failed} could not be checked", $"{tally.Failed} nicht prüfbar");
        }

        return line;
    }

    private string T(string english, string german) => Language == Language.German ? german : english;
}
