using Microsoft.Extensions.Options;
using MutualAid.Server.Hosting;

namespace MutualAid.Server.CommandLine;

/// <summary>Builds the application's services (same configuration as the server) without serving HTTP.</summary>
internal static class CliHost
{
    /// <summary>Builds the services; with <paramref name="prepare"/>, also readies the database (migrating it if so configured).</summary>
    public static async Task<WebApplication> OpenAsync(IReadOnlyDictionary<string, string?> settings, bool prepare, CancellationToken cancellationToken)
    {
        var app = Program.BuildWebApp([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            // Command output is for people; server logs would drown it.
            builder.Logging.ClearProviders();
        });
        if (prepare)
        {
            var options = app.Services.GetRequiredService<IOptions<MutualAidOptions>>().Value;
            await app.Services.GetRequiredService<StartupPreparation>().PrepareAsync(options.MigrateOnStart, cancellationToken);
        }

        return app;
    }
}
