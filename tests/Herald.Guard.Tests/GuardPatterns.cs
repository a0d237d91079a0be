using System.Reflection;
using Herald.Guard.Classification;
using Herald.Guard.Secrets;
using Herald.Guard.Text;

namespace Herald.Guard.Tests;

/// <summary>The patterns the Guard builds in, for the tests that hold all of them to a promise.</summary>
internal static class GuardPatterns
{
    // Every pattern the Guard builds in: the secret pack (patterns, line filters, allowlists), the markings, and the static
    // patterns of the detectors, found by reflection so that a new one cannot be forgotten; with each the alternatives a long
    // alternation is asked about one at a time (BoundedRegex.Parts).
    public static IEnumerable<(string Name, BoundedRegex Regex)> All() =>
        Declared().SelectMany(p => p.Regex.Parts.Select((part, i) => ($"{p.Name} alternative {i + 1}", part)).Prepend(p));

    private static IEnumerable<(string Name, BoundedRegex Regex)> Declared()
    {
        foreach (var definition in SecretPack.Definitions)
        {
            var rule = definition.Rule;
            yield return (rule.Info.Id, rule.Regex!);
            if (rule.LineFilter is { } filter)
            {
                yield return (rule.Info.Id + " line filter", filter);
            }

            foreach (var allowed in rule.Allowlists.SelectMany(a => a.Regexes))
            {
                yield return (rule.Info.Id + " allowlist", allowed);
            }
        }

        foreach (var marking in Markings.All)
        {
            yield return (marking.Info.Id, marking.Pattern);
        }

        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var type in typeof(BoundedRegex).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(Static))
            {
                var value = field.GetValue(null);
                var regexes = value as BoundedRegex[] ?? (value is BoundedRegex one ? [one] : []);
                foreach (var regex in regexes)
                {
                    yield return ($"{type.Name}.{field.Name.Replace(">k__BackingField", "", StringComparison.Ordinal).TrimStart('<')}", regex);
                }
            }
        }
    }
}
