using Herald.Guard.Detection;

namespace Herald.Guard.PersonalData;

/// <summary>
/// The built-in personal-data rules. None of them suggests a replacement: leaving the data out (or
/// linking a public contact page) is the fix, and a placeholder would read oddly in a post.
/// </summary>
internal static class PersonalDataRules
{
    public static RuleInfo Email { get; } = Rule(
        "personal-email",
        Severity.Warn,
        "This looks like a personal e-mail address. Other people's contact data is protected by privacy law, and in a public post it attracts spam and phishing — leave it out, or link to a public contact page instead.",
        "Das sieht nach einer persönlichen E-Mail-Adresse aus. Kontaktdaten anderer schützt der Datenschutz, und öffentlich gepostet ziehen sie Spam und Phishing an — lass sie weg oder verlinke stattdessen eine öffentliche Kontaktseite.");

    public static RuleInfo Phone { get; } = Rule(
        "personal-phone",
        Severity.Warn,
        "This looks like a personal phone number. Other people's numbers are protected by privacy law, and published numbers draw scam calls — leave it out, or point to a public contact page or hotline instead.",
        "Das sieht nach einer persönlichen Telefonnummer aus. Nummern anderer schützt der Datenschutz, und veröffentlichte Nummern ziehen Betrugsanrufe an — lass sie weg oder verweise stattdessen auf eine öffentliche Kontaktseite oder Hotline.");

    public static RuleInfo Iban { get; } = Rule(
        "personal-iban",
        Severity.Block,
        "This looks like a bank account number (IBAN) with a valid check digit. In a public post it can be misused for fraudulent direct debits — please remove it and share bank details only in private.",
        "Das sieht nach einer Kontonummer (IBAN) mit gültiger Prüfziffer aus. Öffentlich gepostet lässt sie sich für betrügerische Lastschriften missbrauchen — bitte entferne sie und teile Bankdaten nur privat.");

    public static RuleInfo PaymentCard { get; } = Rule(
        "payment-card",
        Severity.Block,
        "This looks like a payment card number (issuer and check digit fit). Anyone who reads it could try to commit fraud with it — please remove it. For an example, the last four digits (•••• 1234) are enough.",
        "Das sieht nach einer Kartennummer aus (Herausgeber und Prüfziffer passen). Wer sie liest, könnte damit Betrug versuchen — bitte entferne sie. Für ein Beispiel genügen die letzten vier Ziffern (•••• 1234).");

    public static RuleInfo TaxId { get; } = Rule(
        "de-tax-id",
        Severity.Block,
        "This looks like a German tax ID (Steuer-ID). It identifies one person for life and is protected by tax secrecy and privacy law — please remove it.",
        "Das sieht nach einer steuerlichen Identifikationsnummer (Steuer-ID) aus. Sie kennzeichnet eine Person lebenslang und ist durch Steuergeheimnis und Datenschutz geschützt — bitte entferne sie.");

    // Every personal datum is shown partly masked in the excerpt.
    private static RuleInfo Rule(string id, Severity severity, string english, string german) => new()
    {
        Id = id,
        Category = FindingCategory.PersonalData,
        Severity = severity,
        Redaction = Redaction.Partial,
        Message = new LocalizedText(english, german),
    };
}
