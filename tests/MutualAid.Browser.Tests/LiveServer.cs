using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Server.Demo;
using MutualAid.Server.Hosting;
using MutualAid.Testing;

namespace MutualAid.Browser.Tests;

/// <summary>
/// The real server on Kestrel at 127.0.0.1 on a free port (a browser needs a socket, so not TestServer),
/// with a temp data directory seeded with the demo collective.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly TempDirectory _data = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<LiveServer> StartAsync()
    {
        var server = new LiveServer();
        var app = Program.BuildWebApp(
        [
            "--urls=http://127.0.0.1:0",
            $"--MutualAid:DataDirectory={server._data.Path}",
            "--MutualAid:Domain=localhost",
            "--MutualAid:Name=Barrio directory",
            "--environment=Testing",
        ]);
        server._app = app;
        await app.Services.GetRequiredService<StartupPreparation>().PrepareAsync(migrate: true, CancellationToken.None);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await DemoSeed.SeedIfEmptyAsync(scope.ServiceProvider, CancellationToken.None);
        }

        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        server.BaseUrl = addresses.Single().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _data.Dispose();
    }
}
