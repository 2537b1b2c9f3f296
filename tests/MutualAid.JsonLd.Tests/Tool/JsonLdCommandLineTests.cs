using System.Text.Json.Nodes;
using MutualAid.JsonLd.Tests.Conformance;
using MutualAid.JsonLd.Tool;

namespace MutualAid.JsonLd.Tests.Tool;

public sealed class JsonLdCommandLineTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("jsonld-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Suite(string relative) => Path.Combine(W3cManifest.Directory, relative);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await JsonLdCommandLine.RunAsync(args, new StringReader(stdin), output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Expand_loads_a_relative_context_file_next_to_the_input()
    {
        var (exit, stdout, stderr) = await RunAsync(string.Empty, "expand", Suite("expand/0126-in.jsonld"));

        Assert.True(exit == 0, stderr);
        var expected = JsonNode.Parse(File.ReadAllText(Suite("expand/0126-out.jsonld")));
        Assert.True(JsonLdComparison.AreEquivalent(expected, JsonNode.Parse(stdout)), stdout);
    }

    [Theory]
    [InlineData("0002")]
    [InlineData("0029")]
    [InlineData("0088")]
    public async Task Expand_matches_W3C_expected_output_with_the_suite_base(string id)
    {
        var input = Suite($"expand/{id}-in.jsonld");
        var (exit, stdout, stderr) = await RunAsync(string.Empty, "expand", input, "--base", W3cManifest.BaseIri + $"expand/{id}-in.jsonld");

        Assert.True(exit == 0, stderr);
        var expected = JsonNode.Parse(File.ReadAllText(Suite($"expand/{id}-out.jsonld")));
        Assert.True(JsonLdComparison.AreEquivalent(expected, JsonNode.Parse(stdout)), stdout);
    }

    [Theory]
    [InlineData("0007")]
    [InlineData("0025")]
    [InlineData("0029")]
    public async Task Compact_matches_W3C_expected_output(string id)
    {
        var (exit, stdout, stderr) = await RunAsync(string.Empty, "compact", Suite($"compact/{id}-in.jsonld"),
            "--context", Suite($"compact/{id}-context.jsonld"), "--base", W3cManifest.BaseIri + $"compact/{id}-in.jsonld");

        Assert.True(exit == 0, stderr);
        var expected = JsonNode.Parse(File.ReadAllText(Suite($"compact/{id}-out.jsonld")));
        Assert.True(JsonLdComparison.AreEquivalent(expected, JsonNode.Parse(stdout)), stdout);
    }

    [Fact]
    public async Task Undereferenceable_context_exits_1_with_the_spec_error_code()
    {
        var (exit, stdout, stderr) = await RunAsync(string.Empty, "expand", Suite("expand/er04-in.jsonld"));

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("jsonld: loading remote context failed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_term_definition_read_from_stdin_exits_1()
    {
        var (exit, _, stderr) = await RunAsync("""{"@context": {"term": 42}, "term": "x"}""", "expand", "-");

        Assert.Equal(1, exit);
        Assert.StartsWith("jsonld: invalid term definition: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_that_is_not_JSON_exits_1_as_loading_document_failed()
    {
        var (exit, _, stderr) = await RunAsync("{not json", "expand", "-");

        Assert.Equal(1, exit);
        Assert.StartsWith("jsonld: loading document failed: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Processing_mode_option_is_applied()
    {
        var input = Path.Combine(_temp, "doc.jsonld");
        File.WriteAllText(input, """{"@context": {"@version": 1.1, "p": "http://example.org/p"}, "p": "v"}""");

        var (exit, _, stderr) = await RunAsync(string.Empty, "expand", input, "--processing-mode", "json-ld-1.0");

        Assert.Equal(1, exit);
        Assert.StartsWith("jsonld: processing mode conflict", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expand_context_option_supplies_terms()
    {
        var input = Path.Combine(_temp, "doc.jsonld");
        var context = Path.Combine(_temp, "ctx.jsonld");
        File.WriteAllText(input, """{"name": "Ada"}""");
        File.WriteAllText(context, """{"@context": {"name": "http://schema.org/name"}}""");

        var (exit, stdout, stderr) = await RunAsync(string.Empty, "expand", input, "--expand-context", context);

        Assert.True(exit == 0, stderr);
        Assert.Equal("Ada", JsonNode.Parse(stdout)![0]!["http://schema.org/name"]![0]!["@value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("frame x.jsonld")]
    [InlineData("compact x.jsonld")]
    [InlineData("expand")]
    [InlineData("expand x.jsonld --processing-mode json-ld-2.0")]
    [InlineData("expand x.jsonld --base")]
    [InlineData("expand a.jsonld b.jsonld")]
    public async Task Wrong_arguments_exit_2_with_usage(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (exit, stdout, stderr) = await RunAsync(string.Empty, args);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("usage:", stderr, StringComparison.Ordinal);
    }
}
