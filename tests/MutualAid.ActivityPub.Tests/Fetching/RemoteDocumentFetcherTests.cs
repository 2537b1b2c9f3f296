using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.Tests.Fetching;

public sealed class RemoteDocumentFetcherTests
{
    private const string NoteId = "https://remote.example/notes/1";
    private const string Note = """{"@context":"https://www.w3.org/ns/activitystreams","id":"https://remote.example/notes/1","type":"Note","content":"hi"}""";

    private readonly StubRemoteServer _remote = new();
    private readonly FederationFetchOptions _options = new();
    private readonly FakeTimeProvider _time = new();

    private RemoteDocumentFetcher Fetcher() => new(_remote.CreateClient(), _options, _time);

    private Task<RemoteFetchException> Refused(string url) =>
        Assert.ThrowsAsync<RemoteFetchException>(() => Fetcher().FetchAsync(new Uri(url), CancellationToken.None));

    [Fact]
    public async Task Fetches_a_document_with_the_ActivityPub_accept_header()
    {
        _remote.OnJson(NoteId, Note);

        var document = await Fetcher().FetchAsync(new Uri(NoteId), CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
        Assert.Equal(NoteId, document.FinalUri.AbsoluteUri);
        Assert.Equal("application/activity+json", document.MediaType);
        Assert.Equal("Note", document.Root.GetProperty("type").GetString());
        Assert.Equal(
            "application/activity+json, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
            Assert.Single(_remote.AcceptHeaders));
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
        _remote.OnJson(NoteId, Note, contentType);

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
        _remote.OnJson(NoteId, Note, contentType);

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
        Assert.Empty(_remote.Requests);
    }

    [Fact]
    public async Task Fetches_plain_http_when_allowed()
    {
        _options.AllowHttp = true;
        _remote.OnJson("http://remote.example/notes/1", Note.Replace("https:", "http:", StringComparison.Ordinal));

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
        Assert.Empty(_remote.Requests);
    }

    [Fact]
    public async Task Private_address_literals_pass_when_private_networks_are_allowed()
    {
        _options.AllowPrivateNetworks = true;
        _remote.OnJson("https://10.0.0.5/users/a", """{"id":"https://10.0.0.5/users/a","type":"Person"}""");

        var document = await Fetcher().FetchAsync(new Uri("https://10.0.0.5/users/a"), CancellationToken.None);

        Assert.Equal("https://10.0.0.5/users/a", document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task Follows_redirects_and_resolves_relative_locations()
    {
        _remote
            .OnRedirect("https://remote.example/@alice", "https://remote.example/users/alice/redirect", HttpStatusCode.MovedPermanently)
            .OnRedirect("https://remote.example/users/alice/redirect", "/users/alice", HttpStatusCode.TemporaryRedirect)
            .OnJson("https://remote.example/users/alice", """{"id":"https://remote.example/users/alice","type":"Person"}""");

        var document = await Fetcher().FetchAsync(new Uri("https://remote.example/@alice"), CancellationToken.None);

        Assert.Equal("https://remote.example/users/alice", document.FinalUri.AbsoluteUri);
        Assert.Equal(3, _remote.Requests.Count);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_number_of_redirects()
    {
        _options.MaxRedirects = 3;
        for (var hop = 0; hop < 4; hop++)
        {
            _remote.OnRedirect($"https://remote.example/{hop}", $"https://remote.example/{hop + 1}");
        }

        _remote.OnJson("https://remote.example/4", """{"id":"https://remote.example/4"}""");

        var error = await Refused("https://remote.example/0");

        Assert.Equal(RemoteFetchFailure.TooManyRedirects, error.Reason);
        Assert.Equal(4, _remote.Requests.Count);
    }

    [Fact]
    public async Task Exactly_the_maximum_number_of_redirects_is_followed()
    {
        _options.MaxRedirects = 3;
        for (var hop = 0; hop < 3; hop++)
        {
            _remote.OnRedirect($"https://remote.example/{hop}", $"https://remote.example/{hop + 1}");
        }

        _remote.OnJson("https://remote.example/3", """{"id":"https://remote.example/3"}""");

        var document = await Fetcher().FetchAsync(new Uri("https://remote.example/0"), CancellationToken.None);

        Assert.Equal("https://remote.example/3", document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task Re_checks_each_redirect_target_against_the_address_policy()
    {
        _remote.OnRedirect("https://remote.example/users/a", "https://169.254.169.254/latest/meta-data");

        var error = await Refused("https://remote.example/users/a");

        Assert.Equal(RemoteFetchFailure.BlockedAddress, error.Reason);
        Assert.Single(_remote.Requests);
    }

    [Fact]
    public async Task Refuses_a_redirect_that_downgrades_to_http()
    {
        _remote.OnRedirect("https://remote.example/users/a", "http://remote.example/users/a");

        var error = await Refused("https://remote.example/users/a");

        Assert.Equal(RemoteFetchFailure.UnsupportedScheme, error.Reason);
    }

    [Fact]
    public async Task A_redirect_without_location_is_an_http_status_failure()
    {
        _remote.OnStatus(NoteId, HttpStatusCode.Found);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.HttpStatus, error.Reason);
        Assert.Equal(HttpStatusCode.Found, error.StatusCode);
    }

    [Fact]
    public async Task Runs_the_request_hook_on_every_hop()
    {
        _remote
            .OnRedirect("https://remote.example/a", "https://remote.example/b")
            .OnJson("https://remote.example/b", """{"id":"https://remote.example/b"}""");
        var key = new HttpRequestOptionsKey<string>("signer");
        var hopped = new List<string>();
        var request = new RemoteFetchRequest(new Uri("https://remote.example/a"))
        {
            PrepareRequest = (message, _) =>
            {
                message.Options.Set(key, "instance-actor");
                hopped.Add(message.RequestUri!.AbsolutePath);
                return ValueTask.CompletedTask;
            },
        };

        await Fetcher().FetchAsync(request, CancellationToken.None);

        Assert.Equal(["/a", "/b"], hopped);
        Assert.All(_remote.Requests, r => Assert.True(r.Options.TryGetValue(key, out var signer) && signer == "instance-actor"));
    }

    [Fact]
    public async Task Gone_is_reported_with_its_status()
    {
        _remote.OnStatus(NoteId, HttpStatusCode.Gone);

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
        _remote.OnStatus(NoteId, status);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.HttpStatus, error.Reason);
        Assert.Equal(status, error.StatusCode);
        Assert.False(error.IsGone);
    }

    [Fact]
    public async Task Refuses_a_body_whose_declared_length_is_over_the_limit()
    {
        _options.MaxBytes = 64;
        var endless = new EndlessStream();
        _remote.On(NoteId, (_, _) =>
        {
            var content = new StreamContent(endless);
            content.Headers.ContentType = new("application/activity+json");
            content.Headers.ContentLength = 65;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.TooLarge, error.Reason);
        Assert.Equal(0, endless.BytesServed);
    }

    [Fact]
    public async Task Stops_reading_an_undeclared_body_at_the_limit()
    {
        _options.MaxBytes = 100_000;
        var endless = new EndlessStream();
        _remote.On(NoteId, (_, _) =>
        {
            var content = new StreamContent(endless);
            content.Headers.ContentType = new("application/activity+json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.TooLarge, error.Reason);
        Assert.InRange(endless.BytesServed, 100_001, 200_000);
    }

    [Fact]
    public async Task A_body_exactly_at_the_limit_is_accepted()
    {
        _options.MaxBytes = Encoding.UTF8.GetByteCount(Note);
        _remote.OnJson(NoteId, Note);

        var document = await Fetcher().FetchAsync(new Uri(NoteId), CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task A_remote_slower_than_the_timeout_fails_with_timeout()
    {
        _options.Timeout = TimeSpan.FromSeconds(10);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _remote.On(NoteId, async (_, ct) =>
        {
            arrived.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return StubRemoteServer.Json(Note, "application/activity+json");
        });

        var fetch = Fetcher().FetchAsync(new Uri(NoteId), CancellationToken.None);
        await arrived.Task;
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(fetch.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => fetch);

        Assert.Equal(RemoteFetchFailure.Timeout, error.Reason);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_reported_as_a_timeout()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _remote.On(NoteId, async (_, ct) =>
        {
            arrived.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return StubRemoteServer.Json(Note, "application/activity+json");
        });
        using var caller = new CancellationTokenSource();

        var fetch = Fetcher().FetchAsync(new Uri(NoteId), caller.Token);
        await arrived.Task;
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }

    [Fact]
    public async Task A_connection_failure_is_typed()
    {
        _remote.On(NoteId, (_, _) => throw new HttpRequestException("connection refused"));

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
        _remote.OnJson(NoteId, body);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.InvalidJson, error.Reason);
    }

    [Theory]
    [InlineData("""{"type":"Note"}""")]
    [InlineData("""{"id":42,"type":"Note"}""")]
    [InlineData("""{"id":"/notes/1","type":"Note"}""")]
    [InlineData("""{"id":"https://elsewhere.example/notes/1","type":"Note"}""")]
    [InlineData("""{"id":"https://remote.example:8443/notes/1","type":"Note"}""")]
    [InlineData("""{"id":"http://remote.example/notes/1","type":"Note"}""")]
    public async Task Refuses_documents_whose_id_is_missing_or_from_another_origin(string body)
    {
        _remote.OnJson(NoteId, body);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.IdMismatch, error.Reason);
    }

    [Fact]
    public async Task Same_origin_allows_a_different_id_on_the_same_host()
    {
        _remote.OnJson("https://remote.example/@alice/1", Note);

        var document = await Fetcher().FetchAsync(new Uri("https://remote.example/@alice/1"), CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task Host_case_does_not_break_the_origin_check()
    {
        _remote.OnJson(NoteId, """{"id":"https://REMOTE.example/notes/1"}""");

        var document = await Fetcher().FetchAsync(new Uri(NoteId), CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task Exact_match_requires_the_id_to_be_the_requested_url()
    {
        _remote.OnJson("https://remote.example/@alice/1", Note);
        var request = new RemoteFetchRequest(new Uri("https://remote.example/@alice/1")) { IdCheck = IdCheck.ExactMatch };

        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => Fetcher().FetchAsync(request, CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.IdMismatch, error.Reason);
    }

    [Fact]
    public async Task Exact_match_accepts_the_document_that_names_itself()
    {
        _remote.OnJson(NoteId, Note);
        var request = new RemoteFetchRequest(new Uri(NoteId)) { IdCheck = IdCheck.ExactMatch };

        var document = await Fetcher().FetchAsync(request, CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task An_open_redirect_cannot_vouch_for_another_origin()
    {
        // A redirect from remote.example to attacker.example serving a document that claims a remote.example id.
        _remote
            .OnRedirect(NoteId, "https://attacker.example/forged")
            .OnJson("https://attacker.example/forged", Note);
        var request = new RemoteFetchRequest(new Uri(NoteId)) { IdCheck = IdCheck.ExactMatch };

        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => Fetcher().FetchAsync(request, CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.IdMismatch, error.Reason);
    }

    [Fact]
    public async Task A_cross_origin_redirect_is_fine_when_the_id_belongs_to_the_final_origin()
    {
        _remote
            .OnRedirect("https://remote.example/users/alice", "https://social.remote.example/users/alice")
            .OnJson("https://social.remote.example/users/alice", """{"id":"https://social.remote.example/users/alice","type":"Person"}""");

        var document = await Fetcher().FetchAsync(new Uri("https://remote.example/users/alice"), CancellationToken.None);

        Assert.Equal("https://social.remote.example/users/alice", document.Id.AbsoluteUri);
    }

    [Theory]
    [InlineData(0L, 10, 3)]
    [InlineData(1024L, 0, 3)]
    [InlineData(1024L, 10, -1)]
    public void Rejects_options_that_cannot_work(long maxBytes, int timeoutSeconds, int maxRedirects)
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
