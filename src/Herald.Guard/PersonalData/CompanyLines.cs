using System.Text.RegularExpressions;
using Herald.Guard.Text;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Whether a landline number is labelled as a line of the company rather than a person's: „Pressetelefon: 040 66969 150“,
/// "Switchboard: …", „Zentrale: …“, "Service hotline …", „Unsere Zentrale unter 040 / 66969-100“, "our switchboard at …". Such numbers are published to be called, like the allow list's
/// hotline. A mobile number stays personal data whatever its label: "Press: 0171 …" is someone's phone. Runs only on
/// numbers that are already valid phone numbers, so it costs nothing elsewhere.
/// </summary>
internal static class CompanyLines
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // How far before the number, on its line, the label is looked for.
    private const int LabelReach = 40;

    // The label right before the number, with only a colon, a dash or spaces between.
    private static readonly BoundedRegex Label = new(
        @"(?:^|[^\w])(?:\w*presse\w*|press(?:[\p{Zs}\t]+(?:line|office|desk|phone|hotline|contact))?|\w*zentrale|switchboard|main[\p{Zs}\t]+(?:line|number)"
        + @"|\w*hotline|kundenservice|customer[\p{Zs}\t]+service|service(?:[\p{Zs}\t]*desk|-?hotline|telefon|nummer)?|helpdesk|help[\p{Zs}\t]+desk|empfang|reception"
        + @"|vermittlung|support(?:[\p{Zs}\t]+line)?)(?:[\p{Zs}\t]+(?:(?:erreichbar|reachable)[\p{Zs}\t]+)?(?:unter|at|on|via|ist|is))?[\p{Zs}\t]*[:\-–—]?[\p{Zs}\t]*$",
        Options);

    /// <summary>Whether the number starting at <paramref name="start"/> has a company line's label before it on its line.</summary>
    public static bool IsLabelled(ReadOnlySpan<char> text, int start)
    {
        return Label.IsMatch(TextLines.BeforeOnLine(text, start, LabelReach));
    }
}
