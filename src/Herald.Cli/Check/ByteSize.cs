using System.Globalization;

namespace Herald.Cli.Check;

/// <summary>Parses and formats file sizes such as <c>10MB</c>. Units are binary: 1 KB = 1,024 bytes.</summary>
internal static class ByteSize
{
    public const long KB = 1024;
    public const long MB = 1024 * KB;
    public const long GB = 1024 * MB;

    /// <summary>
    /// The largest limit accepted for <c>--max-size</c>. A file is decoded in memory as a whole, and a
    /// LinkedIn post is a few thousand characters: anything near this is not a post.
    /// </summary>
    public const long MaxLimit = 256 * MB;

    /// <summary>Parses <c>10MB</c>, <c>10 mb</c>, <c>1.5M</c>, <c>512KiB</c>, <c>4096</c> (bytes). Returns false for anything else, zero, or more than <see cref="MaxLimit"/>.</summary>
    public static bool TryParseLimit(string? text, out long bytes)
    {
        bytes = 0;
        var value = text?.Trim() ?? string.Empty;
        var unitStart = value.Length;
        while (unitStart > 0 && char.IsAsciiLetter(value[unitStart - 1]))
        {
            unitStart--;
        }

        var multiplier = value[unitStart..].ToUpperInvariant() switch
        {
            "" or "B" => 1L,
            "K" or "KB" or "KIB" => KB,
            "M" or "MB" or "MIB" => MB,
            "G" or "GB" or "GIB" => GB,
            _ => 0L,
        };

        var number = value[..unitStart].TrimEnd();
        if (multiplier == 0
            || number.Length == 0
            || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        var total = amount * multiplier;
        if (total < 1 || total > MaxLimit)
        {
            return false;
        }

        bytes = (long)decimal.Ceiling(total);
        return true;
    }

    /// <summary>A measured size with one decimal: <c>50.0 MB</c>, <c>812.3 KB</c>, <c>17 bytes</c>.</summary>
    public static string FormatSize(long bytes, NumberFormatInfo format) => Format(bytes, "0.0", format);

    /// <summary>A limit as compactly as it was probably written: <c>10 MB</c>, <c>1.5 MB</c>, <c>512 KB</c>.</summary>
    public static string FormatLimit(long bytes, NumberFormatInfo format) => Format(bytes, "0.##", format);

    private static string Format(long bytes, string pattern, NumberFormatInfo format) => bytes switch
    {
        >= GB => ((double)bytes / GB).ToString(pattern, format) + " GB",
        >= MB => ((double)bytes / MB).ToString(pattern, format) + " MB",
        >= KB => ((double)bytes / KB).ToString(pattern, format) + " KB",
        _ => bytes.ToString(format) + " bytes",
    };
}
