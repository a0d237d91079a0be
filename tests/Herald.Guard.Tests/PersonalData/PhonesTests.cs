using Herald.Guard.PersonalData;

namespace Herald.Guard.Tests.PersonalData;

public sealed class PhonesTests
{
    // Mobile, city, service and hotline ranges, so every number type comes up.
    private static readonly string[] Prefixes = ["151", "160", "176", "30", "40", "89", "221", "3361", "800", "180", "137", "900", "700", "116", "32", "1"];

    [Fact]
    public void German_numbers_are_judged_exactly_as_libphonenumber_parses_them()
    {
        var random = new Random(49);
        for (var i = 0; i < 3_000; i++)
        {
            var prefix = Prefixes[random.Next(Prefixes.Length)];
            var rest = string.Concat(Enumerable.Range(0, random.Next(2, 10)).Select(_ => (char)('0' + random.Next(10))));
            var national = prefix + rest;

            var direct = Phones.IsPersonalGerman(national);

            Assert.Equal(Phones.IsPersonal("0" + national, Phones.DefaultRegion), direct);
            Assert.Equal(Phones.IsPersonal("+49 " + national, Phones.DefaultRegion), direct);
            Assert.Equal(Phones.IsPersonal("+49 (0)" + national, Phones.DefaultRegion), direct);
        }
    }
}
