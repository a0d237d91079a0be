using System.Text.RegularExpressions;
using Herald.Guard.Detection;
using Herald.Guard.Patterns;
using Herald.Guard.Text;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Herald.Guard.Secrets;

/// <summary>
/// Imports the rules of a gitleaks TOML configuration with their meaning unchanged: <c>[[rules]]</c> (id, description,
/// regex, secretGroup, entropy, keywords, path; tags are ignored), rule allowlists in the old <c>[rules.allowlist]</c>
/// and the new <c>[[rules.allowlists]]</c> form, and the global <c>[allowlist]</c> / <c>[[allowlists]]</c> (optionally
/// limited with <c>targetRules</c>). Go RE2 patterns are translated to .NET and run as bounded regular expressions
/// (linear in time on any input, like RE2 itself).
/// <para><c>[extend]</c> and multi-part rules (<c>[[rules.required]]</c>) are not supported and reported as errors:
/// merge the extended configuration into one file instead. Commit allowlists are accepted and ignored, since a draft has no commit.</para>
/// Every error is collected with its line and column. The loader is stateless and thread-safe.
/// </summary>
public static class GitleaksConfigLoader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly LocalizedText GermanTail = new(
        string.Empty,
        "Eine importierte gitleaks-Regel hat hier ein mögliches Geheimnis gefunden. Entferne es aus dem Beitrag und tausche es aus, falls es echt ist.");

    /// <summary>Reads and loads a configuration file; a missing or unreadable file is reported as an error, not thrown.</summary>
    public static LoadResult<GitleaksConfig> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string toml;
        try
        {
            toml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return LoadResult.Failure<GitleaksConfig>([new ConfigError(path, 0, 0, $"cannot read the gitleaks configuration: {e.Message}")]);
        }

        return Load(toml, path);
    }

    /// <summary>Loads a configuration from its TOML text. <paramref name="sourceName"/> names it in errors and findings.</summary>
    public static LoadResult<GitleaksConfig> Load(string toml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(toml);
        ArgumentNullException.ThrowIfNull(sourceName);
        var errors = new List<ConfigError>();
        var document = SyntaxParser.Parse(toml, sourceName, validate: true);
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Kind == DiagnosticMessageKind.Error)
            {
                var position = diagnostic.Span.Start;
                errors.Add(new ConfigError(sourceName, position.Line + 1, position.Column + 1, diagnostic.Message));
            }
        }

        if (errors.Count > 0)
        {
            return LoadResult.Failure<GitleaksConfig>(errors);
        }

        var reader = new Reader(sourceName, errors);
        var parsed = reader.Read(document);
        var rules = Compile(parsed, sourceName, errors);
        return errors.Count > 0
            ? LoadResult.Failure<GitleaksConfig>(errors)
            : LoadResult.Success(new GitleaksConfig(sourceName, rules));
    }

    private static List<PatternRule> Compile(ParsedConfig parsed, string source, List<ConfigError> errors)
    {
        var compiler = new Compiler(source, errors);
        var global = parsed.GlobalAllowlists.Select(a => (a.TargetRules, Allowlist: compiler.Allowlist(a))).ToList();

        // gitleaks keeps one rule per id; a later definition replaces an earlier one.
        var byId = new Dictionary<string, PatternRule>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var raw in parsed.Rules)
        {
            var rule = compiler.Rule(raw, global);
            if (rule is null)
            {
                continue;
            }

            if (!byId.ContainsKey(rule.Info.Id))
            {
                order.Add(rule.Info.Id);
            }

            byId[rule.Info.Id] = rule;
        }

        return [.. order.Select(id => byId[id])];
    }

    private static ConfigError Error(string source, Located? at, string message) =>
        new(source, at?.Line ?? 0, at?.Column ?? 0, message);

    /// <summary>A value with the position it was read from (1-based line and column).</summary>
    private sealed record Located(int Line, int Column);

    private sealed class RawAllowlist
    {
        public required Located At { get; init; }

        public string Condition { get; set; } = "OR";

        public Located? ConditionAt { get; set; }

        public string RegexTarget { get; set; } = "secret";

        public Located? RegexTargetAt { get; set; }

        public List<(string Pattern, Located At)> Regexes { get; } = [];

        public List<(string Pattern, Located At)> Paths { get; } = [];

        public List<string> StopWords { get; } = [];

        public List<string> TargetRules { get; } = [];
    }

    private sealed class RawRule
    {
        public required Located At { get; init; }

        public string? Id { get; set; }

        public string? Description { get; set; }

        public (string Pattern, Located At)? Regex { get; set; }

        public (string Pattern, Located At)? Path { get; set; }

        public long SecretGroup { get; set; }

        public Located? SecretGroupAt { get; set; }

        public double Entropy { get; set; }

        public List<string> Keywords { get; } = [];

        public bool SkipReport { get; set; }

        public List<RawAllowlist> Allowlists { get; } = [];
    }

    private sealed class ParsedConfig
    {
        public List<RawRule> Rules { get; } = [];

        public List<RawAllowlist> GlobalAllowlists { get; } = [];
    }

    /// <summary>Walks the TOML syntax tree so every value keeps its line and column for error messages.</summary>
    private sealed class Reader(string source, List<ConfigError> errors)
    {
        public ParsedConfig Read(DocumentSyntax document)
        {
            var config = new ParsedConfig();
            foreach (var table in document.Tables)
            {
                var name = KeyText(table.Name);
                var at = At(table);
                switch (name, table)
                {
                    case ("rules", TableArraySyntax):
                        var rule = new RawRule { At = at };
                        config.Rules.Add(rule);
                        ReadRule(table, rule);
                        break;
                    case ("rules.allowlist", TableSyntax):
                    case ("rules.allowlists", TableArraySyntax):
                        if (config.Rules.Count == 0)
                        {
                            errors.Add(Error(source, at, $"[{name}] must follow a [[rules]] table"));
                            break;
                        }

                        config.Rules[^1].Allowlists.Add(ReadAllowlist(table.Items, at, allowTargets: false));
                        break;
                    case ("rules.required", _):
                        errors.Add(Error(source, at, "multi-part rules ([[rules.required]]) are not supported"));
                        break;
                    case ("allowlist", TableSyntax):
                    case ("allowlists", TableArraySyntax):
                        config.GlobalAllowlists.Add(ReadAllowlist(table.Items, at, allowTargets: true));
                        break;
                    case ("extend", _):
                        errors.Add(Error(source, at, "[extend] is not supported: merge the extended configuration into this file and remove [extend]"));
                        break;
                    default:
                        // gitleaks ignores tables it does not know (for example from newer versions); so does the import.
                        break;
                }
            }

            return config;
        }

        private void ReadRule(TableSyntaxBase table, RawRule rule)
        {
            foreach (var item in table.Items)
            {
                var key = KeyText(item.Key);
                var at = At(item);
                switch (key)
                {
                    case "id":
                        rule.Id = String(item, at);
                        break;
                    case "description":
                        rule.Description = String(item, at);
                        break;
                    case "regex":
                        rule.Regex = String(item, at) is { } regex ? (regex, Position(item.Value) ?? at) : null;
                        break;
                    case "path":
                        rule.Path = String(item, at) is { } path ? (path, Position(item.Value) ?? at) : null;
                        break;
                    case "secretGroup":
                        rule.SecretGroup = Integer(item, at) ?? 0;
                        rule.SecretGroupAt = at;
                        break;
                    case "entropy":
                        rule.Entropy = Number(item, at) ?? 0;
                        break;
                    case "keywords":
                        rule.Keywords.AddRange(Strings(item, at).Select(k => k.Text.ToLowerInvariant()));
                        break;
                    case "skipReport":
                        rule.SkipReport = item.Value is BooleanValueSyntax { Value: true };
                        break;
                    default:
                        // tags and keys of newer gitleaks versions do not change what is detected.
                        break;
                }
            }
        }

        private RawAllowlist ReadAllowlist(SyntaxList<KeyValueSyntax> items, Located at, bool allowTargets)
        {
            var allowlist = new RawAllowlist { At = at };
            foreach (var item in items)
            {
                var key = KeyText(item.Key);
                var itemAt = At(item);
                switch (key)
                {
                    case "condition":
                        allowlist.Condition = (String(item, itemAt) ?? "OR").ToUpperInvariant();
                        allowlist.ConditionAt = itemAt;
                        break;
                    case "regexTarget":
                        allowlist.RegexTarget = (String(item, itemAt) ?? "secret").ToLowerInvariant();
                        allowlist.RegexTargetAt = itemAt;
                        break;
                    case "regexes":
                        allowlist.Regexes.AddRange(Strings(item, itemAt));
                        break;
                    case "paths":
                        allowlist.Paths.AddRange(Strings(item, itemAt));
                        break;
                    case "stopwords":
                        allowlist.StopWords.AddRange(Strings(item, itemAt).Select(s => s.Text.ToLowerInvariant()));
                        break;
                    case "targetRules" when allowTargets:
                        allowlist.TargetRules.AddRange(Strings(item, itemAt).Select(s => s.Text));
                        break;
                    default:
                        // description, commits: nothing to check in a draft.
                        break;
                }
            }

            return allowlist;
        }

        private string? String(KeyValueSyntax item, Located at)
        {
            if (item.Value is StringValueSyntax s)
            {
                return s.Value;
            }

            errors.Add(Error(source, at, $"'{KeyText(item.Key)}' must be a string"));
            return null;
        }

        private long? Integer(KeyValueSyntax item, Located at)
        {
            if (item.Value is IntegerValueSyntax i)
            {
                return i.Value;
            }

            errors.Add(Error(source, at, $"'{KeyText(item.Key)}' must be an integer"));
            return null;
        }

        private double? Number(KeyValueSyntax item, Located at)
        {
            switch (item.Value)
            {
                case FloatValueSyntax f:
                    return f.Value;
                case IntegerValueSyntax i:
                    return i.Value;
                default:
                    errors.Add(Error(source, at, $"'{KeyText(item.Key)}' must be a number"));
                    return null;
            }
        }

        private List<(string Text, Located At)> Strings(KeyValueSyntax item, Located at)
        {
            var result = new List<(string, Located)>();
            if (item.Value is not ArraySyntax array)
            {
                errors.Add(Error(source, at, $"'{KeyText(item.Key)}' must be an array of strings"));
                return result;
            }

            foreach (var element in array.Items)
            {
                if (element.Value is StringValueSyntax s && s.Value is not null)
                {
                    result.Add((s.Value, Position(element.Value) ?? at));
                }
                else
                {
                    errors.Add(Error(source, Position(element) ?? at, $"every entry of '{KeyText(item.Key)}' must be a string"));
                }
            }

            return result;
        }

        private static string KeyText(KeySyntax? key)
        {
            if (key is null)
            {
                return string.Empty;
            }

            var parts = new List<string> { KeyPart(key.Key) };
            foreach (var dotted in key.DotKeys)
            {
                parts.Add(KeyPart(dotted.Key));
            }

            return string.Join('.', parts);
        }

        private static string KeyPart(BareKeyOrStringValueSyntax? part) => part switch
        {
            BareKeySyntax bare => bare.Key?.Text ?? string.Empty,
            StringValueSyntax quoted => quoted.Value ?? string.Empty,
            _ => string.Empty,
        };

        private static Located At(SyntaxNodeBase node) => Position(node) ?? new Located(0, 0);

        private static Located? Position(SyntaxNodeBase? node) =>
            node is null ? null : new Located(node.Span.Start.Line + 1, node.Span.Start.Column + 1);
    }

    /// <summary>Turns parsed rules into <see cref="PatternRule"/>s, collecting every pattern that does not compile.</summary>
    private sealed class Compiler(string source, List<ConfigError> errors)
    {
        public PatternAllowlist Allowlist(RawAllowlist raw)
        {
            var requireAll = false;
            switch (raw.Condition)
            {
                case "OR":
                    break;
                case "AND":
                    requireAll = true;
                    break;
                default:
                    errors.Add(Error(source, raw.ConditionAt ?? raw.At, $"allowlist condition must be OR or AND, not '{raw.Condition}'"));
                    break;
            }

            var target = AllowlistTarget.Secret;
            switch (raw.RegexTarget)
            {
                case "secret" or "":
                    break;
                case "match":
                    target = AllowlistTarget.Match;
                    break;
                case "line":
                    target = AllowlistTarget.Line;
                    break;
                default:
                    errors.Add(Error(source, raw.RegexTargetAt ?? raw.At, $"allowlist regexTarget must be secret, match or line, not '{raw.RegexTarget}'"));
                    break;
            }

            return new PatternAllowlist
            {
                RequireAll = requireAll,
                RegexTarget = target,
                Regexes = [.. raw.Regexes.Select(r => Regex(r.Pattern, r.At, "allowlist regex")).OfType<BoundedRegex>()],
                Paths = [.. raw.Paths.Select(p => Regex(p.Pattern, p.At, "allowlist path")).OfType<BoundedRegex>()],
                StopWords = raw.StopWords,
            };
        }

        public PatternRule? Rule(RawRule raw, List<(List<string> TargetRules, PatternAllowlist Allowlist)> global)
        {
            if (string.IsNullOrWhiteSpace(raw.Id))
            {
                errors.Add(Error(source, raw.At, "rule has no id"));
                return null;
            }

            if (raw.Regex is null && raw.Path is null)
            {
                errors.Add(Error(source, raw.At, $"rule '{raw.Id}' needs a regex or a path"));
                return null;
            }

            var regex = raw.Regex is { } r ? Regex(r.Pattern, r.At, $"regex of rule '{raw.Id}'") : null;
            var path = raw.Path is { } p ? Regex(p.Pattern, p.At, $"path of rule '{raw.Id}'") : null;
            if ((raw.Regex is not null && regex is null) || (raw.Path is not null && path is null))
            {
                return null;
            }

            if (raw.SecretGroup < 0 || (regex is not null && raw.SecretGroup > regex.GroupCount))
            {
                errors.Add(Error(source, raw.SecretGroupAt ?? raw.At, $"secretGroup {raw.SecretGroup} of rule '{raw.Id}' does not exist in its regex"));
                return null;
            }

            if (raw.SkipReport)
            {
                return null;
            }

            var allowlists = global
                .Where(g => g.TargetRules.Count == 0 || g.TargetRules.Contains(raw.Id, StringComparer.Ordinal))
                .Select(g => g.Allowlist)
                .Concat(raw.Allowlists.Select(Allowlist))
                .Where(a => !a.IsEmpty)
                .ToList();

            var description = string.IsNullOrWhiteSpace(raw.Description)
                ? $"The imported gitleaks rule '{raw.Id}' found a possible secret. Remove it from the post and rotate it if it is real."
                : raw.Description.Trim();
            return new PatternRule
            {
                Info = new RuleInfo
                {
                    Id = raw.Id,
                    Category = FindingCategory.Secret,
                    Severity = Severity.Block,
                    Message = new LocalizedText(description, GermanTail.De),
                    Redaction = Redaction.Secret,
                },
                Regex = regex,
                PathRegex = path,
                Keywords = [.. raw.Keywords.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)],
                SecretGroup = (int)raw.SecretGroup,
                MinEntropy = raw.Entropy,
                Allowlists = allowlists,
            };
        }

        // Translated from RE2 and parsed now, so that every error is reported at load time with its line.
        private BoundedRegex? Regex(string pattern, Located at, string what)
        {
            var translated = Re2Translator.Translate(pattern, out var problem);
            if (translated is null)
            {
                errors.Add(Error(source, at, $"{what} cannot be used: {problem}"));
                return null;
            }

            try
            {
                return new BoundedRegex(translated, Options);
            }
            catch (ArgumentException e)
            {
                errors.Add(Error(source, at, $"{what} does not compile: {e.Message}"));
                return null;
            }
        }
    }
}
