using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MutualAid.Server.CommandLine;
using MutualAid.Server.Demo;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.CommandLine;

public sealed partial class DemoCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Demo_in_process_prints_the_address_and_login_serves_them_and_does_not_reseed()
    {
        var first = await RunDemoAsync(async address =>
        {
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var page = JsonNode.Parse(await http.GetStringAsync($"/api/v1/collectives/{DemoSeed.CollectiveSlug}/listings?limit=100"))!;
            Assert.Equal(DemoListings.Create(TimeProvider.System.GetUtcNow()).Count, page["items"]!.AsArray().Count);
            using var login = await http.PostAsJsonAsync("/api/v1/auth/token", new { email = DemoSeed.Email, password = DemoSeed.Password });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        });
        var second = await RunDemoAsync(_ => Task.CompletedTask);

        Assert.Contains("Seeded the demo collective", first, StringComparison.Ordinal);
        Assert.Contains(DemoSeed.Password, first, StringComparison.Ordinal);
        Assert.Contains("not seeding", second, StringComparison.Ordinal);
    }

    private async Task<string> RunDemoAsync(Func<string, Task> whileRunning)
    {
        using var output = new SignallingWriter("Demo login:");
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = MutualAidCommandLine.CreateDefault().RunAsync(
            ["demo", "--urls", "http://127.0.0.1:0", "--data-dir", _data.Path], TextReader.Null, output, error, stop.Token);

        await Task.WhenAny(output.Seen, run).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(output.Seen.IsCompleted, output + error.ToString());
        var address = Address().Match(output.ToString()).Groups[1].Value;
        try
        {
            await whileRunning(address);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        }

        return output.ToString();
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Address();
}
