using MutualAid.JsonLd.Tool;

namespace MutualAid.Server.CommandLine;

/// <summary>
/// <c>mutualaid jsonld expand|compact ...</c>: the JSON-LD processor's own front end, so operators can see
/// what the server reads from a federated document. Needs no database or configuration.
/// </summary>
internal sealed class JsonLdCommand : ICliCommand
{
    public Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context) =>
        JsonLdCommandLine.RunAsync([.. args], context.In, context.Out, context.Error, context.CancellationToken);
}
