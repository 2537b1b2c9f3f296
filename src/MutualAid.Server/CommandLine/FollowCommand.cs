using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.WebFinger;
using MutualAid.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Publishing;

namespace MutualAid.Server.CommandLine;

/// <summary><c>mutualaid follow @collective@host</c>: the instance actor follows; the Follow is queued for the server's delivery worker.</summary>
internal sealed class FollowCommand : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var parsed = CommandArguments.Parse(args, [.. CommandArguments.StorageOptions], positionals: 1);
        await using var app = await CliHost.OpenAsync(parsed.StorageSettings(), prepare: true, context.CancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var instance = scope.ServiceProvider.GetRequiredService<LocalActorDirectory>().Instance;
        await app.Services.GetRequiredService<LocalActorKeys>().EnsureInstanceKeysAsync(instance, context.CancellationToken);
        try
        {
            var following = await scope.ServiceProvider.GetRequiredService<FollowRemoteActor>().ExecuteAsync(parsed.Positionals[0], instance, context.CancellationToken);
            await context.Out.WriteLineAsync($"Queued a Follow of {following.RemoteActorIri} ({following.FollowActivityIri}); the running server delivers it.");
            return MutualAidCommandLine.Ok;
        }
        catch (Exception exception) when (exception is RemoteFetchException or WebFingerException or FormatException or FederationRefusedException)
        {
            await context.Error.WriteLineAsync($"follow: {parsed.Positionals[0]}: {exception.Message}");
            return 1;
        }
    }
}
