using MutualAid.JsonLd.Iri;

namespace MutualAid.JsonLd.Tests.Iri;

public sealed class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    // RFC 3986 section 5.4: normal and abnormal examples.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    public void Resolves_RFC_3986_examples(string reference, string expected)
    {
        Assert.Equal(expected, IriResolver.Resolve(Base, reference));
    }

    [Theory]
    [InlineData("http://example.com/a/b", "http://example.com/a/c", "c")]
    [InlineData("http://example.com/a/b", "http://example.com/a/b#frag", "#frag")]
    [InlineData("http://example.com/a/b", "http://example.com/x/y", "../x/y")]
    [InlineData("http://example.com/a/b", "http://example.com/a/", "./")]
    [InlineData("http://example.com/a/b", "https://example.com/a/c", "https://example.com/a/c")]
    [InlineData("http://example.com/a/b", "http://other.example/a/c", "http://other.example/a/c")]
    [InlineData("http://localhost/", "http://localhost/@special", "./@special")]
    public void Relativizes_only_when_it_resolves_back(string baseIri, string iri, string expected)
    {
        var relative = IriResolver.Relativize(baseIri, iri);

        Assert.Equal(expected, relative);
        Assert.Equal(iri, IriResolver.Resolve(baseIri, relative));
    }

    [Theory]
    [InlineData("http://example.com/x", true)]
    [InlineData("urn:isbn:123", true)]
    [InlineData("_:b0", false)]
    [InlineData("relative/path", false)]
    [InlineData("http://example.com/a b", false)]
    public void Recognizes_well_formed_absolute_IRIs(string value, bool expected)
    {
        Assert.Equal(expected, IriResolver.IsWellFormedAbsolute(value));
    }
}
