using Microsoft.Extensions.Options;
using MutualAid.Core;
using MutualAid.Data.Sqlite;

namespace MutualAid.Server.Hosting;

public static class StorageSetup
{
    /// <summary>Options, the use cases and the embedded SQLite database in the data directory.</summary>
    public static WebApplicationBuilder AddMutualAidStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MutualAidOptions>()
            .Bind(builder.Configuration.GetSection(MutualAidOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MutualAidOptions>, MutualAidOptionsValidator>();
        builder.Services.AddMutualAidCore();
        builder.Services.AddSqliteStorage(provider =>
            SqliteStorage.ConnectionStringFor(provider.GetRequiredService<IOptions<MutualAidOptions>>().Value.FullDataDirectory));
        builder.Services.AddSingleton<StartupPreparation>();
        builder.Services.AddHostedService<StartupPreparation.OnStart>();
        builder.Services.AddSingleton<Backup.DataDirectoryBackup>();
        return builder;
    }
}
