using System.Globalization;
using System.Text;

namespace Herald.Guard.Secrets;

/// <summary>
/// Rewrites a Go RE2 pattern (the syntax of gitleaks configurations) into an equivalent .NET pattern.
/// Where the dialects differ:
/// <list type="bullet">
/// <item>Go's <c>\w \d \s \b</c> are ASCII-only; .NET's are Unicode. The classes are spelled out as ASCII sets so a
/// German umlaut never turns into part of a token (<c>\b</c> stays .NET's, which only differs next to non-ASCII letters).</item>
/// <item>Go's <c>$</c> without <c>(?m)</c> is the end of the text; .NET's also matches before a final line break: it becomes <c>\z</c>.</item>
/// <item>POSIX classes (<c>[[:alnum:]]</c>), <c>\Q…\E</c>, <c>(?P&lt;name&gt;</c>, <c>\x{…}</c>, one-letter Unicode classes (<c>\pL</c>) and octal escapes
/// are rewritten; a literal <c>[</c> inside a class is escaped so .NET never reads it as class subtraction.</item>
/// <item>The ungreedy flag <c>(?U)</c> has no .NET counterpart and is reported as unsupported.</item>
/// </list>
/// </summary>
internal static class Re2Translator
{
    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = @"\x00-\x7F",
        ["blank"] = @"\t ",
        ["cntrl"] = @"\x00-\x1F\x7F",
        ["digit"] = "0-9",
        ["graph"] = @"!-~",
        ["lower"] = "a-z",
        ["print"] = @" -~",
        ["punct"] = @"!-/:-@\[-`{-~",
        ["space"] = @"\t\n\v\f\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    private const string Word = "0-9A-Za-z_";
    private const string Digit = "0-9";
    private const string Space = @"\t\n\f\r ";

    /// <summary>Translates <paramref name="pattern"/>; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static string? Translate(string pattern, out string? error)
    {
        error = null;
        var output = new StringBuilder(pattern.Length + 32);
        var multiline = SetsFlag(pattern, 'm');
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (!TranslateEscape(pattern, ref i, output, inClass: false, out error))
                    {
                        return null;
                    }

                    continue;
                case '[':
                    if (!TranslateClass(pattern, ref i, output, out error))
                    {
                        return null;
                    }

                    continue;
                case '(':
                    if (!TranslateGroupOpen(pattern, ref i, output, out error))
                    {
                        return null;
                    }

                    continue;
                case '$':
                    output.Append(multiline ? "$" : @"\z");
                    break;
                default:
                    output.Append(c);
                    break;
            }

            i++;
        }

        return output.ToString();
    }

    // Go allows flags such as (?im) or (?sm:…); a pattern that sets m anywhere keeps $ as a line anchor.
    private static bool SetsFlag(string pattern, char flag)
    {
        for (var at = pattern.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?", at + 2, StringComparison.Ordinal))
        {
            for (var j = at + 2; j < pattern.Length && pattern[j] != '-' && char.IsAsciiLetter(pattern[j]); j++)
            {
                if (pattern[j] == flag)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TranslateGroupOpen(string pattern, ref int i, StringBuilder output, out string? error)
    {
        error = null;
        if (i + 1 < pattern.Length && pattern[i + 1] == '?')
        {
            if (pattern.AsSpan(i).StartsWith("(?P<"))
            {
                output.Append("(?<");
                i += 4;
                return true;
            }

            // Flag groups: (?i) (?-i:…) (?is) … .NET spells them the same way; only U is missing.
            var j = i + 2;
            while (j < pattern.Length && (char.IsAsciiLetter(pattern[j]) || pattern[j] == '-'))
            {
                if (pattern[j] == 'U')
                {
                    error = "the ungreedy flag (?U) is not supported";
                    return false;
                }

                j++;
            }
        }

        output.Append('(');
        i++;
        return true;
    }

    private static bool TranslateClass(string pattern, ref int i, StringBuilder output, out string? error)
    {
        error = null;
        var start = i;
        output.Append('[');
        i++;
        if (i < pattern.Length && pattern[i] == '^')
        {
            output.Append('^');
            i++;
        }

        // A ']' right after '[' or '[^' is a literal in both dialects.
        if (i < pattern.Length && pattern[i] == ']')
        {
            output.Append(@"\]");
            i++;
        }

        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == ']')
            {
                output.Append(']');
                i++;
                return true;
            }

            if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                var end = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    error = "unterminated POSIX class";
                    return false;
                }

                var name = pattern[(i + 2)..end];
                if (name.StartsWith('^'))
                {
                    error = $"the negated POSIX class [:{name}:] is not supported";
                    return false;
                }

                if (!PosixClasses.TryGetValue(name, out var set))
                {
                    error = $"unknown POSIX class [:{name}:]";
                    return false;
                }

                output.Append(set);
                i = end + 2;
                continue;
            }

            if (c == '[')
            {
                // Literal in Go; in .NET "-[" would start a class subtraction.
                output.Append(@"\[");
                i++;
                continue;
            }

            if (c == '\\')
            {
                if (!TranslateEscape(pattern, ref i, output, inClass: true, out error))
                {
                    return false;
                }

                continue;
            }

            output.Append(c);
            i++;
        }

        error = $"unterminated character class starting at offset {start}";
        return false;
    }

    private static bool TranslateEscape(string pattern, ref int i, StringBuilder output, bool inClass, out string? error)
    {
        error = null;
        if (i + 1 >= pattern.Length)
        {
            error = "trailing backslash";
            return false;
        }

        var c = pattern[i + 1];
        switch (c)
        {
            case 'w':
                output.Append(inClass ? Word : "[" + Word + "]");
                break;
            case 'd':
                output.Append(inClass ? Digit : "[" + Digit + "]");
                break;
            case 's':
                output.Append(inClass ? Space : "[" + Space + "]");
                break;
            case 'W' or 'D' or 'S':
                // Inside a class a negated set cannot be spelled out; .NET's own \W \D \S differ only for non-ASCII.
                output.Append(inClass ? "\\" + c : "[^" + (c == 'W' ? Word : c == 'D' ? Digit : Space) + "]");
                break;
            case 'z' when !inClass:
                output.Append(@"\z");
                break;
            case 'Q':
                var end = pattern.IndexOf(@"\E", i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                foreach (var ch in literal)
                {
                    AppendLiteral(output, ch, inClass);
                }

                i = end < 0 ? pattern.Length : end + 2;
                return true;
            case 'x' when i + 2 < pattern.Length && pattern[i + 2] == '{':
                var close = pattern.IndexOf('}', i + 3);
                if (close < 0 || !int.TryParse(pattern.AsSpan(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF)
                {
                    error = "invalid \\x{…} escape";
                    return false;
                }

                if (code > 0xFFFF)
                {
                    if (inClass)
                    {
                        error = "a code point above U+FFFF inside a character class is not supported";
                        return false;
                    }

                    var pair = char.ConvertFromUtf32(code);
                    output.Append(CultureInfo.InvariantCulture, $"(?:\\u{(int)pair[0]:X4}\\u{(int)pair[1]:X4})");
                }
                else
                {
                    output.Append(CultureInfo.InvariantCulture, $"\\u{code:X4}");
                }

                i = close + 1;
                return true;
            case 'p' or 'P' when i + 2 < pattern.Length && pattern[i + 2] != '{':
                output.Append('\\').Append(c).Append('{').Append(pattern[i + 2]).Append('}');
                i += 3;
                return true;
            case 'C':
                error = "\\C (any byte) is not supported";
                return false;
            case >= '0' and <= '7':
                // Go reads \1 … \377 as octal; .NET would read them as back references.
                var digits = 1;
                while (digits < 3 && i + 1 + digits < pattern.Length && pattern[i + 1 + digits] is >= '0' and <= '7')
                {
                    digits++;
                }

                var value = Convert.ToInt32(pattern.Substring(i + 1, digits), 8);
                output.Append(CultureInfo.InvariantCulture, $"\\x{value:X2}");
                i += 1 + digits;
                return true;
            default:
                output.Append('\\').Append(c);
                break;
        }

        i += 2;
        return true;
    }

    private static void AppendLiteral(StringBuilder output, char c, bool inClass)
    {
        if (inClass ? c is '\\' or ']' or '[' or '^' or '-' : "\\*+?|{}[]()^$.#".Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c))
        {
            output.Append('\\');
        }

        output.Append(c);
    }
}
