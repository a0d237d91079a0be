using System.Buffers;
using Herald.Guard.Detection;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Finds e-mail addresses written to fool harvesters, in forms that can only be addresses:
/// <list type="bullet">
/// <item>"at" in brackets: <c>name(at)firma.de</c>, <c>lena.vogt79 [at] gmx [dot] de</c>, <c>name {at} mail (dot) com</c>;</item>
/// <item>"at" as a word only together with "dot" as a word and a local part that is no ordinary word (it holds a dot,
/// underscore, hyphen or digit): <c>lena.vogt79 at gmx dot de</c>. "look at heise dot de" or "meet us at example.com" are prose.</item>
/// </list>
/// The address is then judged like a plain one (<see cref="EmailAddresses.IsPersonal"/>): role addresses, placeholders
/// and documentation domains are not personal. A vectorised search for the "at" forms gates everything.
/// </summary>
internal static class ObfuscatedEmails
{
    private const int MaxLocalLength = 64;
    private const int MaxDomainLength = 253;

    // Spaces allowed around a bracketed "at" or "dot": "name [at] gmx".
    private const int MaxSpaces = 2;

    private static readonly SearchValues<string> AtForms = SearchValues.Create(["(at)", "[at]", "{at}", "<at>", " at "], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> NotInWords = SearchValues.Create(".-_0123456789");

    private static readonly string[] BracketedDots = ["(dot)", "[dot]", "{dot}", "<dot>"];

    public static void Detect(ScanContext context)
    {
        var text = context.Text.AsSpan();
        Span<char> address = stackalloc char[MaxLocalLength + 1 + MaxDomainLength];
        (string, string)[]? authors = null;
        var position = 0;
        while (position < text.Length)
        {
            var found = text[position..].IndexOfAny(AtForms);
            if (found < 0)
            {
                return;
            }

            var at = position + found;
            var bare = text[at] == ' ';
            var atEnd = at + 4;
            position = bare ? at + 3 : atEnd;
            if (TryMatch(text, at, atEnd, bare, address, out var start, out var end, out var localLength, out var domainLength)
                && EmailAddresses.IsPersonal(address[..localLength], address.Slice(localLength + 1, domainLength))
                && !AuthorsOwnAddress.Is(authors ??= AuthorsOwnAddress.Names(context.Text), address[..localLength]))
            {
                context.Report(start, end - start, PersonalDataRules.Email);
                position = end;
            }
        }
    }

    private static bool TryMatch(
        ReadOnlySpan<char> text, int at, int atEnd, bool bare, Span<char> address, out int start, out int end, out int localLength, out int domainLength)
    {
        start = end = localLength = domainLength = 0;
        var localEnd = bare ? at : SkipSpacesBack(text, at);
        start = localEnd;
        while (start > 0 && EmailAddresses.IsLocalChar(text[start - 1]) && localEnd - start <= MaxLocalLength)
        {
            start--;
        }

        while (start < localEnd && text[start] == '.')
        {
            start++;
        }

        var local = text[start..localEnd];
        if (local.IsEmpty || local.Length > MaxLocalLength || local[^1] == '.' || (start > 0 && text[start - 1] is '@' or '/' or ':'))
        {
            return false;
        }

        // Bare "at" is a word of prose unless the local part could not be one.
        if (bare && local.IndexOfAny(NotInWords) < 0)
        {
            return false;
        }

        local.CopyTo(address);
        localLength = local.Length;
        address[localLength] = '@';
        var written = localLength + 1;

        var position = bare ? atEnd : SkipSpaces(text, atEnd);
        var labels = 0;
        var wordDots = 0;
        var lastLabelStart = position;
        while (true)
        {
            var labelStart = position;
            while (position < text.Length && EmailAddresses.IsLabelChar(text[position]))
            {
                position++;
            }

            var label = text[labelStart..position];
            if (label.IsEmpty || label[0] == '-' || label[^1] == '-' || written + label.Length + 1 > address.Length)
            {
                break;
            }

            if (labels > 0)
            {
                address[written++] = '.';
            }

            label.CopyTo(address[written..]);
            written += label.Length;
            labels++;
            end = position;
            lastLabelStart = labelStart;

            if (position + 1 < text.Length && text[position] == '.' && EmailAddresses.IsLabelChar(text[position + 1]))
            {
                position++;
                continue;
            }

            var next = WordDot(text, position);
            if (next < 0)
            {
                break;
            }

            wordDots++;
            position = next;
        }

        if (labels < 2 || (bare && wordDots == 0))
        {
            return false;
        }

        var topLevel = text[lastLabelStart..end];
        domainLength = written - localLength - 1;
        return topLevel.Length >= 2 && !topLevel.ContainsAnyExcept(AsciiLetters) && !EmailAddresses.FileExtensionLookup.Contains(topLevel);
    }

    // " dot ", "[dot]", " (dot) ": the position of the next label, or -1.
    private static int WordDot(ReadOnlySpan<char> text, int position)
    {
        var i = SkipSpaces(text, position);
        foreach (var form in BracketedDots)
        {
            if (text[i..].StartsWith(form, StringComparison.OrdinalIgnoreCase))
            {
                var next = SkipSpaces(text, i + form.Length);
                return next < text.Length && EmailAddresses.IsLabelChar(text[next]) ? next : -1;
            }
        }

        if (i > position && text[i..].StartsWith("dot ", StringComparison.OrdinalIgnoreCase))
        {
            var next = i + 4;
            return next < text.Length && EmailAddresses.IsLabelChar(text[next]) ? next : -1;
        }

        return -1;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int position)
    {
        var limit = Math.Min(text.Length, position + MaxSpaces);
        while (position < limit && text[position] is ' ' or '\u00A0')
        {
            position++;
        }

        return position;
    }

    private static int SkipSpacesBack(ReadOnlySpan<char> text, int position)
    {
        var limit = Math.Max(0, position - MaxSpaces);
        while (position > limit && text[position - 1] is ' ' or '\u00A0')
        {
            position--;
        }

        return position;
    }
}
