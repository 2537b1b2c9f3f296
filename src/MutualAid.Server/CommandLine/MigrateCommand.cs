using MutualAid.Server.Hosting;

namespace MutualAid.Server.CommandLine;

/// <summary><c>mutualaid migrate</c>: applies pending migrations to the configured database.</summary>
internal sealed class MigrateCommand : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var parsed = CommandArguments.Parse(args, CommandArguments.StorageOptions);
        await using var app = await CliHost.OpenAsync(parsed.StorageSettings(), prepare: false, context.CancellationToken);
        var preparation = app.Services.GetRequiredService<StartupPreparation>();
        var applied = await preparation.MigrateAsync(context.CancellationToken);
        await preparation.PrepareAsync(migrate: false, context.CancellationToken);
        await context.Out.WriteLineAsync(applied.Count == 0
            ? "The database is up to date."
            : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
        return MutualAidCommandLine.Ok;
    }
}
