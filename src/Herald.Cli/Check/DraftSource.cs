using System.IO.Enumeration;

namespace Herald.Cli.Check;

/// <summary>
/// Turns the command line's paths into drafts, lazily: a directory is walked one level at a time in
/// ordinal name order, so the order is stable on every machine and a huge tree is never listed up front.
/// </summary>
internal static class DraftSource
{
    // Build output, dependencies and version control: never drafts, often large.
    private static readonly HashSet<string> IgnoredDirectories = new(StringComparer.OrdinalIgnoreCase) { ".git", "bin", "obj", "node_modules" };

    // Hidden and system entries too, and an unreadable directory is reported rather than passed over.
    private static readonly EnumerationOptions EveryEntry = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>The drafts below <paramref name="paths"/>, in order, each file once. Paths must exist (the command checks first).</summary>
    public static IEnumerable<Draft> Expand(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == Draft.StandardInputPath)
            {
                yield return Draft.StandardInput;
                continue;
            }

            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var draft in Walk(path, new DirectoryInfo(full), seen, isRoot: true))
                {
                    yield return draft;
                }
            }
            else if (seen.Add(full))
            {
                yield return new Draft(path, full, IsExplicit: true);
            }
        }
    }

    private static IEnumerable<Draft> Walk(string shown, DirectoryInfo directory, HashSet<string> seen, bool isRoot)
    {
        var entries = List(directory, out var problem);
        if (problem is not null)
        {
            yield return new Draft(shown, directory.FullName, isRoot, problem);
            yield break;
        }

        foreach (var entry in entries)
        {
            var entryShown = Path.Join(shown, entry.Name);
            if (entry is DirectoryInfo subdirectory)
            {
                if (IgnoredDirectories.Contains(subdirectory.Name))
                {
                    continue;
                }

                // Following links could loop for ever or leave the tree the user named.
                if (subdirectory.LinkTarget is not null)
                {
                    yield return new Draft(entryShown, subdirectory.FullName, IsExplicit: false, new InputProblem(InputProblemKind.LinkedDirectory));
                    continue;
                }

                foreach (var draft in Walk(entryShown, subdirectory, seen, isRoot: false))
                {
                    yield return draft;
                }
            }
            else if (seen.Add(entry.FullName))
            {
                yield return new Draft(entryShown, entry.FullName, IsExplicit: false) { Listed = entry as FileInfo };
            }
        }
    }

    private static FileSystemInfo[] List(DirectoryInfo directory, out InputProblem? problem)
    {
        problem = null;
        try
        {
            // Names and kinds come from the directory itself. A file's size and attributes are read when it is checked,
            // by the thread that checks it: reading them here cost a walk of 8,000 drafts 20 ms on one thread while the
            // others waited for their first draft.
            var entries = new FileSystemEnumerable<FileSystemInfo>(directory.FullName, ToInfo, EveryEntry).ToArray();
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return entries;
        }
        catch (UnauthorizedAccessException)
        {
            problem = new InputProblem(InputProblemKind.PermissionDenied);
        }
        catch (IOException ex)
        {
            problem = new InputProblem(InputProblemKind.Unreadable) { Detail = ex.Message };
        }

        return [];
    }

    private static FileSystemInfo ToInfo(ref FileSystemEntry entry)
    {
        var path = entry.ToFullPath();
        return entry.IsDirectory ? new DirectoryInfo(path) : new FileInfo(path);
    }
}
