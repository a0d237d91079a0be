namespace Herald.Scout.Tests;

/// <summary>The default cyber-security vocabulary on German and English titles and skills.</summary>
public sealed class TopicVocabularyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string, string[]> Texts => new()
    {
        { "CISO", ["CISO"] },
        { "Leiter IT-Sicherheit", ["IT-Sicherheit"] },
        { "IT Sicherheit", ["IT-Sicherheit"] },
        { "Informationssicherheitsbeauftragte", ["Informationssicherheit"] },
        { "Datenschutzbeauftragter", ["Datenschutz"] },
        { "SOC Analyst", ["SOC"] },
        { "Social Media Manager", [] },
        { "Brand Awareness", [] },
        { "Security Awareness", ["Security Awareness"] },
        { "IT Security Engineer", ["IT Security"] },
        { "Senior Pentester", ["Pentest"] },
        { "Verschluesselung", ["Verschlüsselung"] },
        { "Incident-Response", ["Incident Response"] },
        { "ISO/IEC 27001 Lead Auditor", ["ISO/IEC 27001"] },
        { "iso 27001", ["ISO 27001"] },
        { "Kryptografie und Phishing-Abwehr", ["Kryptografie", "Phishing"] },
        { "Arbeitssicherheit", [] },
        { "Buchhaltung", [] },
        { "Associate", [] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Default_vocabulary_finds_topic_terms_in_german_and_english(string text, string[] expected)
    {
        Assert.Equal(expected, TopicVocabulary.CyberSecurity.Match(text));
    }

    [Fact]
    public void Title_terms_count_twice_and_each_term_halves_the_remaining_doubt()
    {
        var input = Staff.Build(
        [
            new Person { Id = "ciso", Department = "Sec", Title = "CISO" },
            new Person { Id = "skill", Department = "IT", Skills = ["Phishing"] },
            new Person { Id = "both", Department = "IT", Title = "SOC Analyst", Skills = ["SIEM", "SOC"] },
            new Person { Id = "none", Department = "HR", Title = "Recruiter" },
        ]);

        var result = ScoutEngine.Run(input, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0.75, result.Of("ciso").Expertise, 12);
        Assert.Equal(0.5, result.Of("skill").Expertise, 12);
        Assert.Equal(0.875, result.Of("both").Expertise, 12);
        Assert.Equal(["SOC", "SIEM"], result.Of("both").TopicTerms);
        Assert.Equal(0, result.Of("none").Expertise);
    }

    [Fact]
    public void Topic_file_replaces_the_vocabulary_and_reports_bad_lines()
    {
        var good = _folder.Write("topics.txt", "# cloud topic\nKubernetes\n\nCloud Native\n");
        var bad = _folder.Write("bad.txt", "Kubernetes\n---\n");

        var vocabulary = TopicVocabulary.Load(good, out var none);
        TopicVocabulary.Load(bad, out var problems);

        Assert.Empty(none);
        Assert.Equal(["Kubernetes", "Cloud Native"], vocabulary!.Terms);
        Assert.Equal(["Kubernetes"], vocabulary.Match("Kubernetes-Administratorin"));
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal(
            new ScoutText("'---' has no letter or digit; write one topic term per line.", "'---' enthält keinen Buchstaben und keine Ziffer; schreibe einen Themenbegriff pro Zeile."),
            problem.Message);
    }

    [Fact]
    public void Topic_file_without_terms_says_so_in_english_and_german()
    {
        var empty = _folder.Write("empty.txt", "# nothing yet\n\n");

        Assert.Null(TopicVocabulary.Load(empty, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal((empty, 0), (problem.File, problem.Line));
        Assert.StartsWith("the file has no terms", problem.Message.En, StringComparison.Ordinal);
        Assert.StartsWith("die Datei enthält keine Begriffe", problem.Message.De, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
