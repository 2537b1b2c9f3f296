using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using MutualAid.Server.Demo;
using MutualAid.Server.Hosting;

namespace MutualAid.Server.CommandLine;

/// <summary>
/// <c>mutualaid demo</c>: serves an instance seeded (only when empty) with a demo collective and listings of
/// every kind, then prints where it listens and how to log in. Data goes to <c>./data/demo</c> unless
/// <c>--data-dir</c> or <c>MutualAid__DataDirectory</c> says otherwise.
/// </summary>
internal sealed class DemoCommand : ICliCommand
{
    public const string DefaultDataDirectory = "data/demo";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var hostArgs = HostArguments.Translate(args);
        var app = Program.BuildWebApp(hostArgs, builder =>
        {
            var explicitDirectory = HostArguments.Mentions(hostArgs, "--MutualAid:DataDirectory")
                || Environment.GetEnvironmentVariable("MutualAid__DataDirectory") is not null;
            if (!explicitDirectory)
            {
                builder.Configuration.AddInMemoryCollection([new("MutualAid:DataDirectory", DefaultDataDirectory)]);
            }
        });

        await using (app)
        {
            await app.Services.GetRequiredService<StartupPreparation>().PrepareAsync(migrate: true, context.CancellationToken);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var seeded = await DemoSeed.SeedIfEmptyAsync(scope.ServiceProvider, context.CancellationToken);
                await context.Out.WriteLineAsync(seeded is { } count
                    ? $"Seeded the demo collective '{DemoSeed.CollectiveSlug}' with {count} listings."
                    : "The database already has data; not seeding.");
            }

            await app.StartAsync(context.CancellationToken);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var options = app.Services.GetRequiredService<IOptions<MutualAidOptions>>().Value;
            foreach (var address in addresses)
            {
                await context.Out.WriteLineAsync($"Mutual aid demo listening on {address}");
            }

            await context.Out.WriteLineAsync($"Demo login: {DemoSeed.Email} / {DemoSeed.Password}   (sign in at /signin, or the API)");
            await context.Out.WriteLineAsync($"API token: POST /api/v1/auth/token {{\"email\":\"{DemoSeed.Email}\",\"password\":\"{DemoSeed.Password}\"}}");
            await context.Out.WriteLineAsync($"Listings: /api/v1/collectives/{DemoSeed.CollectiveSlug}/listings   OpenAPI: /openapi/v1.json");
            await context.Out.WriteLineAsync($"Data directory: {options.FullDataDirectory}   (Ctrl+C to stop)");
            await context.Out.FlushAsync(context.CancellationToken);

            await app.WaitForShutdownAsync(context.CancellationToken);
        }

        return MutualAidCommandLine.Ok;
    }
}
