using System.Diagnostics;
using System.Text.Json;
using Herald.Testing;

namespace Herald.Scout.Tests;

/// <summary>
/// Runs bench/scout/networkx_measures.py on the same CSV files Scout reads. Without python3 and networkx the test is
/// skipped with the reason on a developer machine, and fails under CI=true: CI never silently skips.
/// </summary>
internal static class NetworkxReference
{
    public static Dictionary<string, Measures> Compute(ScoutFiles files, string measures)
    {
        var script = Path.Combine(Paths.RepositoryRoot, "bench", "scout", "networkx_measures.py");
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, files.People, files.Interactions!, "--measures", measures })
        {
            start.ArgumentList.Add(argument);
        }

        string output, error;
        int exit;
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            error = stderr.GetAwaiter().GetResult();
            exit = process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Unavailable($"python3 was not found ({ex.Message})");
            throw;
        }

        if (exit != 0)
        {
            if (error.Contains("No module named 'networkx'", StringComparison.Ordinal))
            {
                Unavailable("networkx is not installed for python3");
            }

            Assert.Fail($"networkx_measures.py failed ({exit}): {error}");
        }

        using var json = JsonDocument.Parse(output);
        var result = new Dictionary<string, Measures>(StringComparer.Ordinal);
        foreach (var person in json.RootElement.GetProperty("people").EnumerateObject())
        {
            result[person.Name] = new Measures(
                Number(person.Value, "betweenness"),
                Number(person.Value, "constraint"),
                Number(person.Value, "participation"),
                Number(person.Value, "degree"));
        }

        return result;
    }

    private static double? Number(JsonElement person, string name) =>
        person.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static void Unavailable(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{reason}; CI must have python3 with networkx to check Scout's measures.");
        }

        Assert.Skip($"{reason}; install python3-networkx to compare Scout's measures with networkx.");
    }

    internal sealed record Measures(double? Betweenness, double? Constraint, double? Participation, double? Degree);
}
