using System.Text.Json;
using MutualAid.ActivityPub.Addressing;

namespace MutualAid.ActivityPub.Tests.Addressing;

public sealed class AudienceTests
{
    private static Audience Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Audience.From(document.RootElement);
    }

    [Theory]
    [InlineData("https://www.w3.org/ns/activitystreams#Public")]
    [InlineData("as:Public")]
    [InlineData("Public")]
    public void All_three_spellings_are_Public(string spelling)
    {
        Assert.True(PublicCollection.IsPublic(spelling));
        Assert.Equal(PublicCollection.Iri, PublicCollection.Canonicalize(spelling));
    }

    [Theory]
    [InlineData("public")]
    [InlineData("http://www.w3.org/ns/activitystreams#Public")]
    [InlineData("https://www.w3.org/ns/activitystreams#public")]
    [InlineData("as:public")]
    [InlineData("https://a.example/users/x/followers")]
    [InlineData("")]
    [InlineData(null)]
    public void Nothing_else_is_Public(string? reference)
    {
        Assert.False(PublicCollection.IsPublic(reference));
    }

    [Fact]
    public void Public_in_to_is_listed_and_public()
    {
        var audience = Read("""{"to":["as:Public"],"cc":["https://a.example/users/x/followers"]}""");

        Assert.True(audience.IsPublic);
        Assert.True(audience.IsListed);
        Assert.Equal([new PublicAddressing("to", "as:Public")], audience.PublicAddressing);
    }

    [Fact]
    public void Public_in_cc_is_public_but_unlisted()
    {
        var audience = Read("""{"to":"https://a.example/users/x/followers","cc":"Public"}""");

        Assert.True(audience.IsPublic);
        Assert.False(audience.IsListed);
    }

    [Fact]
    public void Public_in_bto_bcc_or_audience_does_not_make_a_post_public()
    {
        var audience = Read("""{"to":["https://a.example/u/1"],"bto":["Public"],"bcc":["Public"],"audience":["Public"]}""");

        Assert.False(audience.IsPublic);
        Assert.Empty(audience.PublicAddressing);
    }

    [Fact]
    public void Recipients_exclude_Public_and_duplicates()
    {
        var audience = Read("""
            {"to":["https://www.w3.org/ns/activitystreams#Public","https://a.example/u/1"],
             "cc":["https://a.example/u/1",{"id":"https://a.example/u/2"}],
             "bto":"https://a.example/u/3","bcc":["https://a.example/u/4"],"audience":"https://a.example/g"}
            """);

        Assert.Equal(
            ["https://a.example/u/1", "https://a.example/u/2", "https://a.example/u/3", "https://a.example/u/4", "https://a.example/g"],
            audience.Recipients);
    }

    [Fact]
    public void An_unaddressed_document_is_private_with_no_recipients()
    {
        var audience = Read("""{"type":"Note"}""");

        Assert.False(audience.IsPublic);
        Assert.Empty(audience.Recipients);
        Assert.Empty(Audience.Empty.Recipients);
    }
}
