using Microsoft.Extensions.Options;
using MutualAid.Server.Hosting;

namespace MutualAid.Server.CommandLine;

/// <summary>Builds the application's services (same configuration as the server) without serving HTTP.</summary>
internal static class CliHost
{
    public static async Task<WebApplication> OpenAsync(IReadOnlyDictionary<string, string?> settings, bool migrate, CancellationToken cancellationToken)
    {
        var app = Program.BuildWebApp([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            // Command output is for people; server logs would drown it.
            builder.Logging.ClearProviders();
        });
        var options = app.Services.GetRequiredService<IOptions<MutualAidOptions>>().Value;
        await app.Services.GetRequiredService<StartupPreparation>().PrepareAsync(migrate && options.MigrateOnStart, cancellationToken);
        return app;
    }
}
