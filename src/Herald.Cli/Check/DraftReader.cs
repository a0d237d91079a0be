using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Herald.Cli.Check;

/// <summary>
/// Reads one draft as text: UTF-8 (with or without byte order mark) or UTF-16/UTF-32 with a byte
/// order mark. Never reads more than the size limit, so a device or an endless pipe cannot hang
/// or exhaust the process.
/// </summary>
internal static class DraftReader
{
    // The first buffer for a pipe, large enough for every real post; a file's buffer is sized from its length.
    private const int InitialBuffer = 64 * 1024;

    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly Encoding Utf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>
    /// Reads a file. For a file found in a directory walk (<paramref name="fromDirectory"/>) the size in the
    /// listing decides before the file is opened: FIFOs and devices list as empty and are never opened (a FIFO
    /// without a writer would block for ever), and oversized files are skipped unread. <paramref name="listed"/> is the
    /// walk's entry for the file: its size and attributes were read with the listing, which saves system calls per file.
    /// </summary>
    public static DraftText ReadFile(string path, long maxBytes, bool fromDirectory, FileInfo? listed = null)
    {
        try
        {
            var info = listed ?? new FileInfo(path);

            // A listed entry's attributes say whether it is a link; asking a file for its link target is a system call.
            var isLink = listed is not null ? (listed.Attributes & FileAttributes.ReparsePoint) != 0 : info.LinkTarget is not null;
            if (fromDirectory && isLink)
            {
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } target)
                {
                    return new InputProblem(InputProblemKind.BrokenLink);
                }

                info = target;
                isLink = false;
            }

            // A symbolic link given explicitly may point at a pipe (`herald check <(…)`): its listed size says nothing.
            if (!isLink)
            {
                if (info.Length > maxBytes)
                {
                    return new InputProblem(InputProblemKind.TooLarge) { Size = info.Length };
                }

                if (fromDirectory && info.Length == 0)
                {
                    return DraftText.Empty;
                }
            }

            return ReadCapped(path, maxBytes, isLink ? null : info.Length);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new InputProblem(InputProblemKind.Missing);
        }
        catch (UnauthorizedAccessException)
        {
            return new InputProblem(InputProblemKind.PermissionDenied);
        }
        catch (IOException ex)
        {
            return new InputProblem(InputProblemKind.Unreadable) { Detail = SystemReason(ex, path) };
        }
    }

    /// <summary>Reads standard input, already decoded by <paramref name="input"/>. The limit counts UTF-8 bytes.</summary>
    public static DraftText ReadStandardInput(TextReader input, long maxBytes)
    {
        var builder = new StringBuilder();
        var buffer = new char[8192];
        long bytes = 0;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            bytes += Encoding.UTF8.GetByteCount(buffer.AsSpan(0, read));
            if (bytes > maxBytes)
            {
                return new InputProblem(InputProblemKind.TooLarge);
            }

            builder.Append(buffer, 0, read);
        }

        if (builder.Length > 0 && builder[0] == '\uFEFF')
        {
            builder.Remove(0, 1);
        }

        var text = builder.ToString();
        return HasNul(text) ? new InputProblem(InputProblemKind.Binary) : new DraftText(text, null);
    }

    /// <summary>Decodes a file's bytes, rejecting binary content and invalid text with the byte offset of the first bad byte.</summary>
    public static DraftText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeStrict(bytes, 4, Utf32Le, "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeStrict(bytes, 4, Utf32Be, "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(bytes, 2, Utf16Le, "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(bytes, 2, Utf16Be, "UTF-16");
        }

        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = bytes[bom..];
        if (BinarySignatures.IsBinary(body, out var format))
        {
            return new InputProblem(InputProblemKind.Binary) { Detail = format };
        }

        // UTF-8 never needs more UTF-16 units than it has bytes.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var consumed, out var written, replaceInvalidSequences: false);
            return status == System.Buffers.OperationStatus.Done
                ? new DraftText(new string(chars, 0, written), null)
                : new InputProblem(InputProblemKind.InvalidText) { Offset = bom + consumed, Detail = "UTF-8" };
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // The buffer is sized from the length the file had when it was looked at (one system call less than asking the open file);
    // a file that has grown since is read on until its end or the limit.
    private static DraftText ReadCapped(string path, long maxBytes, long? knownLength)
    {
        // A draft is read in one call, so no read-ahead advice is given (one system call less per file).
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, FileOptions.None);
        var cap = maxBytes + 1;
        var length = knownLength ?? (stream.CanSeek ? stream.Length : InitialBuffer - 1);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(cap, length + 1));
        try
        {
            var total = 0;
            while (total < cap)
            {
                var asked = (int)Math.Min(buffer.Length, cap) - total;
                var read = stream.Read(buffer, total, asked);
                total += read;

                // A file returns fewer bytes than asked for only at its end: no second read is needed to find that out.
                if (read == 0 || (stream.CanSeek && read < asked))
                {
                    break;
                }

                if (total == buffer.Length && total < cap)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(cap, (long)buffer.Length * 2));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return total > maxBytes
                ? new InputProblem(InputProblemKind.TooLarge) { Size = stream.CanSeek && stream.Length > maxBytes ? stream.Length : null }
                : Decode(buffer.AsSpan(0, total));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static DraftText DecodeStrict(ReadOnlySpan<byte> bytes, int bom, Encoding encoding, string name)
    {
        try
        {
            var text = encoding.GetString(bytes[bom..]);
            return HasNul(text) ? new InputProblem(InputProblemKind.Binary) : new DraftText(text, null);
        }
        catch (DecoderFallbackException ex)
        {
            return new InputProblem(InputProblemKind.InvalidText) { Offset = bom + Math.Max(ex.Index, 0), Detail = name };
        }
    }

    private static bool HasNul(string text) => text.AsSpan(0, Math.Min(text.Length, BinarySignatures.NulWindow)).Contains('\0');

    // .NET appends " : 'path'" to the system's reason; the path is shown anyway.
    private static string SystemReason(IOException ex, string path)
    {
        var message = ex.Message;
        var suffix = $" : '{path}'";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}
