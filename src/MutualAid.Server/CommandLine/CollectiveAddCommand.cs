using MutualAid.Core.Collectives;

namespace MutualAid.Server.CommandLine;

/// <summary><c>mutualaid collective add &lt;slug&gt; --name ...</c></summary>
internal sealed class CollectiveAddCommand : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var parsed = CommandArguments.Parse(args,
            ["name", "summary", "languages", "area", "website", "front-gate", .. CommandArguments.StorageOptions], positionals: 1);
        var profile = new CollectiveProfileInput
        {
            Name = parsed.RequiredValue("name"),
            Summary = parsed.Value("summary"),
            Languages = parsed.Value("languages")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            AreaServed = parsed.Value("area"),
            Website = parsed.Value("website"),
            FrontGateContact = parsed.Value("front-gate"),
        };

        await using var app = await CliHost.OpenAsync(parsed.StorageSettings(), prepare: true, context.CancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var view = await scope.ServiceProvider.GetRequiredService<AddCollective>().ExecuteAsync(parsed.Positionals[0], profile, context.CancellationToken);
        await context.Out.WriteLineAsync($"Created collective '{view.Slug}' ({view.Name}).");
        return MutualAidCommandLine.Ok;
    }
}
