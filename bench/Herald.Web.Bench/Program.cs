using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;

// The post studio's round trip measured against the real app: Herald.Web (Release, SQLite, demo company) is
// started as its own process, an ambassador signs in through the sign-in form (cookie, as in the browser), and
// the 3,000-character posts are sent to POST /api/v1/check one after another, the way one person's debounced
// typing sends them. GET /health/live is measured in the same run as the floor: the cost of any request at all.
//
//   dotnet build src/Herald.Web -c Release -o bench/.peers/herald-web
//   dotnet run -c Release --project bench/Herald.Web.Bench -- bench/.peers/herald-web/Herald.Web.dll [REQUESTS]
var appDll = Path.GetFullPath(args.Length > 0 ? args[0] : "bench/.peers/herald-web/Herald.Web.dll");
var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
// Enough for the engine, EF and the JIT to settle; the studio's first check after start is not what a writer waits for.
var warmup = Math.Max(100, requests / 10);
if (!File.Exists(appDll))
{
    Console.Error.WriteLine($"{appDll} does not exist. Build it first: dotnet build src/Herald.Web -c Release -o bench/.peers/herald-web");
    return 2;
}

var dataDirectory = Directory.CreateTempSubdirectory("herald-web-bench-").FullName;
var port = FreePort();
var baseAddress = new Uri($"http://127.0.0.1:{port}");
var start = new ProcessStartInfo("dotnet", [appDll, "--demo"])
{
    WorkingDirectory = Path.GetDirectoryName(appDll)!,
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    Environment =
    {
        ["ASPNETCORE_URLS"] = baseAddress.ToString(),
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Herald__DataDirectory"] = dataDirectory,
        // One client sends every request; the per-address limits protect a real installation, not this measurement.
        ["Protection__ChecksPerMinute"] = "1000000",
        ["Protection__SignInPerMinute"] = "1000",
        ["Serilog__MinimumLevel__Default"] = "Warning",
    },
};

using var app = Process.Start(start)!;
app.OutputDataReceived += (_, _) => { };
app.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("app: " + e.Data); };
app.BeginOutputReadLine();
app.BeginErrorReadLine();
try
{
    using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
    using var client = new HttpClient(handler) { BaseAddress = baseAddress };
    client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
    var startup = Stopwatch.StartNew();
    await WaitUntilReadyAsync(client);
    Console.WriteLine($"Herald started with the demo company in {startup.Elapsed.TotalSeconds:F1} s ({appDll})");
    await SignInAsync(client, "jonas.wagner@nordwind-logistik.example", "herald-demo-2026");

    Console.WriteLine($"{requests} requests each after {warmup} warm-up requests, one at a time, Accept-Language de-DE");
    Console.WriteLine($"{"request",-52} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}  findings");
    await MeasureAsync("GET /health/live (floor)", () => client.GetAsync("/health/live"), requests, warmup);
    foreach (var post in new[] { "post-3000-de.txt", "post-3000-en.txt", "post-3000-risky.txt" })
    {
        var text = Post(post);
        await MeasureAsync($"POST /api/v1/check {post} ({text.Length} chars)", () => client.PostAsJsonAsync("/api/v1/check", new { text }), requests, warmup);
    }

    return 0;
}
finally
{
    app.Kill(entireProcessTree: true);
    await app.WaitForExitAsync();
    Directory.Delete(dataDirectory, recursive: true);
}

static async Task MeasureAsync(string name, Func<Task<HttpResponseMessage>> send, int requests, int warmup)
{
    var times = new double[requests];
    var findings = "";
    for (var i = -warmup; i < requests; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{name}: {(int)response.StatusCode} {body}");
        }

        if (i >= 0)
        {
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        else if (i == -1)
        {
            findings = Regex.Count(body, "\"ruleId\"").ToString(CultureInfo.InvariantCulture);
        }
    }

    Array.Sort(times);
    Console.WriteLine($"{name,-52} {At(times, 0.50),8:F2} {At(times, 0.95),8:F2} {At(times, 0.99),8:F2} {times[^1],8:F2}  {findings}");
}

// Nearest-rank percentile of sorted values.
static double At(double[] sorted, double quantile) => sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

static async Task WaitUntilReadyAsync(HttpClient client)
{
    // Start-up migrates the database and creates the demo company: allow a minute on a busy machine.
    var deadline = DateTime.UtcNow.AddMinutes(2);
    while (true)
    {
        try
        {
            using var response = await client.GetAsync("/health/ready");
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException) when (DateTime.UtcNow < deadline)
        {
        }

        if (DateTime.UtcNow >= deadline)
        {
            throw new TimeoutException("Herald did not become ready within two minutes.");
        }

        await Task.Delay(200);
    }
}

static async Task SignInAsync(HttpClient client, string email, string password)
{
    var form = await client.GetStringAsync("/account/sign-in");
    var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    using var content = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["__RequestVerificationToken"] = token,
    });
    using var response = await client.PostAsync("/account/sign-in", content);
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
    }
}

static string Post(string name)
{
    using var stream = typeof(Program).Assembly.GetManifestResourceStream(name)!;
    using var reader = new StreamReader(stream);
    return reader.ReadToEnd();
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
