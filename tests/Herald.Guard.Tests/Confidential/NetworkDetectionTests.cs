namespace Herald.Guard.Tests.Confidential;

public sealed class NetworkDetectionTests
{
    private const string Policy = """
        organization:
          public_domains: [example.de]
          internal_domains: [corp.example.de, example.local]
          internal_networks: [10.20.0.0/16, 172.16.0.0/12, 'fd7a:115c:a1e0::/48']
        """;

    private static readonly GuardEngine Engine = PolicyEngine.Create(Policy);

    private static readonly GuardEngine WithoutPolicy = GuardEngine.Create(new GuardSetup { BuiltinSecretRules = false });

    public static TheoryData<string, string, string> Internal => new()
    {
        // host names below an internal domain
        { "Ticket liegt in jira.corp.example.de", "jira.corp.example.de", "policy-internal-host" },
        { "Schau auf JIRA.Corp.Example.DE nach.", "JIRA.Corp.Example.DE", "policy-internal-host" },
        { "Die DB srv-db01.example.local war langsam", "srv-db01.example.local", "policy-internal-host" },
        { "Alles unter corp.example.de.", "corp.example.de", "policy-internal-host" },
        { "Mail an max@corp.example.de", "corp.example.de", "policy-internal-host" },
        // URLs are reported whole
        { "Runbook: https://wiki.corp.example.de/x", "https://wiki.corp.example.de/x", "policy-internal-url" },
        { "(siehe https://wiki.corp.example.de/display/SEC/Runbook).", "https://wiki.corp.example.de/display/SEC/Runbook", "policy-internal-url" },
        { "Link: https://admin:pw@git.corp.example.de/repo.git, danke", "https://admin:pw@git.corp.example.de/repo.git", "policy-internal-url" },
        { "Link:https://wiki.corp.example.de/x", "https://wiki.corp.example.de/x", "policy-internal-url" },
        { "[Wiki](https://wiki.corp.example.de/x)", "https://wiki.corp.example.de/x", "policy-internal-url" },
        { "<https://wiki.corp.example.de/a_(b)>", "https://wiki.corp.example.de/a_(b)", "policy-internal-url" },
        { "wiki.corp.example.de/path?q=1 ist neu", "wiki.corp.example.de/path?q=1", "policy-internal-url" },
        { "http://10.20.1.5/admin", "http://10.20.1.5/admin", "policy-internal-url" },
        // addresses inside the internal networks
        { "Der Server 10.20.30.40 antwortet nicht", "10.20.30.40", "policy-internal-address" },
        { "Port offen auf 10.20.30.40:8443.", "10.20.30.40:8443", "policy-internal-address" },
        { "Subnetz 10.20.5.0/24 ist betroffen", "10.20.5.0/24", "policy-internal-address" },
        { "Gateway 172.20.1.1", "172.20.1.1", "policy-internal-address" },
        { "Host fd7a:115c:a1e0::17 antwortet", "fd7a:115c:a1e0::17", "policy-internal-address" },
        { "Netz fd7a:115c:a1e0:ab12::/64.", "fd7a:115c:a1e0:ab12::/64", "policy-internal-address" },
        { "Mapped ::ffff:10.20.1.1 gesehen", "::ffff:10.20.1.1", "policy-internal-address" },
    };

    [Theory]
    [MemberData(nameof(Internal))]
    public void Internal_host_url_or_address_is_blocked(string text, string matched, string ruleId)
    {
        var result = Engine.Check(text);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((ruleId, FindingCategory.Confidential, Severity.Block), (finding.RuleId, finding.Category, finding.Severity));
        Assert.Equal(matched, finding.Matched(text));
        Assert.Equal(Verdict.Block, result.Verdict);
    }

    public static TheoryData<string, string, string> PrivateHosts => new()
    {
        { "Drucker printer.local neu", "printer.local", "private-host" },
        { "dc01.ad.internal ist der DC", "dc01.ad.internal", "private-host" },
        { "gw.home.arpa", "gw.home.arpa", "private-host" },
        { "Der Build http://build.lan:8080/job/3 ist grün", "http://build.lan:8080/job/3", "private-url" },
        { "fileserver.corp", "fileserver.corp", "private-host" },
        { "intranet.firma.intranet", "intranet.firma.intranet", "private-host" },
    };

    [Theory]
    [MemberData(nameof(PrivateHosts))]
    public void Private_host_warns_with_or_without_a_policy(string text, string matched, string ruleId)
    {
        foreach (var engine in new[] { Engine, WithoutPolicy })
        {
            var finding = Assert.Single(engine.Check(text).Findings);
            Assert.Equal((ruleId, Severity.Warn), (finding.RuleId, finding.Severity));
            Assert.Equal(matched, finding.Matched(text));
        }
    }

    // Private addresses outside the policy's internal networks (10.20.0.0/16, 172.16.0.0/12, fd7a:115c:a1e0::/48).
    public static TheoryData<string, string, string> PrivateAddresses => new()
    {
        { "Mein NAS hat 192.168.178.20", "192.168.178.20", "private-address" },
        { "Host 10.1.2.3 ist weg", "10.1.2.3", "private-address" },
        { "APIPA 169.254.10.1", "169.254.10.1", "private-address" },
        { "ULA fd00:1234::5", "fd00:1234::5", "private-address" },
        { "Link-local fe80::1ff:fe23:4567:890a", "fe80::1ff:fe23:4567:890a", "private-address" },
        { "http://192.168.178.1/login", "http://192.168.178.1/login", "private-url" },
        { "Im Hotel-WLAN bekam ich 10.0.0.57, der Nachbar 10.0.0.58.", "10.0.0.57 | 10.0.0.58", "private-address" },
        { "At the airport my laptop got 192.168.43.17 from the hotspot.", "192.168.43.17", "private-address" },
        { "Our lab router sits at http://10.99.0.1:8080/admin", "http://10.99.0.1:8080/admin", "private-url" },
    };

    [Theory]
    [MemberData(nameof(PrivateAddresses))]
    public void Private_address_outside_the_internal_networks_is_only_a_hint(string text, string matched, string ruleId)
    {
        var result = Engine.Check(text);

        Assert.All(result.Findings, f => Assert.Equal((ruleId, Severity.Hint), (f.RuleId, f.Severity)));
        Assert.Equal(matched.Split(" | "), result.Findings.Select(f => f.Matched(text)));
        Assert.Equal(Verdict.Ok, result.Verdict);
    }

    [Theory]
    [MemberData(nameof(PrivateAddresses))]
    public void Private_address_warns_while_the_policy_names_no_internal_networks(string text, string matched, string ruleId)
    {
        var withDomainsOnly = PolicyEngine.Create("organization:\n  internal_domains: [corp.example.de]");
        foreach (var engine in new[] { WithoutPolicy, withDomainsOnly })
        {
            var result = engine.Check(text);

            Assert.All(result.Findings, f => Assert.Equal((ruleId, Severity.Warn), (f.RuleId, f.Severity)));
            Assert.Equal(matched.Split(" | "), result.Findings.Select(f => f.Matched(text)));
            Assert.Equal(Verdict.Warn, result.Verdict);
        }
    }

    [Theory]
    [InlineData("Im Hotel-WLAN bekam ich 10.20.0.57.", "10.20.0.57")]
    [InlineData("The hotspot handed out 172.16.4.2 – that is one of ours!", "172.16.4.2")]
    [InlineData("Admin-Oberfläche: http://10.20.9.9/, im Hotel-WLAN erreichbar", "http://10.20.9.9/")]
    [InlineData("From the hotspot I could still reach fd7a:115c:a1e0::9.", "fd7a:115c:a1e0::9")]
    public void Address_inside_the_internal_networks_still_blocks_whatever_the_sentence_says(string text, string matched)
    {
        var finding = Assert.Single(Engine.Check(text).Findings);

        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal(matched, finding.Matched(text));
    }

    [Theory]
    // public domains, their subdomains, documentation domains, public sites
    [InlineData("Mehr auf www.example.de und https://example.de/jobs")]
    [InlineData("Presse: presse@example.de")]
    [InlineData("karriere.example.de")]
    [InlineData("api.example.com, db.example.org, mail.example.net")]
    [InlineData("host.example, foo.test, x.invalid, app.localhost")]
    [InlineData("Quelle: https://www.heise.de/news/123 und github.com")]
    // documentation and public addresses
    [InlineData("Beispiel: 192.0.2.10, 198.51.100.7 und 203.0.113.99")]
    [InlineData("IPv6-Beispiel 2001:db8::10 oder 2001:db8:1::/48")]
    [InlineData("DNS 8.8.8.8 und 1.1.1.1, IPv6 2606:4700:4700::1111")]
    [InlineData("Loopback 127.0.0.1 und ::1")]
    // textbook networks and every home router
    [InlineData("Private Netze sind 10.0.0.0/8, 172.16.0.0/12 und 192.168.0.0/16.")]
    [InlineData("ULA liegen in fc00::/7, link-local in fe80::/10")]
    [InlineData("Der Router ist meist unter 192.168.1.1 oder 192.168.0.1 erreichbar")]
    // version numbers, dates, times, phone numbers, MAC addresses, code
    [InlineData("Version 10.0.0.1 behebt den Fehler")]
    [InlineData("Firmware 10.20.0.3 ist da, build 192.168.1.7 auch")]
    [InlineData("v10.20.1.1 ist raus")]
    [InlineData("Am 01.02.2026 um 10:30:45 Uhr")]
    [InlineData("Ruf an: 030.123.456.78 oder 01.23.45.67.89")]
    [InlineData("MAC 00:1a:2b:3c:4d:5e")]
    [InlineData("std::string und Foo::Bar::baz")]
    [InlineData("z.B. d.h. u.a. Ende.Neuer Satz")]
    [InlineData("Commit nie die .env.local!")]
    [InlineData("Pi ist 3.14. Und 1.2.3.4.5 ist keine Adresse.")]
    public void Public_documentation_and_lookalike_text_is_not_flagged(string text)
    {
        Assert.Empty(Engine.Check(text).Findings);
    }

    [Fact]
    public void Pathological_input_is_scanned_in_one_pass()
    {
        var glued = string.Concat(Enumerable.Repeat("http://a.local/", 20_000));
        var dots = "host" + new string('.', 100_000) + "local " + string.Concat(Enumerable.Repeat("1.1:", 50_000));

        var url = Assert.Single(WithoutPolicy.Check(glued).Findings);
        Assert.Equal((0, glued.Length), (url.Offset, url.Length));
        Assert.Empty(WithoutPolicy.Check(dots).Findings);
    }

    [Fact]
    public void Documentation_domain_listed_as_internal_is_internal()
    {
        var engine = PolicyEngine.Create("organization:\n  internal_domains: [corp.example.com]\n  internal_networks: [192.0.2.0/24]");

        Assert.Equal(["policy-internal-host", "policy-internal-address"], engine.Find("srv.corp.example.com und 192.0.2.10").Select(f => f.RuleId));
    }

    [Fact]
    public void Internal_domain_below_a_public_one_stays_internal()
    {
        var findings = Engine.Find("www.example.de ist öffentlich, build.corp.example.de nicht");

        Assert.Equal("build.corp.example.de", Assert.Single(findings).Matched("www.example.de ist öffentlich, build.corp.example.de nicht"));
    }

    [Theory]
    [InlineData("jira.corp.example.de", "server.example")]
    [InlineData("https://jira.corp.example.de/browse/X-1", "https://server.example/")]
    [InlineData("10.20.1.1", "192.0.2.10")]
    [InlineData("fd7a:115c:a1e0::1", "2001:db8::10")]
    [InlineData("192.168.178.20", "192.0.2.10")]
    [InlineData("printer.local", "server.example")]
    public void Finding_suggests_a_placeholder_that_is_never_flagged(string text, string replacement)
    {
        var finding = Assert.Single(Engine.Check(text).Findings);

        Assert.Equal(replacement, finding.Replacement);
        Assert.Empty(Engine.Check(text.Replace(finding.Matched(text), replacement, StringComparison.Ordinal)).Findings);
    }

    [Fact]
    public void Messages_say_why_and_name_the_placeholder_in_both_languages()
    {
        var findings = Engine.Check("jira.corp.example.de, 10.20.1.1, 192.168.178.20").Findings
            .Concat(WithoutPolicy.Check("192.168.178.20").Findings).ToList();

        Assert.Equal(4, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Contains(f.Replacement!, f.Message.En, StringComparison.Ordinal);
            Assert.Contains(f.Replacement!, f.Message.De, StringComparison.Ordinal);
        });
        Assert.Contains("Angreifern", findings[0].Message.De, StringComparison.Ordinal);
        Assert.Contains("reveals how", findings[1].Message.En, StringComparison.Ordinal);
        Assert.Contains("not one of the company's internal networks", findings[2].Message.En, StringComparison.Ordinal);
        Assert.Contains("Nur ein Tipp", findings[2].Message.De, StringComparison.Ordinal);
        Assert.Contains("reveals how the internal network is built", findings[3].Message.En, StringComparison.Ordinal);
    }
}
