using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MutualAid.Benchmarks.Hosting;

/// <summary>A real <c>mutualaid serve</c> process on a loopback port, built in the benchmark's configuration.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>CPU time (user + system) the server has used so far, from /proc: what a request costs, whatever else runs.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            var fields = File.ReadAllText($"/proc/{_process.Id}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Fields 14 and 15 of stat (utime, stime), counted after the ")" closing the command name, in clock ticks (100 Hz).
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <param name="cpus">A <c>taskset</c> CPU list (for example "0") to keep the server on those cores; null for all.</param>
    public static async Task<ServerProcess> StartAsync(string dataDirectory, int port, IReadOnlyDictionary<string, string> environment, string? cpus = null)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var dll = Path.Combine(RepositoryRoot(), "src", "MutualAid.Server", "bin", configuration, "net10.0", "mutualaid.dll");
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        // taskset replaces itself with dotnet (exec), so the process id below is the server's.
        var start = new ProcessStartInfo(cpus is null ? "dotnet" : "taskset")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Logging__LogLevel__Default"] = "Warning", ["DOTNET_gcServer"] = "0" },
        };
        if (cpus is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(cpus);
            start.ArgumentList.Add("dotnet");
        }

        foreach (var argument in (string[])[dll, "serve", "--data-dir", dataDirectory, "--urls", baseAddress.ToString().TrimEnd('/'), "--domain", "localhost"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("server: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, baseAddress);
        await server.WaitUntilUpAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilUpAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync("/api/v1");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet; poll again shortly.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The server did not answer /api/v1 within 60 seconds.");
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Federation.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("No Federation.sln above the benchmark.");
    }
}
