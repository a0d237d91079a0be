using System.Text;

namespace Herald.Cli.Tests;

/// <summary>A real directory under the system's temp folder, deleted when the test ends.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree() => Directory.CreateDirectory(Root);

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "herald-cli-tests", Guid.NewGuid().ToString("N"));

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed half-way may leave a file open; the temp folder is cleaned by the system.
        }
    }
}
