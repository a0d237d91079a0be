using System.Text.Json;
using Herald.Testing;
using PhoneNumbers;

namespace Herald.Guard.Tests.PersonalData;

/// <summary>
/// Measures the personal-data rules on the labelled Presidio samples in <c>pii-cases.jsonl</c>.
/// A found span counts as correct when it overlaps a labelled span of its type. Unit-test rows
/// (with <c>target_entity</c>) are judged only for that type; synthetic rows for every supported type.
/// Misses and false alarms are printed (<c>--output detailed</c>) for diagnosis.
/// </summary>
public sealed class PiiCasesEvaluationTests(ITestOutputHelper output)
{
    private const string Email = "EMAIL_ADDRESS";
    private const string Phone = "PHONE_NUMBER";
    private const string Iban = "IBAN_CODE";
    private const string Card = "CREDIT_CARD";
    private const string TaxId = "DE_TAX_ID";
    private const string UnitTests = "presidio-unit-test";

    private static readonly string[] SupportedTypes = [Email, Phone, Iban, Card, TaxId];

    private static readonly Dictionary<string, string> TypeByRule = new(StringComparer.Ordinal)
    {
        ["personal-email"] = Email,
        ["personal-phone"] = Phone,
        ["personal-iban"] = Iban,
        ["payment-card"] = Card,
        ["de-tax-id"] = TaxId,
    };

    [Fact]
    public void Personal_data_rules_find_the_labelled_samples()
    {
        var engine = GuardEngine.Create(new GuardSetup { BuiltinSecretRules = false });
        var overall = SupportedTypes.ToDictionary(t => t, _ => new Tally(), StringComparer.Ordinal);
        var byKind = new Dictionary<(string Type, string Kind), Tally>();
        var dialable = new Tally();
        var otherTypeRows = 0;
        var testCards = 0;
        var otherTypeRowsFlagged = new List<string>();

        foreach (var row in ReadRows())
        {
            var findings = engine.Check(row.Text).Findings
                .Where(f => f.Category == FindingCategory.PersonalData && TypeByRule.ContainsKey(f.RuleId))
                .ToList();
            if (row.TargetEntity is { } target && !SupportedTypes.Contains(target))
            {
                // Rows for types Herald does not look for (IP addresses, passport numbers …) are traps too.
                otherTypeRows++;
                if (findings.Count > 0)
                {
                    otherTypeRowsFlagged.Add($"{target}: {string.Join(", ", findings.Select(f => $"'{row.Text.Substring(f.Offset, f.Length)}' ({f.RuleId})"))}");
                }

                continue;
            }

            foreach (var type in SupportedTypes.Where(t => row.TargetEntity is null || row.TargetEntity == t))
            {
                // Payment providers' published test numbers (4111 1111 1111 1111 …) belong to no one: not personal data.
                var gold = row.Entities.Where(e => e.Type == type && !IsPublishedTestCard(type, row.Text[e.Start..e.End])).ToList();
                testCards += row.Entities.Count(e => e.Type == type && IsPublishedTestCard(type, row.Text[e.Start..e.End]));
                var predicted = findings.Where(f => TypeByRule[f.RuleId] == type).ToList();
                if (!byKind.TryGetValue((type, row.Kind), out var kindTally))
                {
                    byKind[(type, row.Kind)] = kindTally = new Tally();
                }

                foreach (var tally in new[] { overall[type], kindTally })
                {
                    tally.Add(row, gold, predicted);
                }

                if (type == Phone)
                {
                    dialable.Add(row, gold.Where(g => IsDialableValidNumber(row.Text[g.Start..g.End])).ToList(), predicted);
                }
            }
        }

        foreach (var type in SupportedTypes)
        {
            Figures.Report(output, $"pii-cases {type}: {overall[type]}");
            foreach (var ((_, kind), tally) in byKind.Where(k => k.Key.Type == type && k.Value.Gold + k.Value.Predicted > 0).OrderBy(k => k.Key.Kind, StringComparer.Ordinal))
            {
                Figures.Report(output, $"pii-cases {type} [{kind}]: {tally}");
            }
        }

        Figures.Report(output, $"pii-cases {Phone} written with +, 00 or trunk 0 and valid for libphonenumber (region DE): recall {dialable.Recall:F3} ({dialable.Found}/{dialable.Gold})");
        var otherTypeRate = (double)otherTypeRowsFlagged.Count / otherTypeRows;
        Figures.Report(output, $"pii-cases unit-test rows of other types (IP, MAC, URL, DE_* …) with a personal-data finding: {otherTypeRate:F3} ({otherTypeRowsFlagged.Count}/{otherTypeRows})");
        Explain();
        PrintDiagnostics(overall);
        otherTypeRowsFlagged.ForEach(line => output.WriteLine($"other type flagged {line}"));
        Figures.Report(output, $"pii-cases {Card}: {testCards} labelled numbers are payment providers' published test cards, which belong to no one; they are left out of the gold set and not flagged.");

        Assert.All(SupportedTypes, type => Assert.True(overall[type].Precision >= 0.9, $"{type} precision {overall[type].Precision:F3}"));
        Assert.True(overall[Email].Recall >= 0.9, $"e-mail recall {overall[Email].Recall:F3}");
        Assert.True(overall[Iban].Recall >= 0.99, $"IBAN recall {overall[Iban].Recall:F3}");
        Assert.True(overall[Card].Recall >= 0.9, $"card recall {overall[Card].Recall:F3}");
        Assert.True(byKind[(Phone, UnitTests)].Recall >= 0.8, $"phone recall on unit-test rows {byKind[(Phone, UnitTests)].Recall:F3}");
        Assert.True(dialable.Recall >= 0.95, $"phone recall on valid dialable numbers {dialable.Recall:F3}");
        Assert.True(overall[Phone].Recall >= 0.4, $"phone recall {overall[Phone].Recall:F3}");
        Assert.True(otherTypeRate <= 0.02, $"rows of other types flagged {otherTypeRate:F3}");

        // Every miss must be one of the documented, deliberate cases below.
        Assert.All(overall[Email].MissedValues, v => Assert.StartsWith("info@", v, StringComparison.OrdinalIgnoreCase));
        Assert.All(overall[Card].MissedValues, v => Assert.True(HasUnissuedPrefix(v), $"card miss {v}"));
        Assert.All(overall[TaxId].MissedValues, v => Assert.True(HasNoRepeatedDigit(v), $"tax ID miss {v}"));
    }

    private void Explain()
    {
        Figures.Report(output, $"pii-cases {Email}: the misses are role addresses (info@…): published to be contacted, so deliberately not flagged.");
        Figures.Report(output, $"pii-cases {Card}: the misses carry prefixes no card scheme issues (Faker's 3500-3527/3590-3599 'JCB', 58xx and 0604 'Maestro').");
        Figures.Report(output, $"pii-cases {TaxId}: the labelled IDs have ten different leading digits; real tax IDs repeat one digit (§ 139b AO), so they are not flagged.");
        Figures.Report(output, "pii-cases other types: the flagged rows are bare digit strings (02123456 …) that are also valid German phone numbers.");
        Figures.Report(output, $"pii-cases {Phone}: most synthetic numbers are Faker numbers of other countries written without country code, which a German reader could not dial; numbers are read with default region DE and only valid ones count.");
    }

    private void PrintDiagnostics(Dictionary<string, Tally> overall)
    {
        foreach (var type in SupportedTypes)
        {
            foreach (var line in overall[type].Misses.Concat(overall[type].FalseAlarms))
            {
                output.WriteLine($"{type} {line}");
            }
        }
    }

    // What Herald promises for phone numbers: written so that one can dial them from Germany
    // (country code or trunk prefix) and valid for libphonenumber.
    private static bool IsDialableValidNumber(string value)
    {
        if (!(value.StartsWith('+') || value.StartsWith('0') || value.StartsWith("(0", StringComparison.Ordinal)))
        {
            return false;
        }

        var util = PhoneNumberUtil.GetInstance();
        try
        {
            var number = util.Parse(value, "DE");
            return util.IsValidNumber(number) && util.GetNumberType(number) is not (PhoneNumberType.TOLL_FREE
                or PhoneNumberType.SHARED_COST or PhoneNumberType.PREMIUM_RATE or PhoneNumberType.UAN);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    private static bool HasUnissuedPrefix(string value)
    {
        var prefix = int.Parse(value.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        return prefix is (>= 3500 and < 3528) or (>= 3590 and < 3600) || value.StartsWith("58", StringComparison.Ordinal) || value.StartsWith("0604", StringComparison.Ordinal);
    }

    private static bool IsPublishedTestCard(string type, string value) =>
        type == Card && Herald.Guard.PersonalData.PaymentCards.IsTestNumber(string.Concat(value.Where(char.IsAsciiDigit)));

    private static bool HasNoRepeatedDigit(string value) => value[..10].Distinct().Count() == 10;

    private static bool Overlaps(Finding finding, Entity gold) =>
        finding.Offset < gold.End && gold.Start < finding.Offset + finding.Length;

    private static IEnumerable<Row> ReadRows()
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        foreach (var line in File.ReadLines(Paths.Data("pii-cases.jsonl")))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonSerializer.Deserialize<Row>(line, options)!;
            }
        }
    }

    private sealed record Row(string Text, List<Entity> Entities, string Source, string Kind, string Lang, string? TargetEntity);

    private sealed record Entity(string Type, int Start, int End);

    private sealed class Tally
    {
        public int Gold { get; private set; }
        public int Found { get; private set; }
        public int Predicted { get; private set; }
        public int Correct { get; private set; }
        public List<string> MissedValues { get; } = [];
        public List<string> Misses { get; } = [];
        public List<string> FalseAlarms { get; } = [];
        public double Recall => Gold == 0 ? 1 : (double)Found / Gold;
        public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

        public void Add(Row row, List<Entity> gold, List<Finding> predicted)
        {
            foreach (var g in gold)
            {
                Gold++;
                if (predicted.Exists(p => Overlaps(p, g)))
                {
                    Found++;
                }
                else
                {
                    MissedValues.Add(row.Text[g.Start..g.End]);
                    Misses.Add($"{row.Kind}: missed '{row.Text[g.Start..g.End]}' in: {Flatten(row.Text)}");
                }
            }

            foreach (var p in predicted)
            {
                Predicted++;
                if (gold.Exists(g => Overlaps(p, g)))
                {
                    Correct++;
                }
                else
                {
                    FalseAlarms.Add($"{row.Kind}: flagged '{row.Text.Substring(p.Offset, p.Length)}' ({p.RuleId}) in: {Flatten(row.Text)}");
                }
            }
        }

        public override string ToString() =>
            $"recall {Recall:F3} ({Found}/{Gold}), precision {Precision:F3} ({Correct}/{Predicted})";

        private static string Flatten(string text) => text.ReplaceLineEndings(" ⏎ ");
    }
}
