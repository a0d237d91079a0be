using System.Buffers;

namespace Herald.Guard.Secrets;

/// <summary>
/// Recognises values that only stand in for a secret: documentation examples (AWS's <c>AKIAIOSFODNN7EXAMPLE</c>),
/// <c>xxxx…</c>, <c>your-api-key</c>, <c>&lt;token&gt;</c>, <c>${GITHUB_TOKEN}</c>, <c>{{ secret }}</c>, <c>changeme</c>,
/// <c>****</c>, <c>REDACTED</c>, one repeated or one ascending run of characters, and values that say "example", "dummy",
/// "sample" or "test", values cut short with "…" and SOPS-encrypted values (<c>ENC[…]</c>). Every built-in rule runs its secret through this one filter. Stateless and thread-safe.
/// </summary>
internal static class Placeholders
{
    // Words that mark a value as made up wherever they occur in it.
    private static readonly SearchValues<string> MarkerWords = SearchValues.Create(
        ["example", "dummy", "sample", "placeholder", "changeme", "change_me", "change-me", "redacted", "your_", "your-",
         "yourapi", "yourtoken", "yourkey", "yoursecret", "yourpass", "xxxx", "****", "...", "…", "####", "enc[", "test", "insert",
         "replace_", "replace-", "todo", "<", ">", "${", "$(", "{{", "}}", "[password", "[token", "%s", "lorem", "sha256:", "deadbeefdeadbeef"],
        StringComparison.OrdinalIgnoreCase);

    // Whole values that are names for a secret, not a secret, or passwords so famous that they appear as the bad example in
    // awareness posts ("never use Passwort123"): flagging them would only teach people to ignore the Guard.
    private static readonly HashSet<string> WholeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwort", "kennwort", "passwd", "pwd", "secret", "geheim", "token", "apikey", "api_key", "api-key",
        "accesstoken", "access_token", "key", "value", "none", "null", "nil", "undefined", "true", "false", "string",
        "required", "optional", "hidden", "masked", "empty", "foo", "bar", "baz", "foobar", "qux", "user", "username",
        "pass", "pw", "abc", "abc123", "abcdef", "qwerty", "qwertz", "asdf", "letmein", "hunter2", "welcome", "welcome1",
        "password1", "password123", "passwort123", "passwort1", "p@ssw0rd", "passw0rd", "p@ssword", "geheim123",
        "iloveyou", "admin123", "changeit", "secret123", "12345678", "123456789", "1234567890",
    };

    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>True when <paramref name="value"/> is a stand-in rather than a real secret.</summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim().Trim("\"'`");
        if (trimmed.Length < 4)
        {
            return true;
        }

        if (trimmed.IndexOfAny(MarkerWords) >= 0)
        {
            return true;
        }

        var lookup = WholeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(trimmed))
        {
            return true;
        }

        if (IsVariableReference(trimmed) || IsBracketedName(trimmed) || IsCodeLookup(trimmed))
        {
            return true;
        }

        return IsRunOfCharacters(trimmed);
    }

    // $API_KEY, $password, %APPDATA% and @TOKEN@ are references that a program fills in.
    private static bool IsVariableReference(ReadOnlySpan<char> value)
    {
        if (value[0] == '$' && value.Length > 1 && (char.IsAsciiLetter(value[1]) || value[1] == '_' || char.IsAsciiDigit(value[1])))
        {
            return !value[1..].ContainsAnyExcept(IdentifierChars);
        }

        return value.Length > 2 && ((value[0] == '%' && value[^1] == '%') || (value[0] == '@' && value[^1] == '@'))
            && !value[1..^1].ContainsAnyExcept(IdentifierChars);
    }

    // os.environ["DB_PASSWORD"], getenv("PW"), config.get('password'): code that looks the value up, cut at the quote by a pattern ("os.environ[").
    private static bool IsCodeLookup(ReadOnlySpan<char> value)
    {
        var open = value.IndexOfAny('[', '(');
        return open > 0 && char.IsAsciiLetter(value[0]) && !value[..open].ContainsAnyExcept(IdentifierChars);
    }

    private static readonly SearchValues<char> IdentifierChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");

    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzäöüÄÖÜß_.- ");

    // {password}, [PASSWORD], (token): a name in brackets, no digits, stands for the value.
    private static bool IsBracketedName(ReadOnlySpan<char> value) =>
        value.Length > 2
        && ((value[0] == '{' && value[^1] == '}') || (value[0] == '[' && value[^1] == ']') || (value[0] == '(' && value[^1] == ')'))
        && !value[1..^1].Trim("{}").ContainsAnyExcept(NameChars);

    // One repeated character, or one ascending run ("abcdefgh", "123456789", "0123456789abcdef…"), or mostly so.
    private static bool IsRunOfCharacters(ReadOnlySpan<char> value)
    {
        var previous = -1;
        var pairs = 0;
        var same = 0;
        var ascending = 0;
        var run = 1;
        var longestRun = 1;
        var first = -1;
        var allSame = true;
        foreach (var c in value)
        {
            var index = Alphabet.IndexOf(char.ToLowerInvariant(c));
            if (index < 0)
            {
                continue;
            }

            if (first < 0)
            {
                first = index;
            }
            else if (index != first)
            {
                allSame = false;
            }

            if (previous >= 0)
            {
                pairs++;
                if (index == previous)
                {
                    same++;
                }

                if (index == previous + 1)
                {
                    ascending++;
                    run++;
                    longestRun = Math.Max(longestRun, run);
                }
                else
                {
                    run = 1;
                }
            }

            previous = index;
        }

        if (first < 0)
        {
            // Only punctuation: ****, ----, ~~~~.
            return true;
        }

        // Thresholds: real keys from a random generator essentially never contain an ascending run of 12 or have
        // 90 % of neighbours in sequence; typed stand-ins ("abcdefghijklmnopqrstuvwxyz123") always do.
        return allSame || (pairs >= 5 && (ascending + same) >= 0.9 * pairs) || longestRun >= 12;
    }
}
