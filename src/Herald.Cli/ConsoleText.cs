using System.Buffers;

namespace Herald.Cli;

/// <summary>Makes text safe to print on a terminal.</summary>
internal static class ConsoleText
{
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(static c => (char)c).Where(char.IsControl)]);

    /// <summary>
    /// Replaces control characters with spaces. File names and policy messages may hold escape sequences,
    /// which a terminal would act on.
    /// </summary>
    public static string Visible(string text) =>
        text.AsSpan().ContainsAny(ControlCharacters)
            ? string.Create(text.Length, text, static (dest, src) =>
            {
                for (var i = 0; i < src.Length; i++)
                {
                    dest[i] = char.IsControl(src[i]) ? ' ' : src[i];
                }
            })
            : text;
}
