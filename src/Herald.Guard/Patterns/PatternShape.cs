namespace Herald.Guard.Patterns;

/// <summary>What the text of a pattern tells about its matches, worked out once when a rule is loaded.</summary>
internal static class PatternShape
{
    /// <summary>
    /// Whether the pattern's only capture group is all of it apart from zero-width anchors: <c>\b(ghp_[A-Za-z0-9]{36})\b</c>,
    /// <c>(?i)\b(key-[a-f0-9]{32})\b</c>. Then the group is the match, and a match can be found without computing captures,
    /// which the linear-time engine does in a separate, much slower pass. <paramref name="groups"/> counts group 0 too.
    /// </summary>
    public static bool GroupIsWholeMatch(string pattern, int groups)
    {
        if (groups != 2)
        {
            return false;
        }

        var body = pattern.AsSpan();
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var anchor in (ReadOnlySpan<string>)["(?i)", @"\b", "^"])
            {
                if (body.StartsWith(anchor, StringComparison.Ordinal))
                {
                    body = body[anchor.Length..];
                    trimmed = true;
                }
            }

            foreach (var anchor in (ReadOnlySpan<string>)[@"\b", "$"])
            {
                if (body.EndsWith(anchor, StringComparison.Ordinal) && !IsEscaped(body, body.Length - anchor.Length))
                {
                    body = body[..^anchor.Length];
                    trimmed = true;
                }
            }
        }

        return body.Length >= 2 && body[0] == '(' && body[1] != '?' && ClosingParenthesis(body) == body.Length - 1;
    }

    // The index of the parenthesis that closes the group opened at 0, skipping escapes and character classes; -1 if none.
    private static int ClosingParenthesis(ReadOnlySpan<char> pattern)
    {
        var depth = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                // A ']' right after '[' or '[^' is a literal.
                i += i + 1 < pattern.Length && pattern[i + 1] == '^' ? 1 : 0;
                i += i + 1 < pattern.Length && pattern[i + 1] == ']' ? 1 : 0;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsEscaped(ReadOnlySpan<char> pattern, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && pattern[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
