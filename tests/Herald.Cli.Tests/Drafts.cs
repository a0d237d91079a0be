namespace Herald.Cli.Tests;

/// <summary>Realistic LinkedIn drafts, German and English, that are fine to post.</summary>
internal static class Drafts
{
    public const string GermanClean = """
        Drei Dinge, die ich aus unserer Phishing-Simulation gelernt habe 🎣

        1. Die meisten Klicks kamen nicht aus der IT, sondern aus Teams mit viel Kundenkontakt.
        2. Wer einmal gemeldet hat, meldet wieder – Lob wirkt besser als Tadel.
        3. Multi-Faktor-Authentifizierung hat zwei echte Angriffe ins Leere laufen lassen.

        Wie geht ihr mit Meldungen um? #Security #Awareness #CyberSicherheit
        """;

    public const string EnglishClean = """
        Last week our team ran a tabletop exercise on ransomware.
        The biggest lesson: know who makes which call before the incident, not during it.
        What is the one question your team always forgets? #cybersecurity #incidentresponse
        """;
}
