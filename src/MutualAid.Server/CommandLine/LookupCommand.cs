using System.Text.Json;
using Microsoft.Extensions.Options;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.WebFinger;
using MutualAid.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Remote;

namespace MutualAid.Server.CommandLine;

/// <summary><c>mutualaid lookup &lt;@user@host | url&gt;</c>: a fetch signed by the instance actor; prints the document.</summary>
internal sealed class LookupCommand : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var parsed = CommandArguments.Parse(args, [.. CommandArguments.StorageOptions], positionals: 1);
        await using var app = await CliHost.OpenAsync(parsed.StorageSettings(), prepare: true, context.CancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        await app.Services.GetRequiredService<LocalActorKeys>().EnsureInstanceKeysAsync(
            scope.ServiceProvider.GetRequiredService<LocalActorDirectory>().Instance, context.CancellationToken);
        var clients = app.Services.GetRequiredService<IHttpClientFactory>();
        var options = app.Services.GetRequiredService<IOptions<FederationOptions>>();
        var time = app.Services.GetRequiredService<TimeProvider>();
        var target = parsed.Positionals[0];
        try
        {
            Uri url;
            if (Uri.TryCreate(target, UriKind.Absolute, out var given) && given.Scheme is "https" or "http")
            {
                url = given;
            }
            else
            {
                var webFinger = new WebFingerClient(clients.CreateClient(FederationHttp.ClientName), FederationHttp.FetchOptions(options.Value), time);
                url = (await webFinger.ResolveAsync(target, context.CancellationToken)).ActorId;
            }

            var document = await FederationHttp.Fetcher(clients, options, time).FetchAsync(url, context.CancellationToken);
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(document.Root, new JsonSerializerOptions { WriteIndented = true }));
            return MutualAidCommandLine.Ok;
        }
        catch (Exception exception) when (exception is RemoteFetchException or WebFingerException or FormatException)
        {
            await context.Error.WriteLineAsync($"lookup: {target}: {exception.Message}");
            return 1;
        }
    }
}
