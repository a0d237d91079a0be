using Herald.Guard.Secrets;
using Herald.Testing;

namespace Herald.Guard.Tests.Secrets;

/// <summary>
/// Inputs that make backtracking regex engines explode. With every pattern on a linear-time engine they finish; the
/// timeout only guards against a hang and is far above what a linear scan needs.
/// </summary>
public sealed class PathologicalInputTests
{
    private const int Megabyte = 1 << 20;

    private static readonly Lazy<GuardEngine> Engine = new(() =>
    {
        var gitleaks = GitleaksConfigLoader.LoadFile(Paths.Data("gitleaks.toml"));
        Assert.True(gitleaks.Succeeded, string.Join(Environment.NewLine, gitleaks.Errors));
        return GuardEngine.Create(new GuardSetup { BuiltinSecretRules = true, GitleaksConfigs = [gitleaks.Value!] });
    });

    public static TheoryData<string> Inputs() =>
    [
        "a-run",
        "password-words",
        "base64-run",
        "begin-without-end",
        "assignments",
        "curl-continuations",
        "kubernetes-without-data",
    ];

    private static string Build(string name) => name switch
    {
        "a-run" => new string('a', Megabyte),
        "password-words" => Repeat("password password passwort ist token: key= ", Megabyte),
        "base64-run" => Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw", Megabyte),
        "begin-without-end" => Repeat("-----BEGIN RSA PRIVATE KEY-----\n-----BEGIN PRIVATE KEY-----", Megabyte),
        "assignments" => Repeat("api_key=api_key=token:token: secret=> ", Megabyte),
        "curl-continuations" => "curl " + Repeat("-H \\\n ", Megabyte),
        "kubernetes-without-data" => Repeat("kind: Secret\n data:\n  a:\n", Megabyte),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Repeat(string unit, int length)
    {
        var builder = new System.Text.StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Inputs))]
    public async Task Pathological_input_finishes(string name)
    {
        var text = Build(name);

        var result = await Task.Run(() => Engine.Value.Check(text), TestContext.Current.CancellationToken);

        Assert.NotNull(result);
    }
}
