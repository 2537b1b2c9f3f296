using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using MutualAid.Server.Demo;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.CommandLine;

/// <summary>Runs the built <c>mutualaid</c> binary as a real process and talks to it over loopback HTTP.</summary>
public sealed class DemoProcessTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Demo_serves_seeded_listings_of_every_kind_over_http()
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "mutualaid.dll"), "demo", "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _data.Path,
            Environment = { ["MutualAid__DataDirectory"] = Path.Combine(_data.Path, "demo-data"), ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Keep reading both pipes for the whole run: a full pipe would block the server's logging.
        process.OutputDataReceived += (_, e) => Collect(e.Data, output, ready);
        process.ErrorDataReceived += (_, e) => Collect(e.Data, output, ready);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await ready.Task.WaitAsync(timeout.Token);
            var banner = Snapshot(output);
            Assert.True(banner.Contains($"listening on http://127.0.0.1:{port}", StringComparison.Ordinal), banner);
            Assert.Contains(DemoSeed.Email, banner, StringComparison.Ordinal);
            Assert.Contains(DemoSeed.Password, banner, StringComparison.Ordinal);

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var home = await http.GetAsync("/", timeout.Token);
            Assert.True(home.StatusCode == HttpStatusCode.OK, Snapshot(output));
            var openapi = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json", timeout.Token))!;
            Assert.NotNull(openapi["paths"]!["/api/v1/collectives/{slug}/listings"]);

            var page = JsonNode.Parse(await http.GetStringAsync($"/api/v1/collectives/{DemoSeed.CollectiveSlug}/listings?limit=100", timeout.Token))!;
            var items = page["items"]!.AsArray();
            Assert.Equal(
                ["contact", "fund", "need", "offer", "savingsCircle", "service"],
                items.Select(i => i!["kind"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
            Assert.Superset(new HashSet<string> { "en", "es", "ar" }, items.Select(i => i!["language"]!.GetValue<string>()).ToHashSet());

            using var login = await http.PostAsJsonAsync("/api/v1/auth/token", new { email = DemoSeed.Email, password = DemoSeed.Password }, timeout.Token);
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    private static void Collect(string? line, System.Text.StringBuilder output, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (line.StartsWith("Demo login:", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }

    private static string Snapshot(System.Text.StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
