using System.Text;
using Herald.Scout;

namespace Herald.Cli.Scout;

/// <summary>Writes each shortlisted person's invitation draft as two text files, <c>01-ID.de.txt</c> and <c>01-ID.en.txt</c>.</summary>
internal static class InvitationFiles
{
    public static int Write(string folder, IReadOnlyList<ShortlistEntry> shortlist)
    {
        Directory.CreateDirectory(folder);
        var digits = Math.Max(2, shortlist.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var written = 0;
        foreach (var entry in shortlist)
        {
            // The rank prefix keeps names unique even when two ids map to the same safe file name.
            var stem = $"{entry.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0')}-{SafeName(entry.Assessment.Person.Id)}";
            foreach (var lang in new[] { "de", "en" })
            {
                var text = $"{(lang == "de" ? "Betreff" : "Subject")}: {entry.Invitation.Subject.Get(lang)}\n\n{entry.Invitation.Body.Get(lang)}\n";
                File.WriteAllText(Path.Combine(folder, $"{stem}.{lang}.txt"), text, new UTF8Encoding(false));
                written++;
            }
        }

        return written;
    }

    private static string SafeName(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return builder.Length > 64 ? builder.ToString(0, 64) : builder.ToString();
    }
}
