using System.Globalization;

namespace Herald.Guard.Policy;

/// <summary>
/// Reads a policy from its YAML tree, collecting every problem with its line and column instead of
/// stopping at the first. Errors are sentences for the security owner, shown next to the line in the web app.
/// </summary>
internal sealed class PolicyReader(string source)
{
    private static readonly string[] PolicyKeys = ["organization", "confidential_terms", "customers_under_nda", "people_without_consent", "allow", "quiet_periods", "rules"];
    private static readonly string[] OrganizationKeys = ["name", "public_domains", "internal_domains", "internal_networks"];
    private static readonly string[] TermKeys = ["term", "note", "match"];
    private static readonly string[] QuietPeriodKeys = ["from", "to", "topics"];
    private static readonly string[] RuleKeys = ["id", "pattern", "severity", "message"];
    private static readonly string[] PeriodDates = ["from", "to"];
    private static readonly string[] RequiredRuleKeys = ["id", "pattern"];

    // Where a setting is written, for "'x' is not a rule setting" / "'x' ist keine Einstellung einer Regel".
    private static readonly LocalizedText PolicyContext = new("policy", "der Richtlinie");
    private static readonly LocalizedText OrganizationContext = new("organization", "von organization");
    private static readonly LocalizedText TermContext = new("confidential term", "eines vertraulichen Begriffs");
    private static readonly LocalizedText QuietPeriodContext = new("quiet period", "einer Ruhephase");
    private static readonly LocalizedText RuleContext = new("rule", "einer Regel");

    /// <summary>Longest rule id: it is shown with every finding, so it should stay readable.</summary>
    private const int MaxRuleIdLength = 64;

    public List<ConfigError> Errors { get; } = [];

    public GuardPolicy Read(YamlNode? root)
    {
        if (root is null || root.IsNull)
        {
            return GuardPolicy.Empty;
        }

        if (root.Kind != YamlKind.Mapping)
        {
            Error(root, new(
                "A policy is a list of settings such as 'organization:' and 'confidential_terms:', each at the start of a line. Start from the example policy.",
                "Eine Richtlinie ist eine Liste von Einstellungen wie 'organization:' und 'confidential_terms:', jede am Anfang einer Zeile. Beginne mit der Beispielrichtlinie."));
            return GuardPolicy.Empty;
        }

        var policy = GuardPolicy.Empty;
        foreach (var (key, value) in Entries(root, PolicyKeys, PolicyContext))
        {
            policy = key switch
            {
                "organization" => policy with { Organization = ReadOrganization(value) },
                "confidential_terms" => policy with { ConfidentialTerms = ReadTerms(value) },
                "customers_under_nda" => policy with { CustomersUnderNda = ReadNames(value, key, new("customer name", "den Kundennamen"), "[Muster Bank]") },
                "people_without_consent" => policy with { PeopleWithoutConsent = ReadNames(value, key, new("name", "den Namen"), "[Erika Mustermann]") },
                "allow" => policy with { Allow = ReadAllow(value) },
                "quiet_periods" => policy with { QuietPeriods = ReadQuietPeriods(value) },
                _ => policy with { Rules = ReadRules(value) },
            };
        }

        return policy;
    }

    private OrganizationPolicy ReadOrganization(YamlNode node)
    {
        var organization = new OrganizationPolicy();
        if (!IsMapping(node, OrganizationContext, new("organization", "organization"), new("name: and internal_domains:", "name: und internal_domains:")))
        {
            return organization;
        }

        foreach (var (key, value) in Entries(node, OrganizationKeys, OrganizationContext))
        {
            organization = key switch
            {
                "name" => organization with { Name = Text(value, key) },
                "public_domains" => organization with { PublicDomains = ReadDomains(value, key, Same("[example.de]")) },
                "internal_domains" => organization with { InternalDomains = ReadDomains(value, key, Same("[corp.example.de, example.local]")) },
                _ => organization with { InternalNetworks = ReadNetworks(value) },
            };
        }

        return organization;
    }

    private List<string> ReadDomains(YamlNode node, string key, LocalizedText example)
    {
        var domains = new List<string>();
        foreach (var item in Items(node, key, example))
        {
            if (Text(item, key, inList: true) is { } text)
            {
                if (PolicyValues.NormalizeDomain(text, out var domain) is { } error)
                {
                    Error(item, error);
                }
                else
                {
                    domains.Add(domain);
                }
            }
        }

        return domains;
    }

    private List<string> ReadNetworks(YamlNode node)
    {
        var networks = new List<string>();
        foreach (var item in Items(node, "internal_networks", Same("[10.0.0.0/8, fd00::/8]")))
        {
            if (Text(item, "internal_networks", inList: true) is { } text)
            {
                if (PolicyValues.ParseNetwork(text, out var network) is { } error)
                {
                    Error(item, error);
                }
                else
                {
                    networks.Add(network.ToString());
                }
            }
        }

        return networks;
    }

    private List<ConfidentialTerm> ReadTerms(YamlNode node)
    {
        var terms = new List<ConfidentialTerm>();
        foreach (var item in Items(node, "confidential_terms", new("'- term: Projekt Falke' on its own line", "'- term: Projekt Falke' in einer eigenen Zeile")))
        {
            string? term = null;
            string? note = null;
            var onlyAsName = false;
            var termNode = item;
            if (item.Kind == YamlKind.Mapping)
            {
                var hasTerm = false;
                var readable = true;
                foreach (var (key, value) in Entries(item, TermKeys, TermContext))
                {
                    if (key == "term")
                    {
                        hasTerm = true;
                        term = Text(value, key, allowNull: true);
                        termNode = value;
                        readable = term is not null || value.IsNull;
                    }
                    else if (key == "match")
                    {
                        var match = Text(value, key);
                        onlyAsName = match == "name";
                        if (match is not ("name" or "anywhere"))
                        {
                            Error(value, new(
                                $"'{match}' is not a way to match a term. Use 'name' (a code name that is also an ordinary word: only where it is written as a name) or 'anywhere' (the default).",
                                $"'{match}' ist keine Art, einen Begriff zu finden. Nutze 'name' (ein Codename, der auch ein gewöhnliches Wort ist: nur wo er als Name geschrieben ist) oder 'anywhere' (Standard)."));
                        }
                    }
                    else
                    {
                        note = Text(value, key, allowNull: true);
                    }
                }

                if (!hasTerm)
                {
                    Error(item, new(
                        "This entry has no 'term:'. Write the code name as 'term: …' (a 'note:' alone is not enough).",
                        "Dieser Eintrag hat kein 'term:'. Schreib den Codenamen als 'term: …' (ein 'note:' allein reicht nicht)."));
                    continue;
                }

                if (!readable)
                {
                    continue;
                }
            }
            else if (item.Kind == YamlKind.Scalar)
            {
                term = item.Value ?? string.Empty;
            }
            else
            {
                Error(item, new(
                    "Each confidential term is either a name or a 'term:' with an optional 'note:', not a list.",
                    "Jeder vertrauliche Begriff ist entweder ein Name oder ein 'term:' mit optionalem 'note:', keine Liste."));
                continue;
            }

            if (PolicyValues.CheckTerm(term, new("term", "den Begriff")) is { } error)
            {
                Error(termNode, error);
                continue;
            }

            terms.Add(new ConfidentialTerm(term!.Trim(), string.IsNullOrWhiteSpace(note) ? null : note.Trim(), onlyAsName));
        }

        return terms;
    }

    private List<string> ReadNames(YamlNode node, string key, LocalizedText what, string example)
    {
        var names = new List<string>();
        foreach (var item in Items(node, key, Same(example)))
        {
            var name = Text(item, key, allowNull: true, inList: true);
            if (name is null && !item.IsNull)
            {
                continue;
            }

            if (PolicyValues.CheckTerm(name, what) is { } error)
            {
                Error(item, error);
                continue;
            }

            names.Add(name!.Trim());
        }

        return names;
    }

    private List<string> ReadAllow(YamlNode node)
    {
        var allowed = new List<string>();
        foreach (var item in Items(node, "allow", Same("[presse@example.de]")))
        {
            var text = Text(item, "allow", allowNull: true, inList: true);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (text is not null || item.IsNull)
                {
                    Error(item, new(
                        "This allow entry is empty. Write the exact text that may always be posted, or remove the line.",
                        "Dieser allow-Eintrag ist leer. Schreib den genauen Text, der immer gepostet werden darf, oder entferne die Zeile."));
                }

                continue;
            }

            allowed.Add(text);
        }

        return allowed;
    }

    private List<QuietPeriod> ReadQuietPeriods(YamlNode node)
    {
        var periods = new List<QuietPeriod>();
        foreach (var item in Items(node, "quiet_periods", new("'- from: 2026-12-01' with 'to:' and 'topics:' below it", "'- from: 2026-12-01' mit 'to:' und 'topics:' darunter")))
        {
            if (!IsMapping(item, QuietPeriodContext, new("quiet period", "Eine Ruhephase"), new("from:, to: and topics:", "from:, to: und topics:")))
            {
                continue;
            }

            DateOnly? from = null;
            DateOnly? to = null;
            YamlNode? toNode = null;
            List<string>? topics = null;
            var valid = true;
            foreach (var (key, value) in Entries(item, QuietPeriodKeys, QuietPeriodContext))
            {
                switch (key)
                {
                    case "from":
                        from = ReadDate(value, key);
                        valid &= from is not null;
                        break;
                    case "to":
                        to = ReadDate(value, key);
                        toNode = value;
                        valid &= to is not null;
                        break;
                    default:
                        topics = ReadNames(value, key, new("topic", "das Thema"), "[Umsatz, earnings]");
                        break;
                }
            }

            var keys = item.Pairs.Select(p => p.Key.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in PeriodDates.Where(k => !keys.Contains(k)))
            {
                Error(item, new(
                    $"This quiet period has no '{missing}:' date. Write it as YYYY-MM-DD, for example {missing}: 2026-12-01.",
                    $"Dieser Ruhephase fehlt das Datum '{missing}:'. Schreib es als JJJJ-MM-TT, zum Beispiel {missing}: 2026-12-01."));
                valid = false;
            }

            if (topics is null or { Count: 0 })
            {
                Error(item, new(
                    "This quiet period lists no topics. Add 'topics:' with the subjects that must not be discussed, for example [Umsatz, earnings].",
                    "Diese Ruhephase nennt keine Themen. Ergänze 'topics:' mit den Themen, über die nicht gesprochen werden darf, zum Beispiel [Umsatz, earnings]."));
                valid = false;
            }

            if (from is { } f && to is { } t && t < f)
            {
                Error(toNode!, new(
                    $"This quiet period ends ({t:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd}). Swap 'from' and 'to'.",
                    $"Diese Ruhephase endet ({t:yyyy-MM-dd}), bevor sie beginnt ({f:yyyy-MM-dd}). Vertausche 'from' und 'to'."));
                valid = false;
            }

            if (valid)
            {
                periods.Add(new QuietPeriod { From = from!.Value, To = to!.Value, Topics = topics! });
            }
        }

        return periods;
    }

    private DateOnly? ReadDate(YamlNode node, string key)
    {
        var text = Text(node, key, allowNull: true);
        if (text is null)
        {
            if (node.IsNull)
            {
                Error(node, new(
                    $"'{key}' has no date. Write it as YYYY-MM-DD, for example 2026-12-01.",
                    $"'{key}' hat kein Datum. Schreib es als JJJJ-MM-TT, zum Beispiel 2026-12-01."));
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node, new(
            $"'{text}' is not a date. Write it as YYYY-MM-DD, for example 2026-12-01.",
            $"'{text}' ist kein Datum. Schreib es als JJJJ-MM-TT, zum Beispiel 2026-12-01."));
        return null;
    }

    private List<CustomRule> ReadRules(YamlNode node)
    {
        var rules = new List<CustomRule>();
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in Items(node, "rules", new("'- id: example-ticket' with 'pattern:' below it", "'- id: example-ticket' mit 'pattern:' darunter")))
        {
            if (!IsMapping(item, RuleContext, new("rule", "Eine Regel"), new("id:, pattern:, severity: and message:", "id:, pattern:, severity: und message:")))
            {
                continue;
            }

            string? id = null;
            string? pattern = null;
            string? message = null;
            var severity = Severity.Warn;
            var valid = true;
            foreach (var (key, value) in Entries(item, RuleKeys, RuleContext))
            {
                switch (key)
                {
                    case "id":
                        id = Text(value, key);
                        valid &= CheckRuleId(id, value, ids);
                        break;
                    case "pattern":
                        pattern = Text(value, key);
                        valid &= CheckPattern(pattern, value);
                        break;
                    case "severity":
                        var name = Text(value, key);
                        if (!SeverityNames.TryParse(name, out severity))
                        {
                            Error(value, new(
                                $"'{name}' is not a severity. Use block (must not be posted), warn (worth a second look) or hint (a gentle tip).",
                                $"'{name}' ist keine Stufe. Nutze block (darf nicht gepostet werden), warn (lohnt einen zweiten Blick) oder hint (ein sanfter Tipp)."));
                            valid = false;
                        }

                        break;
                    default:
                        message = Text(value, key);
                        break;
                }
            }

            foreach (var missing in RequiredRuleKeys.Where(k => !item.Pairs.Exists(p => p.Key.Value == k)))
            {
                Error(item, missing == "id"
                    ? new(
                        "This rule has no 'id:'. Give it a short name such as example-ticket; it is shown with every finding.",
                        "Diese Regel hat kein 'id:'. Gib ihr einen kurzen Namen wie example-ticket; er steht bei jedem Hinweis.")
                    : new(
                        "This rule has no 'pattern:'. Write the regular expression it should find, for example \"EX-[0-9]{4,}\".",
                        "Diese Regel hat kein 'pattern:'. Schreib den regulären Ausdruck, den sie finden soll, zum Beispiel \"EX-[0-9]{4,}\"."));
                valid = false;
            }

            if (valid && id is not null && pattern is not null)
            {
                rules.Add(new CustomRule { Id = id.Trim(), Pattern = pattern, Severity = severity, Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim() });
            }
        }

        return rules;
    }

    private bool CheckRuleId(string? id, YamlNode node, Dictionary<string, int> ids)
    {
        var trimmed = id?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            Error(node, new(
                "The rule id is empty. Give the rule a short name such as example-ticket.",
                "Die Regel-id ist leer. Gib der Regel einen kurzen Namen wie example-ticket."));
            return false;
        }

        if (trimmed.Length > MaxRuleIdLength || !char.IsAsciiLetterOrDigit(trimmed[0]) || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            Error(node, new(
                $"'{trimmed}' is not a usable rule id. Use up to {MaxRuleIdLength} letters, digits, '-', '_' or '.', starting with a letter or digit, for example example-ticket.",
                $"'{trimmed}' taugt nicht als Regel-id. Nimm bis zu {MaxRuleIdLength} Buchstaben, Ziffern, '-', '_' oder '.', beginnend mit einem Buchstaben oder einer Ziffer, zum Beispiel example-ticket."));
            return false;
        }

        if (ids.TryGetValue(trimmed, out var firstLine))
        {
            Error(node, new(
                $"The rule id '{trimmed}' is already used by the rule on line {firstLine}. Give each rule its own id.",
                $"Die Regel-id '{trimmed}' hat schon die Regel in Zeile {firstLine}. Gib jeder Regel eine eigene id."));
            return false;
        }

        ids[trimmed] = node.Line;
        return true;
    }

    private bool CheckPattern(string? pattern, YamlNode node)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            Error(node, new(
                "The pattern is empty. Write the regular expression this rule should find, for example \"EX-[0-9]{4,}\".",
                "Das Muster ist leer. Schreib den regulären Ausdruck, den diese Regel finden soll, zum Beispiel \"EX-[0-9]{4,}\"."));
            return false;
        }

        if (PolicyValues.CompilePattern(pattern, out _) is { } error)
        {
            Error(node, error);
            return false;
        }

        return true;
    }

    /// <summary>The known entries of a mapping; unknown and non-text keys are reported.</summary>
    private IEnumerable<(string Key, YamlNode Value)> Entries(YamlNode mapping, string[] known, LocalizedText context)
    {
        foreach (var (key, value) in mapping.Pairs)
        {
            if (key.Kind != YamlKind.Scalar || key.Value is null)
            {
                Error(key, new(
                    $"Setting names in a {context.En} are plain words such as '{known[0]}'.",
                    $"Einstellungen {context.De} sind schlichte Wörter wie '{known[0]}'."));
                continue;
            }

            if (Array.IndexOf(known, key.Value) < 0)
            {
                var suggestion = KeySuggestion.Find(key.Value, known);
                Error(key, suggestion is not null
                    ? new(
                        $"'{key.Value}' is not {Article(context.En)} {context.En} setting. Did you mean '{suggestion}'?",
                        $"'{key.Value}' ist keine Einstellung {context.De}. Meintest du '{suggestion}'?")
                    : new(
                        $"'{key.Value}' is not {Article(context.En)} {context.En} setting. Known settings are: {string.Join(", ", known)}.",
                        $"'{key.Value}' ist keine Einstellung {context.De}. Bekannte Einstellungen sind: {string.Join(", ", known)}."));
                continue;
            }

            yield return (key.Value, value);
        }
    }

    /// <summary>The items of a list; a missing value is an empty list; anything else is reported.</summary>
    private List<YamlNode> Items(YamlNode node, string key, LocalizedText example)
    {
        if (node.IsNull)
        {
            return [];
        }

        if (node.Kind == YamlKind.Sequence)
        {
            return node.Items;
        }

        Error(node, new($"'{key}' should be a list, for example {example.En}.", $"'{key}' sollte eine Liste sein, zum Beispiel {example.De}."));
        return [];
    }

    /// <summary>Whether <paramref name="node"/> is a section; <paramref name="what"/> names it (German: with its article, as a subject).</summary>
    private bool IsMapping(YamlNode node, LocalizedText context, LocalizedText what, LocalizedText keys)
    {
        if (node.Kind == YamlKind.Mapping)
        {
            return true;
        }

        if (!node.IsNull || context != OrganizationContext)
        {
            var article = Article(what.En);
            Error(node, new(
                $"{char.ToUpperInvariant(article[0])}{article[1..]} {what.En} is a section with {keys.En}, each on its own indented line.",
                $"{what.De} ist ein Abschnitt mit {keys.De}, jeweils in einer eigenen, eingerückten Zeile."));
        }

        return false;
    }

    /// <summary>
    /// The text of a scalar. Lists and sections are reported; so is a missing value unless <paramref name="allowNull"/>.
    /// <paramref name="inList"/> says the node is an entry of the list <paramref name="key"/>.
    /// </summary>
    private string? Text(YamlNode node, string key, bool allowNull = false, bool inList = false)
    {
        var subject = inList ? new LocalizedText($"Each entry of '{key}'", $"Jeder Eintrag von '{key}'") : Same($"'{key}'");
        switch (node.Kind)
        {
            case YamlKind.Scalar when node.Value is not null || allowNull:
                return node.Value;
            case YamlKind.Scalar:
                Error(node, inList
                    ? new($"This entry of '{key}' is empty. Write a value or remove the line.", $"Dieser Eintrag von '{key}' ist leer. Schreib einen Wert hin oder entferne die Zeile.")
                    : new($"'{key}' has no value.", $"'{key}' hat keinen Wert."));
                return null;
            case YamlKind.Sequence:
                Error(node, new($"{subject.En} should be a single value, not a list.", $"{subject.De} sollte ein einzelner Wert sein, keine Liste."));
                return null;
            default:
                Error(node, new(
                    $"{subject.En} should be a single value, not a section. If the value contains ': ', put it in quotes.",
                    $"{subject.De} sollte ein einzelner Wert sein, kein Abschnitt. Enthält der Wert ': ', setz ihn in Anführungszeichen."));
                return null;
        }
    }

    private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";

    private static LocalizedText Same(string text) => new(text, text);

    private void Error(YamlNode node, LocalizedText message) => Errors.Add(new ConfigError(source, node.Line, node.Column, message));
}
