using System.Globalization;

namespace Herald.Scout.Input;

/// <summary>
/// Every message about Scout's input, in English and German, in one place. Each follows "file, line:" and so starts
/// in lower case. Column names (id, department, source …) stay as they are in both languages: they are what the file
/// must contain. German says "du" where it tells the reader what to do.
/// </summary>
internal static class InputTexts
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    // Reading files

    public static ScoutText FileNotFound { get; } = new("file not found.", "die Datei wurde nicht gefunden.");

    public static ScoutText Unreadable(string reason) => new($"cannot be read: {reason}", $"lässt sich nicht lesen: {reason}");

    public static ScoutText EmptyFile { get; } = new(
        "the file is empty: it needs a header row with the column names.",
        "die Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen.");

    public static ScoutText NotUtf8Csv { get; } = new(
        "the file is not valid UTF-8. Save it as \"CSV UTF-8\" and try again.",
        "die Datei ist kein gültiges UTF-8. Speichere sie als „CSV UTF-8“ und versuche es noch einmal.");

    public static ScoutText RowTooLong { get; } = new(
        "a row is too long (over 64,000 characters); is a quote (\") missing its closing partner?",
        "eine Zeile ist zu lang (über 64.000 Zeichen); fehlt einem Anführungszeichen (\") das schließende Gegenstück?");

    public static ScoutText BrokenQuote { get; } = new(
        "a quoted field is broken: a quote (\") is not closed, or text follows the closing quote. Double a quote inside a quoted field (\"\").",
        "ein Feld in Anführungszeichen ist fehlerhaft: Ein Anführungszeichen (\") ist nicht geschlossen, oder nach dem schließenden folgt noch Text. Verdopple ein Anführungszeichen innerhalb eines Feldes (\"\").");

    /// <summary>The header lacks required columns; <paramref name="missing"/> names them in both languages.</summary>
    public static ScoutText MissingColumns(ScoutText missing, bool several, IReadOnlyList<string> found, string example)
    {
        var foundEn = found.Count == 0 ? "none" : string.Join(", ", found);
        var foundDe = found.Count == 0 ? "keine" : string.Join(", ", found);
        return new(
            $"the header row has no column{(several ? "s" : string.Empty)} {missing.En} (found: {foundEn}). The first line must name the columns, for example: {example}",
            several
                ? $"in der Kopfzeile fehlen die Spalten {missing.De} (gefunden: {foundDe}). Die erste Zeile muss die Spalten nennen, zum Beispiel: {example}"
                : $"in der Kopfzeile fehlt die Spalte {missing.De} (gefunden: {foundDe}). Die erste Zeile muss die Spalten nennen, zum Beispiel: {example}");
    }

    /// <summary>Column names joined with "and" / "und".</summary>
    public static ScoutText Columns(IEnumerable<string> names)
    {
        var list = names.ToList();
        return new(string.Join(" and ", list), string.Join(" und ", list));
    }

    public static ScoutText SourceAndTargetColumns { get; } = new("source and target (or from and to)", "source und target (oder from und to)");

    public static ScoutText SourceColumn { get; } = new("source (or from)", "source (oder from)");

    public static ScoutText TargetColumn { get; } = new("target (or to)", "target (oder to)");

    // Rows

    public static ScoutText EmptyPersonId { get; } = new(
        "the id is empty; every person needs a unique id.",
        "die id ist leer; jede Person braucht eine eindeutige id.");

    public static ScoutText DuplicateId(string id, int firstLine) => new(
        $"the id '{id}' appears twice (first on line {firstLine}); ids must be unique.",
        $"die id '{id}' kommt zweimal vor (zuerst in Zeile {firstLine}); jede id darf nur einmal vorkommen.");

    public static ScoutText EmptyDepartment(string id) => new(
        $"the department of '{id}' is empty; every person needs one.",
        $"die Abteilung (department) von '{id}' ist leer; jede Person braucht eine.");

    public static ScoutText NoPeople { get; } = new(
        "there are no people in the file; add one row per member of staff below the header.",
        "die Datei enthält keine Personen; füge unter der Kopfzeile eine Zeile pro Person hinzu.");

    public static ScoutText EmptySource { get; } = new("the source id is empty.", "die id in source ist leer.");

    public static ScoutText EmptyTarget { get; } = new("the target id is empty.", "die id in target ist leer.");

    public static ScoutText EmptyId { get; } = new("the id is empty.", "die id ist leer.");

    public static ScoutText WeightNotNumber(string weight) => new(
        $"the weight '{weight}' is not a number; use digits with a decimal point, such as 1 or 2.5.",
        $"das Gewicht (weight) '{weight}' ist keine Zahl; schreibe Ziffern mit Dezimalpunkt statt Komma, etwa 1 oder 2.5.");

    public static ScoutText BadWeight { get; } = new(
        "the weight must be a positive number, such as 1 or 2.5.",
        "das Gewicht (weight) muss eine positive Zahl sein, etwa 1 oder 2.5.");

    public static ScoutText UnknownId(string id) => new(
        $"'{id}' is not in the people file; the row is skipped.",
        $"'{id}' steht nicht in der Personalliste; die Zeile wird übersprungen.");

    public static ScoutText NominatedAndOptedOut(string id) => new(
        $"'{id}' nominated themselves and also opted out; the opt-out wins.",
        $"'{id}' hat sich selbst gemeldet und auch abgemeldet; die Abmeldung hat Vorrang.");

    /// <summary>The closing line for problems of one kind beyond those listed.</summary>
    public static ScoutText More(long count, ScoutText kind) => new(
        string.Create(CultureInfo.InvariantCulture, $"… and {count:N0} more rows like that ({kind.En})."),
        string.Create(German, $"… und {count:N0} weitere Zeilen dieser Art ({kind.De})."));

    // Topic files

    public static ScoutText NotUtf8Text { get; } = new(
        "the file is not valid UTF-8; save it as UTF-8 and try again.",
        "die Datei ist kein gültiges UTF-8; speichere sie als UTF-8 und versuche es noch einmal.");

    public static ScoutText TermWithoutLetter(string line) => new(
        $"'{line}' has no letter or digit; write one topic term per line.",
        $"'{line}' enthält keinen Buchstaben und keine Ziffer; schreibe einen Themenbegriff pro Zeile.");

    public static ScoutText NoTerms { get; } = new(
        "the file has no terms; write one topic term per line, such as: Incident Response",
        "die Datei enthält keine Begriffe; schreibe einen Themenbegriff pro Zeile, zum Beispiel: Incident Response");
}
