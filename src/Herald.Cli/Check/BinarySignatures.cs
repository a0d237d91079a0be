namespace Herald.Cli.Check;

/// <summary>
/// Magic numbers of file formats that people keep next to their drafts (images, PDFs, office
/// documents, archives, executables). Many of them contain no NUL byte early on, so the NUL test
/// alone would call them "invalid UTF-8"; naming the format is the clearer message.
/// </summary>
internal static class BinarySignatures
{
    private static readonly (string Name, int Offset, byte[] Magic)[] Known =
    [
        ("PNG image", 0, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]),
        ("JPEG image", 0, [0xFF, 0xD8, 0xFF]),
        ("GIF image", 0, "GIF87a"u8.ToArray()),
        ("GIF image", 0, "GIF89a"u8.ToArray()),
        ("RIFF media (WebP, WAV, AVI)", 0, "RIFF"u8.ToArray()),
        ("TIFF image", 0, [(byte)'I', (byte)'I', 0x2A, 0x00]),
        ("TIFF image", 0, [(byte)'M', (byte)'M', 0x00, 0x2A]),
        ("HEIC/MP4 media", 4, "ftyp"u8.ToArray()),
        ("PDF document", 0, "%PDF-"u8.ToArray()),
        ("ZIP archive or Office document", 0, [(byte)'P', (byte)'K', 0x03, 0x04]),
        ("legacy Office document", 0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("gzip archive", 0, [0x1F, 0x8B]),
        ("7-Zip archive", 0, [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C]),
        ("RAR archive", 0, [(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07]),
        ("xz archive", 0, [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00]),
        ("zstd archive", 0, [0x28, 0xB5, 0x2F, 0xFD]),
        ("ELF executable", 0, [0x7F, (byte)'E', (byte)'L', (byte)'F']),
        ("Mach-O executable", 0, [0xCF, 0xFA, 0xED, 0xFE]),
        ("Java class file", 0, [0xCA, 0xFE, 0xBA, 0xBE]),
        ("SQLite database", 0, "SQLite format 3\0"u8.ToArray()),
    ];

    /// <summary>How many bytes are searched for NUL bytes: text editors and git use the same window.</summary>
    public const int NulWindow = 8 * 1024;

    /// <summary>Returns the format name when <paramref name="head"/> starts like a known binary format, else null.</summary>
    public static string? Identify(ReadOnlySpan<byte> head)
    {
        foreach (var (name, offset, magic) in Known)
        {
            if (head.Length >= offset + magic.Length && head.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="head"/> is binary: a known signature or a NUL byte within the first <see cref="NulWindow"/> bytes.</summary>
    public static bool IsBinary(ReadOnlySpan<byte> head, out string? format)
    {
        format = Identify(head);
        return format is not null || head[..Math.Min(head.Length, NulWindow)].Contains((byte)0);
    }
}
