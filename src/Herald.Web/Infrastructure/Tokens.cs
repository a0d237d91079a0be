using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Herald.Web.Infrastructure;

/// <summary>Random bearer tokens and their stored form. Tokens carry 256 bits, so a fast hash is enough: nothing to brute-force.</summary>
internal static class Tokens
{
    private const int TokenBytes = 32;

    public static string Create(string prefix = "") => prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
