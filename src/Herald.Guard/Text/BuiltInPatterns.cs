using System.Text.RegularExpressions;

namespace Herald.Guard.Text;

/// <summary>
/// The Guard's own patterns, compiled into code at build time by .NET's regular-expression source generator, so that a
/// check neither parses them nor interprets them at run time. <c>BuiltInPatterns.g.cs</c> lists every pattern the Guard
/// builds in (the detectors' patterns, the markings, the secret pack); a test keeps that list complete and writes it anew
/// when a pattern changes. A pattern that is not in it (a policy's or an imported rule's) runs on the interpreter.
/// </summary>
internal static partial class BuiltInPatterns
{
    /// <summary>The compiled form of <paramref name="pattern"/> with <paramref name="options"/>, or null when it is not built in.</summary>
    public static Regex? Find(string pattern, RegexOptions options) =>
        Compiled.TryGetValue((pattern, options), out var compiled) ? compiled() : null;
}
