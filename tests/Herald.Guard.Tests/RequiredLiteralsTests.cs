using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Herald.Guard.Secrets;
using Herald.Guard.Text;
using Herald.Testing;

namespace Herald.Guard.Tests;

/// <summary>
/// A pattern's required literals let a vectorised search rule out texts before any engine runs. A literal too many only
/// costs a search; a literal that a match can do without would lose findings, so these tests hold the reading to the
/// patterns' own answers.
/// </summary>
public sealed class RequiredLiteralsTests(ITestOutputHelper output)
{
    public static TheoryData<string, RegexOptions, string?> Readings() => new()
    {
        { @"\bwir\b", RegexOptions.None, "wir" },
        { @"\b(?:kein|ohne)[\p{Zs}\t]+(?:mfa|edr)", RegexOptions.IgnoreCase, "kein|ohne" },
        { @"l(?:ä|ae)uft", RegexOptions.None, "laeuft|läuft" },
        { @"licen[cs]e", RegexOptions.None, "licence|license" },
        { @"(?:haben|hat)\s+noch", RegexOptions.None, "noch" },
        { @"x?abc", RegexOptions.None, "abc" },
        { @"(?:abc)?", RegexOptions.None, null },
        { @"(?:abc)*def", RegexOptions.None, "def" },
        { @"(?:abc)+", RegexOptions.None, "abc" },
        { @"ab{2,}c", RegexOptions.None, "a" },
        { @"ab{0,3}", RegexOptions.None, "a" },
        { @"a{b", RegexOptions.None, "a{b" },
        { @"abc|\d+", RegexOptions.None, null },
        { @"abc|", RegexOptions.None, null },
        { @"(?=abc)\w+", RegexOptions.None, null },
        { @"(?<!no )pass", RegexOptions.None, "pass" },
        { @"(?<key>token)=(\w+)", RegexOptions.None, "token=" },
        { @"(?i)sk-[a-z0-9]{20}", RegexOptions.None, "sk-" },
        { @"AKIA[0-9A-Z]{16}", RegexOptions.None, "AKIA" },
        { @"\x27secret\x27", RegexOptions.None, "'secret'" },
        { @"[%‰€$]|\bprozent", RegexOptions.None, "$|%|prozent|‰|€" },
        { @"[^abc]xyz", RegexOptions.None, "xyz" },
        { @"[a-z]+@corp\.example", RegexOptions.None, "@corp.example" },
        { @"(a)\1", RegexOptions.None, "a" },
        { @"(?(a)b|c)", RegexOptions.None, null },
        { @"abc", RegexOptions.IgnorePatternWhitespace, null },
        { @"(?x) a b c", RegexOptions.None, null },
        { @"(?<a-b>x)", RegexOptions.None, null },
        { @"„vertraulich“", RegexOptions.IgnoreCase, "vertraulich" },
        { @"„vertraulich“", RegexOptions.None, "„vertraulich“" },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void Required_literals_are_read_from_the_pattern(string pattern, RegexOptions options, string? expected)
    {
        var found = RequiredLiterals.Of(pattern, options);
        var literals = found is { } f ? string.Join("|", f.Literals.Order(StringComparer.Ordinal)) : null;
        Assert.Equal(expected, literals);
    }

    [Theory]
    [InlineData(@"l(?:ä|ae)uft", "uft", false)]
    [InlineData(@"\b(?:unser|unsere|unseren)\b", "unser", false)]
    [InlineData(@"\b(?:is|it)\b", "is|it", true)]
    [InlineData(@"\b(?:über|it)\b", "über|it", true)]
    [InlineData(@"\bü\b", null, false)]
    public void The_vectorised_search_is_kept_to_ASCII_and_short_words_go_to_an_automaton(string pattern, string? searched, bool automaton)
    {
        var prefilter = RequiredLiterals.PrefilterFor(pattern, RegexOptions.IgnoreCase);
        Assert.Equal(searched, prefilter is null ? null : string.Join("|", prefilter.Searched));
        Assert.Equal(automaton, prefilter?.UsesAutomaton ?? false);
    }

    [Fact]
    public void A_long_list_of_literals_is_searched_by_an_automaton()
    {
        var words = string.Join("|", Enumerable.Range(0, 40).Select(i => $"word{i:D2}"));
        var prefilter = RequiredLiterals.PrefilterFor($@"\b(?:{words})\b", RegexOptions.None)!;

        Assert.True(prefilter.UsesAutomaton);
        Assert.False(prefilter.RulesOut("Ein Satz mit WORD17 darin"));
        Assert.True(prefilter.RulesOut("Ein Satz mit word40 darin"));
    }

    [Fact]
    public void A_literal_with_a_character_whose_lower_case_is_ASCII_is_not_searched_by_the_automaton()
    {
        // The Kelvin sign, whose lower case is "k".
        Assert.Null(RequiredLiterals.PrefilterFor("\\b(?:\u212Az|on)\\b", RegexOptions.None));
    }

    [Fact]
    public void Inline_case_insensitivity_anywhere_makes_the_literals_compare_ignoring_case()
    {
        Assert.Equal((["ab"], true), Normalise(RequiredLiterals.Of("(?i:a)b", RegexOptions.None)));
        Assert.Equal((["ab"], false), Normalise(RequiredLiterals.Of("ab", RegexOptions.None)));

        static (string[], bool)? Normalise((string[] Literals, bool IgnoreCase)? found) => found is { } f ? (f.Literals, f.IgnoreCase) : null;
    }

    [Theory]
    [InlineData("Der Kelvin-Test: \u212Aein MFA", @"\bkein\b")]
    [InlineData("Die Stra\u1E9EE ist gesperrt", "straße")]
    public void Characters_that_fold_unusually_are_always_handed_to_the_pattern(string text, string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var prefilter = RequiredLiterals.PrefilterFor(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)!;

        Assert.Matches(regex, text);
        Assert.False(prefilter.RulesOut(text));
    }

    // The proof behind the short list of unusual characters: every character that an ignore-case pattern matches for a Latin
    // character (the only ones the reader takes as literals ignoring case) is equal to it ignoring case ordinally, or on the list.
    [Fact]
    public void Every_character_that_folds_unusually_onto_a_Latin_one_is_known()
    {
        var unusual = new List<char>();
        for (var latin = 0; latin <= 0x24F; latin++)
        {
            var pattern = new Regex(Regex.Escape(((char)latin).ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            for (var other = 0; other <= char.MaxValue; other++)
            {
                var text = ((char)other).ToString();
                if (pattern.IsMatch(text) && !string.Equals(text, ((char)latin).ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    unusual.Add((char)other);
                }
            }
        }

        var prefilter = RequiredLiterals.PrefilterFor("xyz", RegexOptions.IgnoreCase)!;
        Assert.All(unusual.Distinct(), c => Assert.False(prefilter.RulesOut(c.ToString()), $"U+{(int)c:X4} folds onto a Latin letter"));
        Assert.False(prefilter.RulesOut("\u0130"));
        Assert.False(prefilter.RulesOut("\u0131"));
    }

    // Every pattern the Guard builds in, and every rule of gitleaks' own configuration, on the sentences and lines of the
    // corpus, the secret samples and the gitleaks cases: a text the literals rule out is one the pattern does not match.
    [Fact]
    public void A_text_without_the_literals_never_matches_the_pattern()
    {
        var gitleaks = GitleaksConfigLoader.LoadFile(Paths.Data("gitleaks.toml"));
        Assert.True(gitleaks.Succeeded);
        var patterns = GuardPatterns.All().Select(p => (p.Name, p.Regex))
            .Concat(gitleaks.Value!.Rules.Where(r => r.Regex is not null).Select(r => (r.Info.Id, r.Regex!)))
            .ToList();
        var texts = Texts();

        var (withLiterals, ruledOut, compared) = (0, 0, 0L);
        foreach (var (name, regex) in patterns)
        {
            var prefilter = RequiredLiterals.PrefilterFor(regex.Pattern, regex.Options);
            if (prefilter is null)
            {
                continue;
            }

            withLiterals++;
            var linear = regex.LinearEngine ?? new Regex(regex.Pattern, regex.Options);
            foreach (var text in texts)
            {
                if (prefilter.RulesOut(text))
                {
                    ruledOut++;
                    Assert.False(linear.IsMatch(text), $"{name}: a text without its required literals matches it");
                }

                compared++;
            }
        }

        Figures.Report(output, string.Create(CultureInfo.InvariantCulture,
            $"required literals: {withLiterals} of {patterns.Count} patterns have them; over {texts.Count} texts they ruled out {ruledOut} of {compared} pattern runs ({100.0 * ruledOut / compared:F1} %), never one that matches"));
    }

    private static List<string> Texts()
    {
        var drafts = Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "tests", "corpus", "drafts"), "*.txt").Select(File.ReadAllText).ToList();
        var pieces = drafts.SelectMany(d => Regex.Split(d, @"(?<=[.!?:])\s+|\n")).Where(s => s.Length > 0);
        var samples = SecretPack.Definitions.SelectMany(d => d.Positives.Concat(d.Negatives));
        var cases = File.ReadLines(Paths.Data("gitleaks-cases.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => row.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "");
        return [.. drafts.Concat(pieces).Concat(samples).Concat(cases).Distinct()];
    }
}
