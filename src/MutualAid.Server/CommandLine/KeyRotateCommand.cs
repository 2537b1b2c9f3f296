using MutualAid.Federation.Actors;
using MutualAid.Federation.Publishing;

namespace MutualAid.Server.CommandLine;

/// <summary>
/// <c>mutualaid key rotate &lt;collective-slug | --instance&gt;</c>: replaces the actor's RSA key and queues an Update of
/// the actor to its followers (the running server's delivery worker sends it).
/// </summary>
internal sealed class KeyRotateCommand : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        var instance = args.Contains("--instance", StringComparer.Ordinal);
        var parsed = CommandArguments.Parse(args, CommandArguments.StorageOptions, flags: ["instance"], positionals: instance ? 0 : 1);
        var username = instance ? LocalActor.InstanceUsername : parsed.Positionals[0];
        if (!instance && string.Equals(username, LocalActor.InstanceUsername, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException("Use --instance to rotate the instance actor's key.");
        }

        await using var app = await CliHost.OpenAsync(parsed.StorageSettings(), prepare: true, context.CancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var pair = await scope.ServiceProvider.GetRequiredService<RotateActorKey>().ExecuteAsync(username, context.CancellationToken);
        await context.Out.WriteLineAsync($"Rotated {pair.Rsa.KeyId}; an Update of the actor is queued for its followers (the running server delivers it).");
        return MutualAidCommandLine.Ok;
    }
}
