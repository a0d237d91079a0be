using System.Text;
using Herald.Guard.Policy;

namespace Herald.Guard.Tests;

public sealed class ExcerptTests
{
    private static readonly GuardEngine Engine = GuardEngine.Create(new GuardSetup
    {
        Policy = new GuardPolicy { Organization = new OrganizationPolicy { InternalDomains = ["corp.brennholt.de"] } },
    });

    [Fact]
    public void Excerpt_of_a_host_finding_never_shows_the_password_in_the_same_url()
    {
        var result = Engine.Check("Unser Build holt die Pakete von https://deploy:Xq7!vR2p9Lm@nexus.corp.brennholt.de/repository – praktisch!");

        Assert.Contains(result.Findings, f => f.Category == FindingCategory.Confidential);
        Assert.Contains(result.Findings, f => f.Category == FindingCategory.Secret);
        Assert.All(result.Findings, f => Assert.DoesNotContain("Xq7!vR2p9Lm", f.Excerpt, StringComparison.Ordinal));
    }

    [Fact]
    public void Excerpt_masks_other_personal_data_on_the_same_line()
    {
        var result = Engine.Check("Schreibt an nexus.corp.brennholt.de oder an jana.beispiel@gmail.com, IBAN DE89 3704 0044 0532 0130 00.");

        var host = Assert.Single(result.Findings, f => f.Category == FindingCategory.Confidential);
        Assert.DoesNotContain("jana.beispiel@gmail.com", host.Excerpt, StringComparison.Ordinal);
        Assert.Equal("nexus.corp.brennholt.de", host.Excerpt.Substring(host.ExcerptStart, host.ExcerptLength));
    }

    [Fact(Timeout = 120_000)]
    public async Task Thousands_of_findings_on_one_long_line_stay_linear_and_redacted()
    {
        // 20,000 valid IBANs on a single 600 KB line: every excerpt must be built from a small window.
        var line = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            line.Append("DE89370400440532013000 ");
        }

        var result = await Task.Run(() => Engine.Check(line.ToString()), TestContext.Current.CancellationToken);

        Assert.Equal(20_000, result.Findings.Count);
        Assert.All(result.Findings, f =>
        {
            Assert.True(f.Excerpt.Length < 200, "excerpts are short");
            Assert.DoesNotContain("DE89370400440532013000", f.Excerpt, StringComparison.Ordinal);
        });
    }
}
