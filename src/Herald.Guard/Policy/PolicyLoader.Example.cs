namespace Herald.Guard.Policy;

public static partial class PolicyLoader
{
    /// <summary>
    /// A complete, commented policy for a made-up company (Nordwind Logistik AG). It loads without errors;
    /// the documentation and <c>herald</c> offer it as the starting point for an organisation's own policy.
    /// </summary>
    public const string Example = """
        # Herald policy: what must not leave the company.
        # Every post is checked against this file before it goes out. Findings are private to the author.
        # Severities: block (must not be posted), warn (worth a second look), hint (a gentle tip).

        organization:
          name: Nordwind Logistik AG
          # Public domains are never confidential: the website, the press contact, the careers page.
          public_domains: [nordwind-logistik.example, karriere.nordwind-logistik.example]
          # Any host name, e-mail domain or URL below these is internal (block).
          # Subdomains are included: corp.nordwind-logistik.example covers jira.corp.nordwind-logistik.example.
          internal_domains:
            - corp.nordwind-logistik.example
            - nordwind.local
          # Addresses inside these networks are internal (block). CIDR form, IPv4 and IPv6.
          # Private addresses outside them (192.168.x.x, fd00::/8 …) still get a warning.
          internal_networks:
            - 10.20.0.0/16
            - 172.16.0.0/12
            - fd7a:115c:a1e0::/48

        # Code names and other internal terms (block). Matching ignores case, accents and umlaut spellings,
        # and finds the term in hashtags and compounds too: #ProjektFalke, Projekt-Falke-Team, falke_v2.
        confidential_terms:
          - term: Projekt Falke
            note: Übernahmeprojekt, erst nach Signing öffentlich
          - term: Halcyon
            note: neue Lagersoftware, Launch 2027
          - Nordlicht                        # a plain name works too; the note is optional
          - term: Polarlicht
            note: Sensorik für die Kühlkette
            match: name                      # also an ordinary word: only where written as a name
                                             # (POLARLICHT, Projekt Polarlicht, Polarlicht-Rollout, #TeamPolarlicht)

        # Customers whose names are under a non-disclosure agreement (block).
        customers_under_nda:
          - Muster Bank
          - Beispiel Versicherung

        # People who did not agree to be named in public (warn).
        people_without_consent:
          - Erika Mustermann

        # Exact text that may always be posted, whatever rule would match it.
        allow:
          - presse@nordwind-logistik.example
          - status.corp.nordwind-logistik.example

        # Quiet periods before results: statements about these topics count as inside information.
        quiet_periods:
          - from: 2026-12-01
            to: 2027-01-20
            topics: [Umsatz, Quartalszahlen, Prognose, revenue, earnings, guidance]

        # The organisation's own patterns (.NET regular expressions; lookarounds and backreferences are not
        # available because every pattern must run in linear time).
        rules:
          - id: nordwind-ticket
            pattern: "NW-[0-9]{4,}"
            severity: warn
            message: Interne Ticketnummern verraten, wie wir arbeiten.
          - id: nordwind-badge
            pattern: "(?i)ausweis-nr\\.?\\s*[0-9]{6}"
            severity: block
            message: Ausweisnummern öffnen Türen, auch für Fremde.
        """;
}
