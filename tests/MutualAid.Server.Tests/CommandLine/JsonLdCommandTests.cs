using System.Text.Json.Nodes;
using MutualAid.Server.CommandLine;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.CommandLine;

/// <summary><c>mutualaid jsonld</c> is wired to the processor's front end (its own tests cover the options).</summary>
public sealed class JsonLdCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Expand_prints_the_expanded_spec_example()
    {
        var example = Path.Combine(RepositoryPaths.Root, "spec", "examples", "create-fund.json");

        var result = await CliRunner.RunAsync("jsonld", "expand", example);

        Assert.Equal(0, result.ExitCode);
        var expanded = JsonNode.Parse(result.Out)!.AsArray();
        var activity = Assert.IsType<JsonObject>(Assert.Single(expanded));
        Assert.Equal("https://www.w3.org/ns/activitystreams#Create", activity["@type"]![0]!.GetValue<string>());
        Assert.Contains("https://w3id.org/mutual-aid#fundPurpose", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_ld_error_exits_1_with_the_spec_error_code()
    {
        var file = Path.Combine(_dir.Path, "bad.jsonld");
        await File.WriteAllTextAsync(file, """{"@context": {"@vocab": 42}, "name": "x"}""");

        var result = await CliRunner.RunAsync("jsonld", "expand", file);

        Assert.Equal(MutualAidCommandLine.Failed, result.ExitCode);
        Assert.Contains("invalid vocab mapping", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Missing_arguments_print_usage_and_exit_2()
    {
        var result = await CliRunner.RunAsync("jsonld", "compact", "-");

        Assert.Equal(MutualAidCommandLine.BadUsage, result.ExitCode);
        Assert.Contains("--context", result.Error, StringComparison.Ordinal);
    }
}
