using System.Text;
using Herald.Guard.Classification;
using Herald.Guard.Confidential;
using Herald.Guard.Detection;
using Herald.Guard.Insider;
using Herald.Guard.PersonalData;
using Herald.Guard.Policy;
using Herald.Guard.Posture;
using Herald.Guard.Text;

namespace Herald.Guard.Tests;

/// <summary>
/// Inputs built to make the marking, insider, posture, personal-data and name-form checks work hard: every pattern is a
/// bounded regular expression and every look-around is bounded, so they finish in linear time. The tests run the
/// detectors directly, so that the result shows their findings before overlaps are merged.
/// </summary>
public sealed class PathologicalInputTests
{
    private const int Size = 200_000;

    private static readonly IDetector[] Detectors =
    [
        new ClassificationDetector(Markings.All),
        new InsiderDetector(new GuardPolicy
        {
            QuietPeriods = [new QuietPeriod { From = new(2026, 12, 1), To = new(2027, 1, 20), Topics = ["Umsatz", "annual results"] }],
        }),
        new PostureDetector(),
        new PersonalDataDetector(),
        TermDetector.Create(new GuardPolicy { ConfidentialTerms = [new ConfidentialTerm("Polarlicht", OnlyAsName: true)] })!,
    ];

    public static TheoryData<string> Repeated { get; } = new()
    {
        "VERTRAULICH ", "VS-NfD\n", "Einstufung: vertraulich ", "TLP:RED TLP:GREEN ", "Unser Umsatz stieg um 12 % ", "umsatz",
        "annual  results ", "bei uns PHP 5.6 ", "Exchange 2013 ", "wir werden gerade angegriffen ", "wir unser angriff ",
        "we don't patch ", "wir haben kein MFA bei uns ", "u\u0308", "𝗨", "1.", "a", " ", "\n",
        "Unsere Erlöse stiegen um 9 % ", "erlöse", "überschuss", "we sold €4 million ", "Flut von Anfragen überrollt unsere Website heute ",
        "in the hands of an attacker since Monday our ", "\"VERTRAULICH – ", "„TLP:AMBER+STRICT – ", "lena.vogt79 [at] gmx [dot] de ", "a[at]", "x.y at z dot ",
        "+49 (0) 171 – ", "Spendenkonto DE89 3704 0044 0532 0130 00 ", "Polarlicht", "#Polarlicht2027 ", "das Polarlicht ",
    };

    [Theory]
    [InlineData("\uFFFE\u0301")]
    [InlineData("\uFFFF\u0308")]
    [InlineData("\uFDD0\u0301")]
    [InlineData("\uD800\u0301")]
    [InlineData("\uDC00\u0308")]
    [InlineData("\uD83D")]
    public void Characters_without_a_normal_form_are_checked_like_any_other(string odd)
    {
        var engine = GuardEngine.Create(new GuardSetup
        {
            Policy = new GuardPolicy
            {
                ConfidentialTerms = [new ConfidentialTerm("Projekt Falke")],
                QuietPeriods = [new QuietPeriod { From = new(2026, 12, 1), To = new(2027, 1, 20), Topics = ["Umsatz"] }],
            },
        });

        var result = engine.Check($"Unser Umsatz{odd} stieg um 12 % – mehr zu Projekt Falke{odd} bald.", new DateOnly(2026, 12, 15));

        Assert.Contains(result.Findings, f => f.Category == FindingCategory.Insider);
        Assert.Contains(result.Findings, f => f.Category == FindingCategory.Confidential);
    }

    [Fact]
    public void Random_mixes_of_odd_characters_never_end_a_check()
    {
        // Surrogates (paired and lone), noncharacters, combining marks, format characters, styled and full-width letters,
        // digits of other scripts, and the words the detectors look for.
        string[] pieces =
        [
            "\uFFFE", "\uFFFF", "\uFDD0", "\uD800", "\uDC00", "\uD83D\uDE00", "\u0301", "\u0308", "\u200D", "\u00AD", "\uFE0F",
            "𝗨𝗺𝘀𝗮𝘁𝘇", "Ｕｍｓａｔｚ", "٣", "ß", "ﬀ", "Umsatz", "Projekt Falke", "VS-NfD", "TLP:RED", "bei uns", "Exchange 2013",
            "+49 171 3920057", "DE89 3704 0044 0532 0130 00", "ghp_", "@", ".", " ", "\n", "\t", "1", "a",
        ];
        var engine = GuardEngine.Create(new GuardSetup
        {
            Policy = new GuardPolicy
            {
                ConfidentialTerms = [new ConfidentialTerm("Projekt Falke"), new ConfidentialTerm("Polarlicht", OnlyAsName: true)],
                QuietPeriods = [new QuietPeriod { From = new(2026, 12, 1), To = new(2027, 1, 20), Topics = ["Umsatz", "revenue"] }],
            },
        });
        var random = new Random(20261128);
        var text = new StringBuilder();
        for (var draft = 0; draft < 300000; draft++)
        {
            text.Clear();
            var count = random.Next(1, 40);
            for (var i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var result = engine.Check(text.ToString(), new DateOnly(2026, 12, 15));

            Assert.All(result.Findings, f => Assert.InRange(f.Offset + f.Length, 1, text.Length));
        }
    }

    [Theory]
    [MemberData(nameof(Repeated))]
    public void Repeated_trigger_words_finish_with_findings_no_longer_than_a_sentence(string unit)
    {
        var builder = new StringBuilder(Size + unit.Length);
        while (builder.Length < Size)
        {
            builder.Append(unit);
        }

        var context = new ScanContext(builder.ToString(), new DateOnly(2026, 12, 15), null);
        foreach (var detector in Detectors)
        {
            detector.Detect(context);
        }

        Assert.All(context.Findings, f => Assert.InRange(f.Length, 1, (2 * Sentences.MaxReach) + unit.Length));
    }
}
