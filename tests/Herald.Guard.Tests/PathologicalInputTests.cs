using System.Text;
using Herald.Guard.Classification;
using Herald.Guard.Detection;
using Herald.Guard.Insider;
using Herald.Guard.Policy;
using Herald.Guard.Posture;
using Herald.Guard.Text;

namespace Herald.Guard.Tests;

/// <summary>
/// Inputs built to make the marking, insider and posture checks work hard: every pattern is
/// non-backtracking and every look-around is bounded, so they finish in linear time. The tests run the
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
    ];

    public static TheoryData<string> Repeated { get; } = new()
    {
        "VERTRAULICH ", "VS-NfD\n", "Einstufung: vertraulich ", "TLP:RED TLP:GREEN ", "Unser Umsatz stieg um 12 % ", "umsatz",
        "annual  results ", "bei uns PHP 5.6 ", "Exchange 2013 ", "wir werden gerade angegriffen ", "wir unser angriff ",
        "we don't patch ", "wir haben kein MFA bei uns ", "u\u0308", "𝗨", "1.", "a", " ", "\n",
    };

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
