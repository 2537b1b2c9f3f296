namespace MutualAid.Server.CommandLine;

/// <summary>
/// <c>mutualaid serve</c>: runs the instance. Arguments go to the host as configuration (so <c>--urls</c>,
/// <c>--environment</c> and <c>--MutualAid:Domain=...</c> work as usual); <c>--data-dir</c> and
/// <c>--domain</c> are shorthands.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var app = Program.BuildWebApp(HostArguments.Translate(args));
        await app.RunAsync();
        return MutualAidCommandLine.Ok;
    }
}
