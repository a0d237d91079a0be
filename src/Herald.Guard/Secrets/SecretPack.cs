using System.Globalization;
using System.Text.RegularExpressions;
using Herald.Guard.Detection;
using Herald.Guard.Patterns;
using Herald.Guard.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Herald.Guard.Secrets;

/// <summary>One built-in rule with the samples that prove it: positives it must find, negatives it must leave alone.</summary>
internal sealed record SecretRuleDefinition(PatternRule Rule, IReadOnlyList<string> Positives, IReadOnlyList<string> Negatives);

/// <summary>
/// Herald's own secret rules, read from the embedded <c>builtin-secrets.yaml</c>. The pack is data: parsed and compiled once
/// on first use, immutable afterwards and shared by every engine. Every pattern is a <see cref="BoundedRegex"/>, cheap to
/// build and linear in time on any input.
/// </summary>
internal static class SecretPack
{
    private const string ResourceName = "Herald.Guard.Secrets.builtin-secrets.yaml";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Lazy<IReadOnlyList<SecretRuleDefinition>> Pack = new(() => Parse(ReadResource()));

    /// <summary>The compiled rules, in pack order (specific rules before the generic ones).</summary>
    public static IReadOnlyList<PatternRule> Rules => [.. Pack.Value.Select(d => d.Rule)];

    /// <summary>Every rule with its samples, for the table-driven test.</summary>
    public static IReadOnlyList<SecretRuleDefinition> Definitions => Pack.Value;

    private static string ReadResource()
    {
        using var stream = typeof(SecretPack).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Parses a pack. The built-in pack ships with the code, so any error in it is a bug: all of them are collected and
    /// thrown together, with line numbers.
    /// </summary>
    public static IReadOnlyList<SecretRuleDefinition> Parse(string yaml)
    {
        var errors = new List<string>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"builtin-secrets.yaml:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var messages = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (key, value) in Mapping(root, "messages", errors).Children)
        {
            var kind = (YamlMappingNode)value;
            messages[((YamlScalarNode)key).Value!] = new LocalizedText(Text(kind, "en", errors)!, Text(kind, "de", errors)!);
        }

        var definitions = new List<SecretRuleDefinition>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("rules")]).Children)
        {
            var rule = (YamlMappingNode)node;
            var definition = ReadRule(rule, messages, errors);
            if (definition is not null && !ids.Add(definition.Rule.Info.Id))
            {
                errors.Add(At(rule, $"duplicate rule id '{definition.Rule.Info.Id}'"));
            }
            else if (definition is not null)
            {
                definitions.Add(definition);
            }
        }

        return errors.Count == 0
            ? definitions
            : throw new InvalidDataException("builtin-secrets.yaml has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    private static SecretRuleDefinition? ReadRule(YamlMappingNode rule, Dictionary<string, LocalizedText> messages, List<string> errors)
    {
        var id = Text(rule, "id", errors);
        var pattern = Text(rule, "regex", errors);
        if (id is null || pattern is null)
        {
            return null;
        }

        BoundedRegex regex;
        try
        {
            regex = new BoundedRegex(pattern, Options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            errors.Add(At(rule, $"rule '{id}': regex does not compile: {e.Message}"));
            return null;
        }

        var message = ReadMessage(rule, id, messages, errors);
        var keywords = List(rule, "keywords");
        if (keywords.Any(k => k.Length == 0 || k.Any(char.IsUpper)))
        {
            errors.Add(At(rule, $"rule '{id}': keywords must be non-empty and lower case"));
        }

        var check = SecretCheck.Token;
        if (Optional(rule, "check") is { } checkName && !Enum.TryParse(checkName, ignoreCase: true, out check))
        {
            errors.Add(At(rule, $"rule '{id}': unknown check '{checkName}'"));
        }

        var severity = Severity.Block;
        if (Optional(rule, "severity") is { } severityName && !SeverityNames.TryParse(severityName, out severity))
        {
            errors.Add(At(rule, $"rule '{id}': unknown severity '{severityName}'"));
        }

        var secretGroup = Optional(rule, "secretGroup") is { } group ? int.Parse(group, CultureInfo.InvariantCulture) : 0;
        if (secretGroup > regex.GroupCount)
        {
            errors.Add(At(rule, $"rule '{id}': secretGroup {secretGroup} does not exist"));
        }

        var allowlists = new List<PatternAllowlist>();
        var allowExact = List(rule, "allow");
        if (allowExact.Count > 0)
        {
            var exact = "^(?:" + string.Join('|', allowExact.Select(Regex.Escape)) + ")$";
            allowlists.Add(new PatternAllowlist { Regexes = [new BoundedRegex(exact, Options)] });
        }

        var allowMatch = List(rule, "allowMatch");
        if (allowMatch.Any(p => !IsValidPattern(p)))
        {
            errors.Add(At(rule, $"rule '{id}': an allowMatch entry is not a valid pattern"));
        }
        else if (allowMatch.Count > 0)
        {
            allowlists.Add(new PatternAllowlist { RegexTarget = AllowlistTarget.Match, Regexes = [.. allowMatch.Select(p => new BoundedRegex(p, Options))] });
        }

        var lineFilter = Optional(rule, "lineFilter");
        if (lineFilter is not null && !IsValidPattern(lineFilter))
        {
            errors.Add(At(rule, $"rule '{id}': lineFilter is not a valid pattern"));
            lineFilter = null;
        }

        var samples = rule.Children.TryGetValue(new YamlScalarNode("samples"), out var s) ? (YamlMappingNode)s : null;
        var positives = samples is null ? [] : List(samples, "positive");
        var negatives = samples is null ? [] : List(samples, "negative");
        if (positives.Count == 0 || negatives.Count == 0)
        {
            errors.Add(At(rule, $"rule '{id}': needs positive and negative samples"));
        }

        var compiled = new PatternRule
        {
            Info = new RuleInfo
            {
                Id = id,
                Category = FindingCategory.Secret,
                Severity = severity,
                Message = message,
                Redaction = Redaction.Secret,
            },
            Regex = regex,
            GroupIsWholeMatch = PatternShape.GroupIsWholeMatch(pattern, regex.GroupCount + 1),
            Keywords = keywords,
            SecretGroup = secretGroup,
            MinEntropy = Optional(rule, "entropy") is { } entropy ? double.Parse(entropy, CultureInfo.InvariantCulture) : 0,
            Accept = SecretChecks.For(check),
            Allowlists = allowlists,
            Generic = Optional(rule, "generic") == "true",
            LineScoped = Optional(rule, "scope") == "line",
            LineFilter = lineFilter is null ? null : new BoundedRegex(lineFilter, Options),
        };
        return new SecretRuleDefinition(compiled, positives, negatives);
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static LocalizedText ReadMessage(YamlMappingNode rule, string id, Dictionary<string, LocalizedText> messages, List<string> errors)
    {
        var service = Optional(rule, "service") ?? string.Empty;
        if (rule.Children.TryGetValue(new YamlScalarNode("message"), out var node))
        {
            if (node is YamlMappingNode inline)
            {
                return new LocalizedText(Text(inline, "en", errors) ?? id, Text(inline, "de", errors) ?? id);
            }

            if (node is YamlScalarNode { Value: { } kind } && messages.TryGetValue(kind, out var template))
            {
                return new LocalizedText(template.En.Replace("{service}", service, StringComparison.Ordinal), template.De.Replace("{service}", service, StringComparison.Ordinal));
            }
        }

        errors.Add(At(rule, $"rule '{id}': message must name a kind from 'messages' or give en and de"));
        return new LocalizedText(id, id);
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key, List<string> errors)
    {
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode mapping)
        {
            return mapping;
        }

        errors.Add(At(node, $"'{key}' must be a mapping"));
        return new YamlMappingNode();
    }

    private static string? Text(YamlMappingNode node, string key, List<string> errors)
    {
        var value = Optional(node, key);
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(At(node, $"'{key}' is required"));
        }

        return value;
    }

    private static string? Optional(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static List<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? [.. sequence.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? string.Empty)]
            : [];

    private static string At(YamlNode node, string message) => $"line {node.Start.Line}: {message}";
}
