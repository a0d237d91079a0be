using System.Globalization;
using System.Text;

namespace Herald.Guard.Tests;

/// <summary>Pieces of C# source for the files the tests write (<c>BuiltInPatterns.g.cs</c>, <c>SecretPack.g.cs</c>).</summary>
internal static class CSharpSource
{
    /// <summary>A C# string literal that shows every character outside printable ASCII as an escape.</summary>
    public static string Literal(string value)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => literal.Append(@"\\"),
                '"' => literal.Append("\\\""),
                >= ' ' and < '\u007F' => literal.Append(c),
                _ => literal.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
            };
        }

        return literal.Append('"').ToString();
    }
}
