using System.Text;

namespace Herald.Guard.Policy;

/// <summary>
/// Loads an organisation's policy from YAML. Every problem is reported with its line and column, all of
/// them at once, so the security owner can fix a policy in one pass. Thread-safe; allocates only while loading.
/// </summary>
public static partial class PolicyLoader
{
    /// <summary>
    /// Largest policy file read, in bytes. A policy with 10,000 terms is well under a megabyte; anything
    /// this large is almost certainly the wrong file.
    /// </summary>
    private const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Parses and validates a policy. An empty text (or only comments) is a valid, empty policy.
    /// </summary>
    /// <param name="yaml">The policy as YAML.</param>
    /// <param name="sourceName">Where it came from (a file name), used in every <see cref="ConfigError"/>.</param>
    /// <returns>The policy, or every error found in it.</returns>
    public static LoadResult<GuardPolicy> Load(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);

        var parsed = YamlTree.Parse(yaml.TrimStart('\uFEFF'));
        var reader = new PolicyReader(sourceName);
        var policy = reader.Read(parsed.Root);
        var errors = parsed.Errors
            .Select(e => new ConfigError(sourceName, e.Line, e.Column, e.Message))
            .Concat(reader.Errors)
            .OrderBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ToList();

        return errors.Count == 0 ? LoadResult.Success(policy) : LoadResult.Failure<GuardPolicy>(errors);
    }

    /// <summary>
    /// Reads and loads a policy file (UTF-8). A missing, unreadable or non-text file is reported as a
    /// <see cref="ConfigError"/> without a line, never thrown.
    /// </summary>
    /// <param name="path">The policy file.</param>
    public static LoadResult<GuardPolicy> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            if (Directory.Exists(path))
            {
                return Fail(path, new(
                    $"'{path}' is a folder. Give the path of the policy file (YAML) itself.",
                    $"'{path}' ist ein Ordner. Gib den Pfad der Richtliniendatei (YAML) selbst an."));
            }

            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return Fail(path, new($"The policy file '{path}' does not exist.", $"Die Richtliniendatei '{path}' gibt es nicht."));
            }

            if (file.Length > MaxFileBytes)
            {
                return Fail(path, new(
                    $"The policy file '{path}' is {file.Length / (1024 * 1024)} MB; a policy is at most {MaxFileBytes / (1024 * 1024)} MB. Is this the right file?",
                    $"Die Richtliniendatei '{path}' ist {file.Length / (1024 * 1024)} MB groß; eine Richtlinie hat höchstens {MaxFileBytes / (1024 * 1024)} MB. Ist das die richtige Datei?"));
            }

            text = File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            return Fail(path, new(
                $"The policy file '{path}' is not UTF-8 text. Save it as UTF-8 (every editor can).",
                $"Die Richtliniendatei '{path}' ist kein UTF-8-Text. Speichere sie als UTF-8 (das kann jeder Editor)."));
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(path, new(
                $"The policy file '{path}' cannot be read: permission denied.",
                $"Die Richtliniendatei '{path}' lässt sich nicht lesen: keine Berechtigung."));
        }
        catch (IOException e)
        {
            return Fail(path, new(
                $"The policy file '{path}' cannot be read: {e.Message}",
                $"Die Richtliniendatei '{path}' lässt sich nicht lesen: {e.Message}"));
        }

        return Load(text, path);
    }

    private static LoadResult<GuardPolicy> Fail(string path, LocalizedText message) =>
        LoadResult.Failure<GuardPolicy>([new ConfigError(path, 0, 0, message)]);
}
