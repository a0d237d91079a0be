using System.Buffers;
using Herald.Guard.Detection;

namespace Herald.Guard.PersonalData;

/// <summary>
/// Finds IBANs, payment card numbers, German tax IDs and phone numbers. It visits each run of
/// digits once (a vectorised search skips the prose in between), reads the number chain around it
/// and tries the checks from the strictest to the loosest. Numbers glued to letters or to other
/// numbers (hashes, UUIDs, versions, IP addresses, URLs) are skipped before any check runs, and
/// only chains that look like phone numbers reach libphonenumber.
/// </summary>
internal static class NumberScanner
{
    // Room for a few numbers in a row (three 16-digit cards, say); longer chains are tables or
    // identifiers, and are skipped whole.
    private const int MaxDigits = 64;
    private const int MaxGroups = 16;

    // ISO 13616 caps an IBAN at 34 characters (the longest in use, Russia's, has 33).
    private const int MaxIbanLength = 34;

    // Country code, check digits and at least eight more characters make a token IBAN-shaped even when its
    // length or check digits are wrong; a card number hidden in it would need twelve.
    private const int MinIbanShapeLength = 12;

    // International numbers have at most 15 digits (E.164), plus "00" in front. German numbers
    // have at least 7 digits with the leading 0 (a 3-digit area code and a 4-digit line); shorter
    // runs are house numbers, postcodes and amounts far more often than phone numbers.
    private const int MinPhoneDigits = 7;
    private const int MaxPhoneDigits = 17;

    // How far before a number to look for a word that says what the number is.
    private const int ContextWindow = 32;

    // Words that name a number as an identifier of something else: an order, a ticket, a book, a
    // file. Such a number is left alone even when it would also pass a phone or tax ID check.
    // They are matched as substrings, so each is specific enough not to hide inside ordinary
    // words ("vat" would match "private", "build" "building").
    private static readonly string[] IdentifierWords =
    [
        "isbn", "issn", "bestellnummer", "bestell-nr", "order no", "order number", "order id", "auftragsnummer",
        "rechnungsnummer", "rechnungs-nr", "invoice", "ticket", "kundennummer", "kunden-nr", "kundennr",
        "customer id", "customer no", "vorgangsnummer", "aktenzeichen", "artikelnummer", "art.-nr", "sku",
        "seriennummer", "serial", "sendungsnummer", "tracking", "referenz", "reference", "version", "patent",
    ];

    private static readonly SearchValues<string> NotTaxIdContext = SearchValues.Create(IdentifierWords, StringComparison.OrdinalIgnoreCase);

    // For phone numbers also the other kinds of personal numbers, which have their own checks or
    // are not ours to judge (social security, passport numbers).
    private static readonly SearchValues<string> NotPhoneContext = SearchValues.Create(
        [
            .. IdentifierWords,
            "kontonummer", "konto-nr", "account number", "account no", "blz", "steuernummer", "steuer-nr", "steuer-id",
            "steuer id", "ust-id", "vat id", "vat no", "vat number", "credit card", "debit card", "card number", "card no.",
            "kreditkarte", "kartennummer", "ssn", "social security", "sozialversicherung", "rentenversicherung",
            "passport", "reisepass", "ausweisnummer", "personalausweis",
        ],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> PartStarts = SearchValues.Create("+(0123456789");

    public static void Detect(ScanContext context)
    {
        var text = context.Text.AsSpan();
        var buffers = new NumberChainBuffers(
            stackalloc char[MaxDigits], stackalloc int[MaxGroups], stackalloc int[MaxGroups], stackalloc Separators[MaxGroups]);
        var position = 0;
        while (position < text.Length)
        {
            var found = text[position..].IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                return;
            }

            var digitStart = position + found;
            var ibanEnd = TryIban(context, digitStart);
            position = ibanEnd >= 0 ? ibanEnd : ScanChain(context, digitStart, buffers);
        }
    }

    // An IBAN starts with two letters right before its check digits: "DE89 3704 …" or "DE8937…". Returns the end
    // of an IBAN-shaped token, reported only when valid, or -1 when there is none.
    private static int TryIban(ScanContext context, int digitStart)
    {
        var text = context.Text.AsSpan();
        var start = digitStart - 2;
        if (start < 0 || !char.IsAsciiLetter(text[start]) || !char.IsAsciiLetter(text[start + 1])
            || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return -1;
        }

        // Written in upper case or (rarely) all in lower case; "GI75 aWBK …" is something else.
        var upper = char.IsAsciiLetterUpper(text[start]);
        var length = Iban.LengthFor(char.ToUpperInvariant(text[start]), char.ToUpperInvariant(text[start + 1]));
        if (length == 0)
        {
            return -1;
        }

        Span<char> compact = stackalloc char[MaxIbanLength];
        var count = 0;
        var position = start;
        while (count < length && position < text.Length)
        {
            var c = text[position];
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsAsciiLetter(c) && char.IsAsciiLetterUpper(c) != upper)
                {
                    return -1;
                }

                compact[count++] = char.ToUpperInvariant(c);
                position++;
            }
            else if (count >= 4 && (NumberChain.IsSpace(c) || c == '-') && position + 1 < text.Length && char.IsAsciiLetterOrDigit(text[position + 1]))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        var glued = position < text.Length && char.IsLetterOrDigit(text[position]);
        if (count == length && !glued && Iban.IsValid(compact[..count]))
        {
            if (!PublishedAccounts.IsDocumentationExample(compact[..count], context.Text, start, position) && !PublishedAccounts.IsPublished(context.Text, start))
            {
                context.Report(start, position - start, PersonalDataRules.Iban);
            }

            return position;
        }

        // An IBAN with a typo or made-up check digits is still an IBAN: its digits are not read as a card
        // or phone number ("DE10 2598 8000 5092 8917 21" holds a Luhn-valid 2-series run).
        if (count >= MinIbanShapeLength && char.IsAsciiDigit(compact[2]) && char.IsAsciiDigit(compact[3]))
        {
            var rest = text[position..].IndexOfAnyExcept(AsciiLettersAndDigits);
            return rest < 0 ? text.Length : position + rest;
        }

        return -1;
    }

    private static int ScanChain(ScanContext context, int digitStart, in NumberChainBuffers buffers)
    {
        var text = context.Text.AsSpan();
        var start = digitStart > 0 && text[digitStart - 1] is '+' or '(' ? digitStart - 1 : digitStart;
        if (IsGluedBefore(text, start))
        {
            var runEnd = text[digitStart..].IndexOfAnyExceptInRange('0', '9');
            return runEnd < 0 ? text.Length : digitStart + runEnd;
        }

        var chain = NumberChain.Read(text, start, buffers);
        if (chain.GroupCount == 0 && start != digitStart)
        {
            // An unclosed parenthesis: "(030 1234567" is still a number.
            chain = NumberChain.Read(text, digitStart, buffers);
        }

        var next = Math.Max(chain.ExtensionEnd, digitStart + 1);
        if (chain.Overflow || chain.GroupCount == 0)
        {
            return next;
        }

        if (!DetectPaymentCards(context, in chain) && !TryTaxId(context, in chain)
            && !TryPhone(context, in chain) && chain.HasSpacedMark)
        {
            DetectPhonesInParts(context, chain.Start, chain.End, buffers);
        }

        return next;
    }

    // "030 1234567 / 0171 1234567": when the whole chain is no number, each part may be one.
    private static void DetectPhonesInParts(ScanContext context, int start, int end, in NumberChainBuffers buffers)
    {
        var text = context.Text.AsSpan();
        var position = start;
        while (position < end)
        {
            var part = NumberChain.Read(text, position, buffers, stopAtSpacedMark: true);
            if (part.GroupCount == 0)
            {
                return;
            }

            if (!part.Overflow)
            {
                TryPhone(context, in part);
            }

            var rest = text[part.End..end].IndexOfAny(PartStarts);
            if (rest < 0)
            {
                return;
            }

            position = part.End + rest;
        }
    }

    // Cards are written compact or in groups of four (American Express and Diners: 4-6-5, 4-6-4),
    // joined by spaces or dashes. One chain can hold several ("4012888888881881 4012-8888-8888-1881")
    // or a card followed by other numbers ("4111 1111 1111 1111 12/27"), so windows of whole groups
    // that start and end at a space are tried, longest first.
    private static bool DetectPaymentCards(ScanContext context, in NumberChain chain)
    {
        if (chain.Plus || chain.Parentheses > 0)
        {
            return false;
        }

        var text = context.Text.AsSpan();
        var found = false;
        var digitOffset = 0;
        var first = 0;
        while (first < chain.GroupCount)
        {
            var last = LongestCardWindow(text, in chain, first, digitOffset);
            if (last < 0)
            {
                digitOffset += chain.GroupDigits[first];
                first++;
                continue;
            }

            var start = chain.GroupEnds[first] - chain.GroupDigits[first];
            context.Report(start, chain.GroupEnds[last] - start, PersonalDataRules.PaymentCard);
            found = true;
            for (; first <= last; first++)
            {
                digitOffset += chain.GroupDigits[first];
            }
        }

        return found;
    }

    private static int LongestCardWindow(ReadOnlySpan<char> text, in NumberChain chain, int first, int digitOffset)
    {
        if (first > 0 && (chain.GroupSeparators[first] & Separators.Space) == 0)
        {
            return -1;
        }

        for (var last = chain.GroupCount - 1; last >= first; last--)
        {
            var count = 0;
            for (var g = first; g <= last; g++)
            {
                count += chain.GroupDigits[g];
            }

            var bounded = last == chain.GroupCount - 1
                ? chain.ExtensionEnd == chain.End && !IsGluedAfter(text, chain.End)
                : (chain.GroupSeparators[last + 1] & Separators.Space) != 0;
            if (count is >= PaymentCards.MinLength and <= PaymentCards.MaxLength && bounded
                && HasCardLayout(in chain, first, last) && PaymentCards.IsValid(chain.Digits.Slice(digitOffset, count)))
            {
                return last;
            }
        }

        return -1;
    }

    private static bool HasCardLayout(in NumberChain chain, int first, int last)
    {
        if (first == last)
        {
            return true;
        }

        var separator = chain.GroupSeparators[first + 1];
        if (separator is not (Separators.Space or Separators.Dash))
        {
            return false;
        }

        for (var g = first + 2; g <= last; g++)
        {
            if (chain.GroupSeparators[g] != separator)
            {
                return false;
            }
        }

        var groups = chain.GroupDigits[first..(last + 1)];
        if (groups is [4, 6, 4 or 5])
        {
            return true;
        }

        return !groups[..^1].ContainsAnyExcept(4) && groups[^1] is >= 1 and <= 4;
    }

    // Written compact (12345678901) or in the grouping of the tax office's letters (12 345 678 901).
    private static bool TryTaxId(ScanContext context, in NumberChain chain)
    {
        if (chain.Plus || chain.Parentheses > 0 || chain.ExtensionEnd != chain.End || chain.Digits.Length != GermanTaxId.Length
            || IsGluedAfter(context.Text, chain.End))
        {
            return false;
        }

        var grouping = chain.Separators == Separators.None
            || (chain.Separators == Separators.Space && chain.GroupDigits.SequenceEqual([2, 3, 3, 3]));
        if (!grouping || !GermanTaxId.IsValid(chain.Digits) || HasContext(context.Text, chain.Start, NotTaxIdContext))
        {
            return false;
        }

        context.Report(chain.Start, chain.End - chain.Start, PersonalDataRules.TaxId);
        return true;
    }

    private static bool TryPhone(ScanContext context, in NumberChain chain)
    {
        var text = context.Text.AsSpan();
        var digits = chain.Digits;
        if (digits.Length is < MinPhoneDigits or > MaxPhoneDigits || IsGluedAfter(text, chain.ExtensionEnd))
        {
            return false;
        }

        // German numbers are written with their trunk 0 or a country code; digits without either
        // (years, amounts, counts) are only read as North American numbers in that exact layout.
        string region;
        if (chain.Plus || digits[0] == '0')
        {
            if (LooksLikeOtherNumber(in chain))
            {
                return false;
            }

            region = Phones.DefaultRegion;
        }
        else if (IsNorthAmericanLayout(in chain))
        {
            region = Phones.NorthAmerica;
        }
        else
        {
            return false;
        }

        if (HasContext(text, chain.Start, NotPhoneContext))
        {
            return false;
        }

        var length = chain.ExtensionEnd - chain.Start;
        var national = GermanNationalNumber(in chain, region);
        var personal = national.Length > 0
            ? Phones.IsPersonalGerman(national)
            : Phones.IsPersonal(context.Text.Substring(chain.Start, length), region);
        if (!personal || (national is not ['1', ..] && CompanyLines.IsLabelled(text, chain.Start)) || AuthorsOwnNumber.Precedes(text, chain.Start))
        {
            return false;
        }

        context.Report(chain.Start, length, PersonalDataRules.Phone);
        return true;
    }

    // The national significant number of a German number (0151 …, +49 151 …, 0049 (0)151 …), or
    // empty for numbers of other countries.
    private static ReadOnlySpan<char> GermanNationalNumber(in NumberChain chain, string region)
    {
        var digits = chain.Digits;
        if (region != Phones.DefaultRegion)
        {
            return [];
        }

        if (!chain.Plus && digits[1] != '0')
        {
            return digits[1..];
        }

        var international = chain.Plus ? digits : digits[2..];
        if (!international.StartsWith("49"))
        {
            return [];
        }

        var national = international[2..];
        return national is ['0', ..] ? national[1..] : national;
    }

    // Dates (01.12.2026, 03/04/25, 01-12-2026), IPv4 addresses (010.000.000.001) and US social
    // security numbers (054-28-6917) fit German phone number plans too.
    private static bool LooksLikeOtherNumber(in NumberChain chain)
    {
        var g = chain.GroupDigits;
        var separators = chain.Separators;
        if (chain.Plus || chain.Parentheses > 0)
        {
            return false;
        }

        var date = g.Length == 3 && separators is Separators.Dot or Separators.Slash or Separators.Dash
            && g[0] <= 2 && g[1] <= 2 && g[2] is 2 or 4;
        var address = g.Length == 4 && separators == Separators.Dot && g[0] <= 3 && g[1] <= 3 && g[2] <= 3 && g[3] <= 3;
        var socialSecurity = separators == Separators.Dash && g is [3, 2, 4];
        return date || address || socialSecurity;
    }

    // (415) 555-0132, (415)555-0132, 415-555-0132 or 415.555.0132, with area code and exchange
    // starting 2-9 as the North American plan requires.
    private static bool IsNorthAmericanLayout(in NumberChain chain)
    {
        var g = chain.GroupDigits;
        if (g.Length != 3 || g[0] != 3 || g[1] != 3 || g[2] != 4 || chain.Digits[0] < '2' || chain.Digits[3] < '2')
        {
            return false;
        }

        return chain.Parentheses == 1
            ? chain.Separators is Separators.Dash or (Separators.Space | Separators.Dash)
            : chain.Separators is Separators.Dash or Separators.Dot;
    }

    private static bool HasContext(ReadOnlySpan<char> text, int start, SearchValues<string> words)
    {
        var from = Math.Max(0, start - ContextWindow);
        var window = text[from..start];
        var lineBreak = window.LastIndexOf('\n');
        return window[(lineBreak + 1)..].IndexOfAny(words) >= 0;
    }

    // "v2.10.401", "abc123", "…/0123", "#2024", "id=0151…" and the like: the digits belong to a larger token.
    private static bool IsGluedBefore(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var c = text[start - 1];
        return char.IsLetterOrDigit(c)
            || c is '_' or '@' or '#' or '$' or '€' or '£' or '%' or '&' or '=' or '\\' or '+'
            || (c is '.' or ',' or '-' or '/' && start >= 2 && char.IsLetterOrDigit(text[start - 2]));
    }

    // "0151…abc", "0151 2345,50", "030 1234:12", "0151/x" and amounts like "0151€": part of
    // something else. A dash before a word is a compound ("030 1234567-Zentrale") and ends the number.
    private static bool IsGluedAfter(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var c = text[end];
        if (char.IsLetterOrDigit(c) || c is '_' or '@' or '%' or '€' or '$' or '°')
        {
            return true;
        }

        if (end + 1 >= text.Length)
        {
            return false;
        }

        var next = text[end + 1];
        return (c is '.' or ',' or '/' or ':' && char.IsLetterOrDigit(next)) || (c == '-' && char.IsDigit(next));
    }
}
