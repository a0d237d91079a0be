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
/// One built-in rule as <c>builtin-secrets.yaml</c> states it, before anything is compiled: the message already in both
/// languages, the rest as written. <c>SecretPack.g.cs</c> holds the pack in this form.
/// </summary>
internal sealed record SecretRuleSpec(
    string Id,
    string Regex,
    LocalizedText Message,
    IReadOnlyList<string> Keywords,
    SecretCheck Check = SecretCheck.Token,
    Severity Severity = Severity.Block,
    int SecretGroup = 0,
    double MinEntropy = 0,
    IReadOnlyList<string>? Allow = null,
    IReadOnlyList<string>? AllowMatch = null,
    string? LineFilter = null,
    bool Generic = false,
    bool LineScoped = false);

/// <summary>
/// Herald's own secret rules. People maintain them in the embedded <c>builtin-secrets.yaml</c>, each with its samples;
/// the pack that ships is the same rules written out as code (<c>SecretPack.g.cs</c>, kept identical to the YAML by
/// <c>SecretPackSourceTests</c>): reading the 90 KB of YAML took a third of the time <c>herald check</c> needs for one draft.
/// Compiled once on first use, immutable afterwards and shared by every engine. Every pattern is a <see cref="BoundedRegex"/>,
/// cheap to build and linear in time on any input.
/// </summary>
internal static partial class SecretPack
{
    private const string ResourceName = "Herald.Guard.Secrets.builtin-secrets.yaml";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Lazy<IReadOnlyList<PatternRule>> Compiled = new(() => [.. BuiltIn.Select(Compile)]);
    private static readonly Lazy<IReadOnlyList<(SecretRuleSpec Spec, IReadOnlyList<string> Positives, IReadOnlyList<string> Negatives)>> Source =
        new(() => Parse(ReadResource()));
    private static readonly Lazy<IReadOnlyList<SecretRuleDefinition>> CompiledSource =
        new(() => [.. Source.Value.Select(r => new SecretRuleDefinition(Compile(r.Spec), r.Positives, r.Negatives))]);

    /// <summary>The compiled rules, in pack order (specific rules before the generic ones).</summary>
    public static IReadOnlyList<PatternRule> Rules => [.. Compiled.Value];

    /// <summary>Every rule as the YAML states it, with its samples, for the table-driven test.</summary>
    public static IReadOnlyList<SecretRuleDefinition> Definitions => CompiledSource.Value;

    /// <summary>The rules as the YAML states them, for the test that keeps <c>SecretPack.g.cs</c> identical to it.</summary>
    public static IReadOnlyList<SecretRuleSpec> Specs => [.. Source.Value.Select(r => r.Spec)];

    /// <summary>The rules as the generated code states them.</summary>
    public static IReadOnlyList<SecretRuleSpec> Shipped => BuiltIn;

    private static string ReadResource()
    {
        using var stream = typeof(SecretPack).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Compiles one rule. The pack was validated when it was read, so this cannot fail for a rule of it.</summary>
    internal static PatternRule Compile(SecretRuleSpec spec)
    {
        var regex = new BoundedRegex(spec.Regex, Options);
        var allowlists = new List<PatternAllowlist>();
        if (spec.Allow is { Count: > 0 } allowExact)
        {
            var exact = "^(?:" + string.Join('|', allowExact.Select(Regex.Escape)) + ")$";
            allowlists.Add(new PatternAllowlist { Regexes = [new BoundedRegex(exact, Options)] });
        }

        if (spec.AllowMatch is { Count: > 0 } allowMatch)
        {
            allowlists.Add(new PatternAllowlist { RegexTarget = AllowlistTarget.Match, Regexes = [.. allowMatch.Select(p => new BoundedRegex(p, Options))] });
        }

        return new PatternRule
        {
            Info = new RuleInfo
            {
                Id = spec.Id,
                Category = FindingCategory.Secret,
                Severity = spec.Severity,
                Message = spec.Message,
                Redaction = Redaction.Secret,
            },
            Regex = regex,
            GroupIsWholeMatch = PatternShape.GroupIsWholeMatch(spec.Regex, regex.GroupCount + 1),
            Keywords = spec.Keywords,
            SecretGroup = spec.SecretGroup,
            MinEntropy = spec.MinEntropy,
            Accept = SecretChecks.For(spec.Check),
            Allowlists = allowlists,
            Generic = spec.Generic,
            LineScoped = spec.LineScoped,
            LineFilter = spec.LineFilter is null ? null : new BoundedRegex(spec.LineFilter, Options),
        };
    }

    /// <summary>
    /// Reads a pack. The built-in pack ships with the code, so any error in it is a bug: all of them are collected and
    /// thrown together, with line numbers.
    /// </summary>
    public static IReadOnlyList<(SecretRuleSpec Spec, IReadOnlyList<string> Positives, IReadOnlyList<string> Negatives)> Parse(string yaml)
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

        var rules = new List<(SecretRuleSpec, IReadOnlyList<string>, IReadOnlyList<string>)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("rules")]).Children)
        {
            var rule = (YamlMappingNode)node;
            var read = ReadRule(rule, messages, errors);
            if (read is { } r && !ids.Add(r.Spec.Id))
            {
                errors.Add(At(rule, $"duplicate rule id '{r.Spec.Id}'"));
            }
            else if (read is { } valid)
            {
                rules.Add(valid);
            }
        }

        return errors.Count == 0
            ? rules
            : throw new InvalidDataException("builtin-secrets.yaml has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    private static (SecretRuleSpec Spec, IReadOnlyList<string> Positives, IReadOnlyList<string> Negatives)? ReadRule(
        YamlMappingNode rule, Dictionary<string, LocalizedText> messages, List<string> errors)
    {
        var id = Text(rule, "id", errors);
        var pattern = Text(rule, "regex", errors);
        if (id is null || pattern is null)
        {
            return null;
        }

        int groupCount;
        try
        {
            groupCount = new BoundedRegex(pattern, Options).GroupCount;
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
        if (secretGroup > groupCount)
        {
            errors.Add(At(rule, $"rule '{id}': secretGroup {secretGroup} does not exist"));
        }

        var allowMatch = List(rule, "allowMatch");
        if (allowMatch.Any(p => !IsValidPattern(p)))
        {
            errors.Add(At(rule, $"rule '{id}': an allowMatch entry is not a valid pattern"));
            allowMatch = [];
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

        var spec = new SecretRuleSpec(
            id,
            pattern,
            message,
            keywords,
            check,
            severity,
            secretGroup,
            Optional(rule, "entropy") is { } entropy ? double.Parse(entropy, CultureInfo.InvariantCulture) : 0,
            List(rule, "allow"),
            allowMatch,
            lineFilter,
            Optional(rule, "generic") == "true",
            Optional(rule, "scope") == "line");
        return (spec, positives, negatives);
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
