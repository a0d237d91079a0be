namespace Herald.Testing;

/// <summary>Where tests find the repository and the shared data sets (<c>../shared/data</c> beside the checkout).</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The folder of real public data sets. Its absence is an error, never a silent skip.</summary>
    public static string SharedData
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("HERALD_SHARED_DATA")
                ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"The shared data sets are expected at {path} (or set HERALD_SHARED_DATA).");
        }
    }

    public static string Data(string relative) => Path.Combine(SharedData, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Herald.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Herald.slnx not found above " + AppContext.BaseDirectory);
    }
}
