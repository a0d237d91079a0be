using System.Globalization;
using System.Text.RegularExpressions;
using Herald.Scout;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Scout;

/// <summary>
/// Shows Scout's problems with the files in the reader's language. The Scout library words them in English (the
/// command line's language for files); the web app speaks German too, so each known message has a German form here.
/// A message without one is shown as the library wrote it.
/// </summary>
internal static partial class ScoutProblemText
{
    private static readonly (Regex English, string German)[] Messages =
    [
        (EmptyFile(), "die Datei ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen."),
        (NotUtf8(), "die Datei ist kein gültiges UTF-8. Speichere sie als „CSV UTF-8“ und versuche es noch einmal."),
        (RowTooLong(), "eine Zeile ist zu lang (über 64.000 Zeichen); fehlt einem Anführungszeichen (\") sein schließendes Gegenstück?"),
        (BrokenQuote(), "ein Feld in Anführungszeichen ist kaputt: Ein Anführungszeichen (\") ist nicht geschlossen, oder nach dem schließenden folgt noch Text. Verdopple ein Anführungszeichen innerhalb eines Feldes (\"\")."),
        (EmptyPersonId(), "die id ist leer; jede Person braucht eine eindeutige id."),
        (DuplicateId(), "die id '${id}' kommt zweimal vor (zuerst in Zeile ${line}); ids müssen eindeutig sein."),
        (EmptyDepartment(), "die Abteilung von '${id}' ist leer; jede Person braucht eine."),
        (EmptySource(), "die source-id ist leer."),
        (EmptyTarget(), "die target-id ist leer."),
        (EmptyId(), "die id ist leer."),
        (BadWeight(), "das Gewicht muss eine positive Zahl sein, etwa 1 oder 2.5."),
        (WeightNotNumber(), "das Gewicht '${weight}' ist keine Zahl; schreibe Ziffern mit Dezimalpunkt, etwa 1 oder 2.5."),
        (UnknownId(), "'${id}' steht nicht in der Personalliste; die Zeile wird übersprungen."),
        (NoPeople(), "die Datei enthält keine Personen; füge unter der Kopfzeile eine Zeile pro Person hinzu."),
        (MissingColumns(), "in der Kopfzeile fehlt die Spalte ${missing} (gefunden: ${found}). Die erste Zeile muss die Spalten nennen, zum Beispiel: ${example}"),
        (More(), "… und ${count} weitere Zeilen dieser Art (${kind})."),
    ];

    // The kinds of problem that "… and N more rows like that (kind)" names.
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["empty id"] = "leere id",
        ["duplicate id"] = "doppelte id",
        ["empty department"] = "leere Abteilung",
        ["bad weight"] = "ungültiges Gewicht",
        ["unknown ids"] = "unbekannte ids",
        ["header"] = "Kopfzeile",
    };

    /// <summary>"people.csv, line 3: …" in the current UI language.</summary>
    public static string Format(IStringLocalizer text, string file, int line, string message)
    {
        var shown = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" ? German(message) : message;
        return line > 0
            ? string.Format(CultureInfo.CurrentCulture, text["{0}, line {1}: {2}"], file, line, shown)
            : string.Format(CultureInfo.CurrentCulture, text["{0}: {1}"], file, shown);
    }

    public static string Format(IStringLocalizer text, InputProblem problem) => Format(text, problem.File, problem.Line, problem.Message);

    public static string German(string message)
    {
        foreach (var (english, german) in Messages)
        {
            var match = english.Match(message);
            if (match.Success)
            {
                var result = german;
                foreach (var name in english.GetGroupNames().Where(n => !char.IsDigit(n[0])))
                {
                    result = result.Replace("${" + name + "}", Words(name, match.Groups[name].Value), StringComparison.Ordinal);
                }

                return result;
            }
        }

        return message;
    }

    /// <summary>Column names and ids stay as they are; the words around them are translated.</summary>
    private static string Words(string group, string value) => group switch
    {
        "missing" => value.Replace(" and ", " und ", StringComparison.Ordinal).Replace(" (or ", " (oder ", StringComparison.Ordinal),
        "found" when value == "none" => "keine",
        "kind" => Kinds.GetValueOrDefault(value, value),
        _ => value,
    };

    [GeneratedRegex("^the file is empty: it needs a header row")]
    private static partial Regex EmptyFile();

    [GeneratedRegex("^the file is not valid UTF-8")]
    private static partial Regex NotUtf8();

    [GeneratedRegex("^a row is too long")]
    private static partial Regex RowTooLong();

    [GeneratedRegex("^a quoted field is broken")]
    private static partial Regex BrokenQuote();

    [GeneratedRegex("^the id is empty; every person needs a unique id")]
    private static partial Regex EmptyPersonId();

    [GeneratedRegex("^the id '(?<id>.*)' appears twice \\(first on line (?<line>\\d+)\\)")]
    private static partial Regex DuplicateId();

    [GeneratedRegex("^the department of '(?<id>.*)' is empty")]
    private static partial Regex EmptyDepartment();

    [GeneratedRegex("^the source id is empty")]
    private static partial Regex EmptySource();

    [GeneratedRegex("^the target id is empty")]
    private static partial Regex EmptyTarget();

    [GeneratedRegex("^the id is empty\\.$")]
    private static partial Regex EmptyId();

    [GeneratedRegex("^the weight must be a positive number")]
    private static partial Regex BadWeight();

    [GeneratedRegex("^the weight '(?<weight>.*)' is not a number")]
    private static partial Regex WeightNotNumber();

    [GeneratedRegex("^'(?<id>.*)' is not in the people file; the row is skipped")]
    private static partial Regex UnknownId();

    [GeneratedRegex("^there are no people in the file")]
    private static partial Regex NoPeople();

    [GeneratedRegex("^the header row has no column (?<missing>.*) \\(found: (?<found>.*)\\)\\. The first line must name the columns, for example: (?<example>.*)$")]
    private static partial Regex MissingColumns();

    [GeneratedRegex("^… and (?<count>[\\d,.]+) more rows like that \\((?<kind>.*)\\)\\.$")]
    private static partial Regex More();
}
