using MutualAid.Core.Listings.Import;

namespace MutualAid.Server.CommandLine;

/// <summary><c>mutualaid listing import &lt;file.json|csv&gt; --collective &lt;slug&gt;</c>: all or nothing.</summary>
internal sealed class ListingImportCommand : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var parsed = CommandArguments.Parse(args, ["collective", .. CommandArguments.StorageOptions], positionals: 1);
        var path = parsed.Positionals[0];
        var collective = parsed.RequiredValue("collective");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".csv"))
        {
            throw new UsageException($"'{path}' must end in .json or .csv.");
        }

        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"No such file: {path}");
            return MutualAidCommandLine.Failed;
        }

        var text = await File.ReadAllTextAsync(path, context.CancellationToken);
        var rows = extension == ".json" ? ListingFileReader.ReadJson(text) : ListingFileReader.ReadCsv(text);

        await using var app = await CliHost.OpenAsync(parsed.StorageSettings(), prepare: true, context.CancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<ImportListings>().ExecuteAsync(collective, rows, context.CancellationToken);
        await context.Out.WriteLineAsync($"Imported {count} listing(s) into '{collective}'.");
        return MutualAidCommandLine.Ok;
    }
}
