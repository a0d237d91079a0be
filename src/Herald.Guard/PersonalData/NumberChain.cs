namespace Herald.Guard.PersonalData;

/// <summary>
/// A run of digit groups as people write numbers: <c>+49 (0)30 123456-78</c>, <c>4111 1111 1111 1111</c>,
/// <c>0151/23456789</c>, <c>+49 (0) 171 – 39 200 57</c>. Groups are joined by one separator (a space, '-' or an en dash
/// or hyphen, '/', '.', or a dash or slash with spaces around it); a group may be parenthesised. Reading one is allocation-free: the
/// digits and group boundaries go into caller-provided (stack) buffers.
/// </summary>
internal ref struct NumberChain
{
    /// <summary>Offset of the first character ('+', '(' or a digit).</summary>
    public int Start;

    /// <summary>Offset just after the last digit group (or its closing parenthesis).</summary>
    public int End;

    /// <summary>Offset just after an extension such as <c>x123</c>, or <see cref="End"/> when there is none.</summary>
    public int ExtensionEnd;

    public bool Plus;
    public int Parentheses;
    public Separators Separators;

    /// <summary>Whether a dash or slash with spaces around it joins two groups: "030 1234567 / 0171 1234567" may be two numbers.</summary>
    public bool HasSpacedMark;
    public int GroupCount;

    /// <summary>More digits or groups than the buffers hold: far longer than any number we check.</summary>
    public bool Overflow;

    /// <summary>Every digit of the groups in order (not those of the extension).</summary>
    public Span<char> Digits;

    /// <summary>Number of digits in each group.</summary>
    public Span<int> GroupDigits;

    /// <summary>Offset just after each group.</summary>
    public Span<int> GroupEnds;

    /// <summary>The separator before each group (<see cref="Separators.None"/> for the first).</summary>
    public Span<Separators> GroupSeparators;

    /// <summary>
    /// Reads the chain that starts at <paramref name="start"/> (a '+', a '(' or a digit). With
    /// <paramref name="stopAtSpacedMark"/>, a spaced dash or slash ends it instead of joining.
    /// </summary>
    public static NumberChain Read(ReadOnlySpan<char> text, int start, in NumberChainBuffers buffers, bool stopAtSpacedMark = false)
    {
        var chain = new NumberChain { Start = start, End = start };
        var digitCount = 0;
        var separatorBefore = Separators.None;
        var position = start;
        if (text[position] == '+')
        {
            chain.Plus = true;
            position++;
        }

        while (position < text.Length)
        {
            int groupStart, groupEnd, after;
            if (text[position] == '(')
            {
                groupStart = position + 1;
                groupEnd = SkipDigits(text, groupStart);
                if (groupEnd == groupStart || groupEnd >= text.Length || text[groupEnd] != ')')
                {
                    break;
                }

                chain.Parentheses++;
                after = groupEnd + 1;
            }
            else if (char.IsAsciiDigit(text[position]))
            {
                groupStart = position;
                groupEnd = SkipDigits(text, position);
                after = groupEnd;
            }
            else
            {
                break;
            }

            if (chain.GroupCount == buffers.GroupDigits.Length || digitCount + (groupEnd - groupStart) > buffers.Digits.Length)
            {
                chain.Overflow = true;
            }
            else
            {
                text[groupStart..groupEnd].CopyTo(buffers.Digits[digitCount..]);
                digitCount += groupEnd - groupStart;
                buffers.GroupDigits[chain.GroupCount] = groupEnd - groupStart;
                buffers.GroupEnds[chain.GroupCount] = after;
                buffers.GroupSeparators[chain.GroupCount] = separatorBefore;
                chain.GroupCount++;
            }

            chain.End = after;
            var (next, separator) = ReadSeparator(text, after);
            if (next == after && !ContinuesWithoutSeparator(text, after))
            {
                break;
            }

            var spacedMark = (separator & Separators.Space) != 0 && (separator & (Separators.Dash | Separators.Slash)) != 0;
            if (spacedMark && stopAtSpacedMark)
            {
                break;
            }

            chain.HasSpacedMark |= spacedMark;
            chain.Separators |= separator;
            separatorBefore = separator;
            position = next;
        }

        chain.ExtensionEnd = ReadExtension(text, chain.End);
        chain.Digits = buffers.Digits[..digitCount];
        chain.GroupDigits = buffers.GroupDigits[..chain.GroupCount];
        chain.GroupEnds = buffers.GroupEnds[..chain.GroupCount];
        chain.GroupSeparators = buffers.GroupSeparators[..chain.GroupCount];
        return chain;
    }

    /// <summary>Whether a space-like character: plain, no-break or narrow no-break space.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    // A separator only counts when another group follows it; otherwise the chain ends before it.
    private static (int Next, Separators Separator) ReadSeparator(ReadOnlySpan<char> text, int position)
    {
        var next = position;
        var separator = Separators.None;
        if (next < text.Length && IsSpace(text[next]))
        {
            separator |= Separators.Space;
            next++;
        }

        if (next < text.Length && text[next] is '-' or '/' or '.' or '\u2010' or '\u2011' or '\u2013')
        {
            // Word processors turn "0171 - 3920057" into an en dash ("+49 (0) 171 – 39 200 57"): a dash like any other.
            var mark = text[next] switch
            {
                '-' or '\u2010' or '\u2011' or '\u2013' => Separators.Dash,
                '/' => Separators.Slash,
                _ => Separators.Dot,
            };

            // "030 .123" is not a number; "030 / 123" and "030 - 123" are.
            if (mark == Separators.Dot && separator != Separators.None)
            {
                return (position, Separators.None);
            }

            separator |= mark;
            next++;
            if (mark != Separators.Dot && next < text.Length && IsSpace(text[next]))
            {
                separator |= Separators.Space;
                next++;
            }
        }

        var continues = next < text.Length
            && (char.IsAsciiDigit(text[next]) || (text[next] == '(' && next + 1 < text.Length && char.IsAsciiDigit(text[next + 1])));
        return continues && separator != Separators.None ? (next, separator) : (position, Separators.None);
    }

    // "+49(0)30…" and "(030)123…": a parenthesised group needs no separator around it.
    private static bool ContinuesWithoutSeparator(ReadOnlySpan<char> text, int after) =>
        after < text.Length
        && (text[after] == '(' || (text[after - 1] == ')' && char.IsAsciiDigit(text[after])));

    // "x123" right after a number is an extension in North American style.
    private static int ReadExtension(ReadOnlySpan<char> text, int end)
    {
        const int MaxExtensionDigits = 6;
        if (end + 1 < text.Length && text[end] is 'x' or 'X' && char.IsAsciiDigit(text[end + 1]))
        {
            var extensionEnd = SkipDigits(text, end + 1);
            return extensionEnd - end - 1 <= MaxExtensionDigits ? extensionEnd : end;
        }

        return end;
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int position)
    {
        var rest = text[position..].IndexOfAnyExceptInRange('0', '9');
        return rest < 0 ? text.Length : position + rest;
    }
}
