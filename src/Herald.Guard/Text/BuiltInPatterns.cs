using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Herald.Guard.Text;

/// <summary>
/// The Guard's own patterns, compiled into code at build time by .NET's regular-expression source generator.
/// <c>BuiltInPatterns.g.cs</c> lists every pattern the Guard builds in (the detectors' patterns, the markings, the secret
/// pack); a test keeps that list complete and writes it anew when a pattern changes.
/// </summary>
/// <remarks>
/// The generated code is used where nothing has to compile it at run time: in the native (AOT) <c>herald</c> it is
/// machine code already, and a check of 8,000 drafts took 0.50 s of CPU with it against 0.81 s on the interpreter. Where a
/// JIT runs (the web app, the tests), the interpreter is used instead: compiling some 770 large generated methods kept a
/// long-running process at half speed for many seconds and saved a short one nothing.
/// </remarks>
internal static partial class BuiltInPatterns
{
    /// <summary>The compiled form of <paramref name="pattern"/> with <paramref name="options"/>, or null when it is not built in.</summary>
    public static Regex? Find(string pattern, RegexOptions options) =>
        Compiled.TryGetValue((pattern, options), out var entry) ? entry.Compiled() : null;

    /// <summary>
    /// What the build knows of a built-in pattern: its compiled form, used where this runtime has no JIT to pay for it (see
    /// remarks), else null; and its prefilter (<see cref="RequiredLiterals.PrefilterFor"/>, worked out when the list was
    /// written: reading the patterns at run time cost herald about 3 % of its time over 8,000 drafts). False when the
    /// pattern is not built in.
    /// </summary>
    public static bool TryFind(string pattern, RegexOptions options, out Regex? compiled, out PrefilterSpec? prefilter)
    {
        if (!Compiled.TryGetValue((pattern, options), out var entry))
        {
            (compiled, prefilter) = (null, null);
            return false;
        }

        compiled = RuntimeFeature.IsDynamicCodeCompiled ? null : entry.Compiled();
        prefilter = entry.Prefilter;
        return true;
    }

    /// <summary>A pattern's prefilter as data: the strings searched for, whether ignoring case, and by which search.</summary>
    internal sealed record PrefilterSpec(string[] Searched, bool IgnoreCase, bool Automaton)
    {
        public RequiredLiterals.Prefilter Build() => new(Searched, IgnoreCase, Automaton);
    }

    private readonly record struct Entry(Func<Regex> Compiled, PrefilterSpec? Prefilter);
}
