using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Instances;
using MutualAid.Data.Sqlite;
using MutualAid.Server.Auth;

namespace MutualAid.Server.Hosting;

/// <summary>
/// Everything that must be true before the first request: the data directory exists, the schema is
/// current, the instance row exists and the token signing key is on disk. Runs on start and from the CLI.
/// </summary>
public sealed partial class StartupPreparation(
    IServiceScopeFactory scopes,
    IOptions<MutualAidOptions> options,
    SigningKeyStore signingKeys,
    TimeProvider time,
    ILogger<StartupPreparation> logger)
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _done;

    public async Task PrepareAsync(bool migrate, CancellationToken cancellationToken)
    {
        await _once.WaitAsync(cancellationToken);
        try
        {
            if (_done)
            {
                return;
            }

            var settings = options.Value;
            DataDirectory.Ensure(settings.FullDataDirectory);
            signingKeys.LoadOrCreate();
            if (migrate)
            {
                await MigrateAsync(cancellationToken);
            }

            await EnsureInstanceAsync(settings, cancellationToken);
            _done = true;
        }
        finally
        {
            _once.Release();
        }
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        DataDirectory.Ensure(options.Value.FullDataDirectory);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        var applied = await SqliteStorage.MigrateAsync(db, cancellationToken);
        LogMigrated(logger, applied.Count, options.Value.FullDataDirectory);
        return applied;
    }

    private async Task EnsureInstanceAsync(MutualAidOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        if (await db.Instance.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        db.Instance.Add(new InstanceSettings
        {
            Domain = settings.Domain,
            Name = settings.Name,
            Description = settings.Description,
            Languages = settings.Languages,
            Contact = settings.Contact,
            FederationMode = settings.FederationMode,
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) to the database in {DataDirectory}")]
    private static partial void LogMigrated(ILogger logger, int count, string dataDirectory);

    /// <summary>Runs the preparation when the host starts, before the server accepts requests.</summary>
    internal sealed class OnStart(StartupPreparation preparation, IOptions<MutualAidOptions> options) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) =>
            preparation.PrepareAsync(options.Value.MigrateOnStart, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
