using System.Net;
using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.Tests.Fetching;

public sealed class RemoteDocumentFetcherTests : RemoteFetcherFixture
{
    [Fact]
    public async Task Fetches_a_document_with_the_ActivityPub_accept_header()
    {
        Remote.OnJson(NoteId, Note);

        var document = await Fetcher().FetchAsync(new Uri(NoteId), CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
        Assert.Equal(NoteId, document.FinalUri.AbsoluteUri);
        Assert.Equal("application/activity+json", document.MediaType);
        Assert.Equal("Note", document.Root.GetProperty("type").GetString());
        Assert.Equal(
            "application/activity+json, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
            Assert.Single(Remote.AcceptHeaders));
    }

    [Theory]
    [InlineData("application/activity+json")]
    [InlineData("application/activity+json; charset=utf-8")]
    [InlineData("application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"")]
    [InlineData("application/ld+json; profile=\"http://www.w3.org/ns/json-ld#compacted https://www.w3.org/ns/activitystreams\"")]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    public async Task Accepts_ActivityStreams_and_plain_JSON_content_types(string contentType)
    {
        Remote.OnJson(NoteId, Note, contentType);

        var document = await Fetcher().FetchAsync(new Uri(NoteId), CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
    }

    [Theory]
    [InlineData("application/ld+json")]
    [InlineData("application/ld+json; profile=\"https://example.org/other\"")]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("application/xml")]
    public async Task Refuses_other_content_types(string contentType)
    {
        Remote.OnJson(NoteId, Note, contentType);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.BadContentType, error.Reason);
    }

    [Theory]
    [InlineData("http://remote.example/notes/1")]
    [InlineData("ftp://remote.example/notes/1")]
    [InlineData("file:///etc/passwd")]
    public async Task Refuses_anything_but_https_by_default(string url)
    {
        var error = await Refused(url);

        Assert.Equal(RemoteFetchFailure.UnsupportedScheme, error.Reason);
        Assert.Empty(Remote.Requests);
    }

    [Fact]
    public async Task Fetches_plain_http_when_allowed()
    {
        Options.AllowHttp = true;
        Remote.OnJson("http://remote.example/notes/1", Note.Replace("https:", "http:", StringComparison.Ordinal));

        var document = await Fetcher().FetchAsync(new Uri("http://remote.example/notes/1"), CancellationToken.None);

        Assert.Equal("http://remote.example/notes/1", document.Id.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://127.0.0.1/users/a")]
    [InlineData("https://10.0.0.5/users/a")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/users/a")]
    [InlineData("https://[fd00::1]/users/a")]
    [InlineData("https://[::ffff:192.168.0.1]/users/a")]
    [InlineData("https://0.0.0.0/users/a")]
    public async Task Refuses_non_public_address_literals_before_sending(string url)
    {
        var error = await Refused(url);

        Assert.Equal(RemoteFetchFailure.BlockedAddress, error.Reason);
        Assert.Empty(Remote.Requests);
    }

    [Fact]
    public async Task Private_address_literals_pass_when_private_networks_are_allowed()
    {
        Options.AllowPrivateNetworks = true;
        Remote.OnJson("https://10.0.0.5/users/a", """{"id":"https://10.0.0.5/users/a","type":"Person"}""");

        var document = await Fetcher().FetchAsync(new Uri("https://10.0.0.5/users/a"), CancellationToken.None);

        Assert.Equal("https://10.0.0.5/users/a", document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task Gone_is_reported_with_its_status()
    {
        Remote.OnStatus(NoteId, HttpStatusCode.Gone);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.HttpStatus, error.Reason);
        Assert.Equal(HttpStatusCode.Gone, error.StatusCode);
        Assert.True(error.IsGone);
        Assert.Equal(NoteId, error.RequestUri!.AbsoluteUri);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Non_success_statuses_are_typed_failures(HttpStatusCode status)
    {
        Remote.OnStatus(NoteId, status);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.HttpStatus, error.Reason);
        Assert.Equal(status, error.StatusCode);
        Assert.False(error.IsGone);
    }

    [Fact]
    public async Task A_connection_failure_is_typed()
    {
        Remote.On(NoteId, (_, _) => throw new HttpRequestException("connection refused"));

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.ConnectionFailed, error.Reason);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Theory]
    [InlineData("{\"id\": \"https://remote.example/notes/1\"")]
    [InlineData("[{\"id\": \"https://remote.example/notes/1\"}]")]
    [InlineData("\"https://remote.example/notes/1\"")]
    [InlineData("")]
    public async Task Refuses_bodies_that_are_not_a_JSON_object(string body)
    {
        Remote.OnJson(NoteId, body);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.InvalidJson, error.Reason);
    }

    [Theory]
    [InlineData(0L, 10, 3)]
    [InlineData(1024L, 0, 3)]
    [InlineData(1024L, 10, -1)]
    public void RejectsOptions_that_cannot_work(long maxBytes, int timeoutSeconds, int maxRedirects)
    {
        var options = new FederationFetchOptions { MaxBytes = maxBytes, Timeout = TimeSpan.FromSeconds(timeoutSeconds), MaxRedirects = maxRedirects };

        Assert.Throws<InvalidOperationException>(() => new RemoteDocumentFetcher(new HttpClient(), options, TimeProvider.System));
    }

    [Fact]
    public void Discovery_over_http_requires_allowing_http()
    {
        Assert.Throws<InvalidOperationException>(() => new FederationFetchOptions { DiscoveryScheme = "http" }.Validate());
        new FederationFetchOptions { DiscoveryScheme = "http", AllowHttp = true }.Validate();
        Assert.Throws<InvalidOperationException>(() => new FederationFetchOptions { DiscoveryScheme = "ftp", AllowHttp = true }.Validate());
    }
}
