using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Rfc9421;
using MutualAid.ActivityPub.Signatures.StructuredFields;

namespace MutualAid.ActivityPub.Tests.Signatures;

/// <summary>Component values the RFC vectors do not reach (RFC 9421 section 2 examples).</summary>
public sealed class Rfc9421SignatureBaseTests
{
    private static readonly HttpMessageParts Request = new(
        "POST",
        new Uri("https://www.example.com/path?param=value&foo=bar&baz=bat%2Dman"),
        [
            new("Host", "www.example.com"),
            new("Example-Dict", " a=1,    b=2;x=1;y=2,   c=(a   b   c)"),
            new("Example-Header", "value, with, lots"),
            new("Example-Header", "of, commas"),
        ],
        Array.Empty<byte>());

    private static string Line(string components)
    {
        var input = SfParser.ParseItem("(" + components + ")");
        var signatureBase = Rfc9421SignatureBase.Build(Request, input);
        return signatureBase[..signatureBase.IndexOf("\n\"@signature-params\"", StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("\"@method\"", "\"@method\": POST")]
    [InlineData("\"@target-uri\"", "\"@target-uri\": https://www.example.com/path?param=value&foo=bar&baz=bat%2Dman")]
    [InlineData("\"@authority\"", "\"@authority\": www.example.com")]
    [InlineData("\"@scheme\"", "\"@scheme\": https")]
    [InlineData("\"@request-target\"", "\"@request-target\": /path?param=value&foo=bar&baz=bat%2Dman")]
    [InlineData("\"@path\"", "\"@path\": /path")]
    [InlineData("\"@query\"", "\"@query\": ?param=value&foo=bar&baz=bat%2Dman")]
    [InlineData("\"@query-param\";name=\"baz\"", "\"@query-param\";name=\"baz\": bat-man")]
    [InlineData("\"example-dict\";sf", "\"example-dict\";sf: a=1, b=2;x=1;y=2, c=(a b c)")]
    [InlineData("\"example-dict\";key=\"b\"", "\"example-dict\";key=\"b\": 2;x=1;y=2")]
    [InlineData("\"example-dict\";key=\"c\"", "\"example-dict\";key=\"c\": (a b c)")]
    [InlineData("\"example-header\"", "\"example-header\": value, with, lots, of, commas")]
    [InlineData("\"example-header\";bs", "\"example-header\";bs: :dmFsdWUsIHdpdGgsIGxvdHM=:, :b2YsIGNvbW1hcw==:")]
    public void Component_values_follow_the_rfc(string component, string expected) => Assert.Equal(expected, Line(component));

    [Fact]
    public void Status_comes_from_responses_only()
    {
        var response = HttpMessageParts.Response(200, [], Array.Empty<byte>());
        Assert.StartsWith("\"@status\": 200\n", Rfc9421SignatureBase.Build(response, SfParser.ParseItem("(\"@status\")")), StringComparison.Ordinal);
        var e = Assert.Throws<SignatureRejectedException>(() => Line("\"@status\""));
        Assert.Equal(SignatureFailure.MissingRequiredComponent, e.Failure);
    }

    [Fact]
    public void A_covered_header_that_is_absent_is_reported()
    {
        var e = Assert.Throws<SignatureRejectedException>(() => Line("\"content-digest\""));
        Assert.Equal(SignatureFailure.MissingRequiredComponent, e.Failure);
        Assert.Contains("content-digest is not present", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_components_are_malformed()
    {
        var e = Assert.Throws<SignatureRejectedException>(() => Line("\"@method\" \"@method\""));
        Assert.Equal(SignatureFailure.Malformed, e.Failure);
    }

    [Fact]
    public void Structured_fields_round_trip()
    {
        const string input = "sig1=(\"@method\" \"@path\";req);created=1618884473;keyid=\"a \\\"b\\\"\";alg=x;f=?0;d=1.5";
        var member = SfParser.ParseDictionary(input).Single();
        Assert.Equal(input, "sig1=" + member.Value.Serialize());
        Assert.Throws<StructuredFieldException>(() => SfParser.ParseDictionary("sig1=(\"unclosed\""));
    }
}
