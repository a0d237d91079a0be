using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Herald.Guard.Confidential;

/// <summary>
/// An IPv4 or IPv6 network in CIDR form. IPv4 addresses are kept as the low 32 bits of a
/// <see cref="UInt128"/> with <see cref="IsV6"/> false, so membership is two integer operations.
/// </summary>
internal readonly record struct NetworkRange(bool IsV6, UInt128 Address, int PrefixLength)
{
    public UInt128 Mask => MaskOf(IsV6 ? 128 : 32, PrefixLength);

    public bool Contains(bool isV6, UInt128 address) =>
        isV6 == IsV6 && (address & Mask) == Address;

    /// <summary>Whether this network lies completely inside <paramref name="other"/>.</summary>
    public bool IsWithin(NetworkRange other) =>
        IsV6 == other.IsV6 && PrefixLength >= other.PrefixLength && (Address & other.Mask) == other.Address;

    public static NetworkRange V4(byte a, byte b, byte c, byte d, int prefixLength) =>
        new(false, (uint)((a << 24) | (b << 16) | (c << 8) | d), prefixLength);

    public static NetworkRange V6(string address, int prefixLength) =>
        new(true, ToUInt128(IPAddress.Parse(address)), prefixLength);

    public static UInt128 ToUInt128(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? BinaryPrimitives.ReadUInt128BigEndian(bytes)
            : BinaryPrimitives.ReadUInt32BigEndian(bytes[..written]);
    }

    /// <summary>Parses four decimal octets, each 0–255 without leading zeros (so <c>010.1.2.3</c> is not an address).</summary>
    public static bool TryParseV4(ReadOnlySpan<char> text, out uint address)
    {
        address = 0;
        var octets = 0;
        var position = 0;
        while (true)
        {
            var start = position;
            var value = 0;
            while (position < text.Length && char.IsAsciiDigit(text[position]) && position - start < 3)
            {
                value = (value * 10) + (text[position] - '0');
                position++;
            }

            var length = position - start;
            if (length == 0 || value > 255 || (length > 1 && text[start] == '0'))
            {
                return false;
            }

            address = (address << 8) | (uint)value;
            octets++;
            if (octets == 4)
            {
                return position == text.Length;
            }

            if (position >= text.Length || text[position] != '.')
            {
                return false;
            }

            position++;
        }
    }

    /// <summary>Parses an IPv6 address (no zone id).</summary>
    public static bool TryParseV6(ReadOnlySpan<char> text, out UInt128 address)
    {
        address = 0;
        if (text.IndexOf(':') < 0 || text.IndexOf('%') >= 0
            || !IPAddress.TryParse(text, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        address = ToUInt128(parsed);
        return true;
    }

    public override string ToString() => $"{Format(IsV6, Address)}/{PrefixLength}";

    public static string Format(bool isV6, UInt128 address)
    {
        if (!isV6)
        {
            var v = (uint)address;
            return $"{v >> 24}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}";
        }

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, address);
        return new IPAddress(bytes).ToString();
    }

    private static UInt128 MaskOf(int bits, int prefixLength) =>
        prefixLength == 0 ? UInt128.Zero : (UInt128.MaxValue >> (128 - bits)) & ~((UInt128.One << (bits - prefixLength)) - 1);
}
