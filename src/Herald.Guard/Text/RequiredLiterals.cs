using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Herald.Guard.Patterns;

namespace Herald.Guard.Text;

/// <summary>
/// Literal strings of which every match of a pattern contains at least one, read from the pattern itself: for
/// <c>\b(?:kein|ohne)_+(?:mfa|edr)</c> they are "kein" and "ohne" (or "mfa" and "edr"), for <c>l(?:ä|ae)uft</c>
/// "läuft" and "laeuft". A text that holds none of them cannot match, and a vectorised search says so in a fraction of
/// the time any regular-expression engine needs to find out: most of the Guard's sentence patterns are asked about
/// sentences that hold none of their words.
/// </summary>
/// <remarks>
/// The reading is conservative: where the pattern could match without any particular literal (an optional part, a class,
/// a back reference, a lookaround) no literal is required of it, and a construct this reader does not know makes it
/// require nothing of the whole pattern. A wrong answer here would lose matches, so <c>RequiredLiteralsTests</c> holds it
/// to the patterns' own answers on the corpus and the secret samples.
/// </remarks>
internal static class RequiredLiterals
{
    // Cross products of alternatives ("l" + "ä|ae" + "uft") stay below this many strings, and a set of alternatives above
    // the larger number is not worth a search.
    private const int MaxProduct = 64;
    private const int MaxSet = 1024;

    // The search pays for itself when it is vectorised and rarely stops to verify a candidate: measured on the corpus's
    // sentences, up to two dozen strings of three or more characters cost 40–300 ns a sentence, against 150–2,000 ns for the
    // pattern; two-character words ("it", "on") or sets of 40 and more cost as much as the pattern or more.
    private const int MinLength = 3;
    private const int MaxSearched = 24;

    // Characters that an ignore-case pattern matches for a Latin letter although ordinal ignore-case comparison does not
    // (the Kelvin sign for "k", the Ångström sign for "å", the capital sharp s for "ß", the Turkish
    // dotted and dotless i, the capital lambda with stroke for "ƛ"). A text holding one of them is always handed to the
    // pattern. RequiredLiteralsTests proves the list complete for every Latin character.
    private static readonly SearchValues<char> UnusualCase = SearchValues.Create("\u212A\u212B\u1E9E\u0130\u0131\uA7DC");

    /// <summary>
    /// The literals every match of <paramref name="pattern"/> contains one of, and whether they compare ignoring case; or
    /// null when no such set was found.
    /// </summary>
    public static (string[] Literals, bool IgnoreCase)? Of(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.ECMAScript)) != 0)
        {
            return null;
        }

        var reader = new Reader(pattern, (options & RegexOptions.IgnoreCase) != 0);
        var node = reader.ReadAlternation();
        if (reader.Failed || reader.Position != pattern.Length || node.Required is not { Length: > 0 } required)
        {
            return null;
        }

        return (required, reader.IgnoreCase);
    }

    /// <summary>
    /// A search for <paramref name="pattern"/>'s required literals, or null when it has none worth searching for (see
    /// <see cref="MinLength"/>). The vectorised search is kept to ASCII: a literal with other characters is searched by its longest ASCII part ("läuft" by "uft"), because one
    /// non-ASCII string, compared ignoring case, turns the vectorised search into a scalar one that is slower than the
    /// pattern itself; and a literal that holds another one of the set is left out ("unsere" where "unser" is searched).
    /// </summary>
    public static Prefilter? PrefilterFor(string pattern, RegexOptions options)
    {
        if (Of(pattern, options) is not var (literals, ignoreCase))
        {
            return null;
        }

        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var ascii = Shortest(literals.Select(LongestAsciiPart).Distinct(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal).ToList(), comparison);
        if (ascii.Length <= MaxSearched && ascii.All(a => a.Length >= MinLength || (!ignoreCase && IsRareInProse(a))))
        {
            return new Prefilter(ascii, ignoreCase, automaton: false);
        }

        // Long lists of words ("Exchange", "Windows Server" … 116 products) and short words ("it", "on") go to an
        // Aho-Corasick automaton: one table lookup per character, whatever the number of words, which still costs a
        // sentence a fraction of what the pattern costs.
        // The automaton folds a text's characters to lower case one by one; a character outside ASCII whose lower case is
        // ASCII (the Kelvin sign) would not meet itself there, so literals holding one are not searched this way.
        var all = Shortest([.. literals.Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
        return all.All(a => a.Length >= 2 && !a.Any(c => !char.IsAscii(c) && char.IsAscii(char.ToLowerInvariant(c))))
            ? new Prefilter(all, ignoreCase, automaton: true)
            : null;
    }

    // A two-character string compared by case that holds no lower-case letter ("SK", "A3") seldom occurs in running text,
    // unlike "it" or "on": the vectorised search rarely stops at it.
    private static bool IsRareInProse(string literal) => literal.Length == 2 && !literal.Any(char.IsLower);

    // Leaves out every literal that holds another one: a text holding "unsere" holds "unser".
    private static string[] Shortest(List<string> literals, StringComparison comparison) =>
        [.. literals.Where(a => !literals.Any(b => b.Length < a.Length && a.Contains(b, comparison)))];

    private static string LongestAsciiPart(string literal)
    {
        var (best, start) = (0..0, 0);
        for (var i = 0; i <= literal.Length; i++)
        {
            if (i == literal.Length || !char.IsAscii(literal[i]))
            {
                if (i - start > best.End.Value - best.Start.Value)
                {
                    best = start..i;
                }

                start = i + 1;
            }
        }

        return literal[best];
    }

    /// <summary>Says cheaply that a text cannot match, because it holds none of the pattern's required literals.</summary>
    internal sealed class Prefilter
    {
        private readonly SearchValues<string>? _literals;
        private readonly KeywordAutomaton? _automaton;
        private readonly bool _ignoreCase;

        public Prefilter(string[] searched, bool ignoreCase, bool automaton)
        {
            Searched = searched;
            _ignoreCase = ignoreCase;
            if (automaton)
            {
                // The automaton compares ignoring case, which for a case-sensitive pattern only lets a few more texts through.
                _automaton = new KeywordAutomaton([.. searched.Select(s => (s, 0))]);
            }
            else
            {
                _literals = SearchValues.Create(searched, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            }
        }

        /// <summary>The strings searched for.</summary>
        public IReadOnlyList<string> Searched { get; }

        /// <summary>Whether the strings are searched by an automaton rather than a vectorised search.</summary>
        public bool UsesAutomaton => _automaton is not null;

        /// <summary>Whether the strings are compared ignoring case.</summary>
        public bool IgnoreCase => _ignoreCase;

        /// <summary>True when <paramref name="input"/> holds none of the literals (and, ignoring case, no character that folds unusually).</summary>
        public bool RulesOut(ReadOnlySpan<char> input) =>
            !(_literals is not null ? input.ContainsAny(_literals) : _automaton!.FoundIn(input)) && !(_ignoreCase && input.ContainsAny(UnusualCase));
    }

    // What a part of the pattern says about its matches: Exact, when it matches one of these strings and nothing else
    // (zero-width parts match exactly ""); Required, literals each match contains one of (null: none known).
    private readonly record struct Node(string[]? Exact, string[]? Required)
    {
        public static readonly Node Unknown = new(null, null);
        public static readonly Node Empty = new([""], null);

        public static Node Literal(string value) => new([value], value.Length > 0 ? [value] : null);

        public static Node OfExact(string[] exact) => new(exact, exact.Any(e => e.Length == 0) ? null : exact);
    }

    private sealed class Reader(string pattern, bool ignoreCase)
    {
        // The node of each ASCII character, made once: patterns are mostly ASCII letters.
        private static readonly Node[] AsciiLiterals = [.. Enumerable.Range(0, 128).Select(c => Node.Literal(((char)c).ToString()))];

        public int Position { get; private set; }

        public bool Failed { get; private set; }

        public bool IgnoreCase { get; private set; } = ignoreCase;

        // alternation := sequence ('|' sequence)*
        public Node ReadAlternation()
        {
            var branches = new List<Node> { ReadSequence() };
            while (!Failed && Position < pattern.Length && pattern[Position] == '|')
            {
                Position++;
                branches.Add(ReadSequence());
            }

            return branches.Count == 1 ? branches[0] : Union(branches);
        }

        private static Node Union(List<Node> branches)
        {
            string[]? exact = null;
            if (branches.All(b => b.Exact is not null) && branches.Sum(b => b.Exact!.Length) <= MaxSet)
            {
                exact = [.. branches.SelectMany(b => b.Exact!).Distinct(StringComparer.Ordinal)];
            }

            string[]? required = null;
            if (branches.All(b => b.Required is not null) && branches.Sum(b => b.Required!.Length) <= MaxSet)
            {
                required = [.. branches.SelectMany(b => b.Required!).Distinct(StringComparer.Ordinal)];
            }

            return new Node(exact, required);
        }

        // sequence := (atom quantifier?)*; adjacent exact parts are joined ("l" "ä|ae" "uft" → "läuft", "laeuft"), and of the
        // required sets found along the way the most selective is kept.
        // Single characters ("uft") are collected in a buffer and joined to the run once, when an alternative or the end
        // comes: joining them one by one built every prefix of every word as a string of its own, and reading the patterns
        // cost herald a tenth of its CPU time over 8,000 drafts.
        private Node ReadSequence()
        {
            string[] run = [""];
            var pending = new StringBuilder();
            var allExact = true;
            string[]? best = null;
            while (!Failed && Position < pattern.Length && pattern[Position] is not ('|' or ')'))
            {
                var node = ReadQuantified();
                if (node.Exact is [var single])
                {
                    pending.Append(single);
                    continue;
                }

                run = Join(run, pending);
                if (node.Exact is { } exact && run.Length * exact.Length <= MaxProduct)
                {
                    run = [.. run.SelectMany(r => exact.Select(e => r + e)).Distinct(StringComparer.Ordinal)];
                    continue;
                }

                best = Better(best, Usable(run));
                best = Better(best, node.Required);
                allExact = false;
                run = node.Exact is { } restart && restart.Length <= MaxProduct ? restart : [""];
            }

            run = Join(run, pending);
            return allExact ? Node.OfExact(run) : new Node(null, Better(best, Usable(run)));
        }

        // Appends the collected characters to every string of the run (distinct strings stay distinct) and empties the buffer.
        private static string[] Join(string[] run, StringBuilder pending)
        {
            if (pending.Length == 0)
            {
                return run;
            }

            var suffix = pending.ToString();
            pending.Clear();
            return [.. run.Select(r => r + suffix)];
        }

        private static string[]? Usable(string[] run) => run.All(r => r.Length > 0) ? run : null;

        // Longer literals are rarer; of equally long ones, fewer are searched faster.
        private static string[]? Better(string[]? a, string[]? b)
        {
            if (a is null || b is null)
            {
                return a ?? b;
            }

            var (lengthA, lengthB) = (a.Min(s => s.Length), b.Min(s => s.Length));
            return lengthA != lengthB ? (lengthA > lengthB ? a : b) : (a.Length <= b.Length ? a : b);
        }

        private Node ReadQuantified()
        {
            var atom = ReadAtom();
            if (Failed || Position >= pattern.Length)
            {
                return atom;
            }

            int? min;
            switch (pattern[Position])
            {
                case '*' or '?':
                    (min, Position) = (0, Position + 1);
                    break;
                case '+':
                    (min, Position) = (1, Position + 1);
                    break;
                case '{':
                    min = ReadBraces();
                    break;
                default:
                    return atom;
            }

            if (min is null)
            {
                return atom;
            }

            if (Position < pattern.Length && pattern[Position] == '?')
            {
                Position++;
            }

            // A part that may be left out requires nothing; one that repeats still requires what it requires, but is no longer exact.
            return min.Value == 0 ? Node.Unknown : new Node(null, atom.Required);
        }

        // {n}, {n,}, {n,m}: the minimum, with the position after the closing brace; anything else is a literal "{" (null).
        private int? ReadBraces()
        {
            var close = pattern.IndexOf('}', Position);
            if (close < 0)
            {
                return null;
            }

            var inside = pattern.AsSpan(Position + 1, close - Position - 1);
            var comma = inside.IndexOf(',');
            var first = comma < 0 ? inside : inside[..comma];
            var rest = comma < 0 ? [] : inside[(comma + 1)..];
            if (first.Length == 0 || !IsDigits(first) || !IsDigits(rest) || !int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var min))
            {
                return null;
            }

            Position = close + 1;
            return min;

            static bool IsDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');
        }

        private Node ReadAtom()
        {
            var c = pattern[Position++];
            switch (c)
            {
                case '\\':
                    return ReadEscape();
                case '[':
                    return ReadClass();
                case '(':
                    return ReadGroup();
                case '.':
                    return Node.Unknown;
                case '^' or '$':
                    return Node.Empty;
                case '*' or '+' or '?':
                    Failed = true;
                    return Node.Unknown;
                default:
                    return Char(c);
            }
        }

        // A literal character. Ignoring case, only Latin letters and other characters whose case folding the tests cover are used.
        private Node Char(char c) => IgnoreCase && c > '\u024F' ? Node.Unknown : c < AsciiLiterals.Length ? AsciiLiterals[c] : Node.Literal(c.ToString());

        private Node ReadEscape()
        {
            if (Position >= pattern.Length)
            {
                Failed = true;
                return Node.Unknown;
            }

            var c = pattern[Position++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Node.Empty;
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    return Node.Unknown;
                case 'p' or 'P':
                    SkipPast('}');
                    return Node.Unknown;
                case 'k' when Position < pattern.Length:
                    SkipPast(pattern[Position] == '<' ? '>' : '\'');
                    return Node.Unknown;
                case 'c':
                    Position++;
                    return Node.Unknown;
                case 't':
                    return Char('\t');
                case 'n':
                    return Char('\n');
                case 'r':
                    return Char('\r');
                case 'f':
                    return Char('\f');
                case 'v':
                    return Char('\v');
                case 'e':
                    return Char('\u001B');
                case 'a':
                    return Char('\a');
                case 'x':
                    return Hex(2);
                case 'u':
                    return Hex(4);
                case >= '0' and <= '9':
                    // A back reference or an octal escape: skip its digits and require nothing of it.
                    while (Position < pattern.Length && char.IsAsciiDigit(pattern[Position]))
                    {
                        Position++;
                    }

                    return Node.Unknown;
                default:
                    return char.IsAsciiLetter(c) ? Fail() : Char(c);
            }
        }

        private Node Hex(int digits)
        {
            if (Position + digits > pattern.Length
                || !int.TryParse(pattern.AsSpan(Position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                return Fail();
            }

            Position += digits;
            return Char((char)value);
        }

        // A class is one character of a set. Small sets of plain characters ([cs], [%€$]) are exact alternatives; any other
        // class (ranges, negation, escapes, subtraction) requires nothing.
        private Node ReadClass()
        {
            var negated = Position < pattern.Length && pattern[Position] == '^';
            if (negated)
            {
                Position++;
            }

            var members = new List<string>();
            var plain = !negated;
            var first = true;
            while (Position < pattern.Length)
            {
                var c = pattern[Position];
                if (c == ']' && !first)
                {
                    Position++;
                    return plain && members.Count is > 0 and <= 8 ? Node.OfExact([.. members]) : Node.Unknown;
                }

                first = false;
                if (c == '\\')
                {
                    Position++;
                    if (Position >= pattern.Length)
                    {
                        break;
                    }

                    var escaped = pattern[Position];
                    plain &= !char.IsAsciiLetterOrDigit(escaped);
                    if (escaped is 'p' or 'P')
                    {
                        SkipPast('}');
                        continue;
                    }

                    members.Add(escaped.ToString());
                    Position++;
                    continue;
                }

                if (c == '-' && Position + 1 < pattern.Length && pattern[Position + 1] == '[')
                {
                    // Subtraction: skip the nested class.
                    Position++;
                    ReadClass();
                    plain = false;
                    continue;
                }

                plain &= c != '-' && !(IgnoreCase && c > '\u024F');
                members.Add(c.ToString());
                Position++;
            }

            return Fail();
        }

        private Node ReadGroup()
        {
            if (Position < pattern.Length && pattern[Position] == '?')
            {
                Position++;
                if (Position >= pattern.Length)
                {
                    return Fail();
                }

                var kind = pattern[Position];
                switch (kind)
                {
                    case ':' or '>':
                        Position++;
                        return ReadGroupBody();
                    case '=' or '!':
                        Position++;
                        ReadGroupBody();
                        return Node.Empty;
                    case '#':
                        SkipPast(')');
                        return Node.Empty;
                    case '(':
                        return Fail();
                    case '<' when Position + 1 < pattern.Length && pattern[Position + 1] is '=' or '!':
                        Position += 2;
                        ReadGroupBody();
                        return Node.Empty;
                    case '<' or '\'':
                        var close = pattern.IndexOf(kind == '<' ? '>' : '\'', Position + 1);
                        if (close < 0 || pattern.AsSpan(Position + 1, close - Position - 1).Contains('-'))
                        {
                            // Balancing groups are beyond this reader.
                            return Fail();
                        }

                        Position = close + 1;
                        return ReadGroupBody();
                    default:
                        return ReadOptions();
                }
            }

            return ReadGroupBody();
        }

        // (?imnsx-imnsx) or (?imnsx-imnsx:…). Case-insensitivity anywhere makes every literal compare ignoring case.
        private Node ReadOptions()
        {
            while (Position < pattern.Length && pattern[Position] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
            {
                switch (pattern[Position])
                {
                    case 'i':
                        IgnoreCase = true;
                        break;
                    case 'x':
                        return Fail();
                }

                Position++;
            }

            if (Position >= pattern.Length)
            {
                return Fail();
            }

            if (pattern[Position] == ')')
            {
                Position++;
                return Node.Empty;
            }

            if (pattern[Position] == ':')
            {
                Position++;
                return ReadGroupBody();
            }

            return Fail();
        }

        private Node ReadGroupBody()
        {
            var node = ReadAlternation();
            if (Failed || Position >= pattern.Length || pattern[Position] != ')')
            {
                return Fail();
            }

            Position++;
            return node;
        }

        private void SkipPast(char close)
        {
            var at = pattern.IndexOf(close, Position);
            if (at < 0)
            {
                Fail();
                return;
            }

            Position = at + 1;
        }

        private Node Fail()
        {
            Failed = true;
            Position = pattern.Length;
            return Node.Unknown;
        }
    }
}
