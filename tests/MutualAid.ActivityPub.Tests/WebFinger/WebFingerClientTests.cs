using System.Net;
using Microsoft.Extensions.Time.Testing;
using MutualAid.ActivityPub.Fetching;
using MutualAid.ActivityPub.Tests.Fetching;
using MutualAid.ActivityPub.WebFinger;

namespace MutualAid.ActivityPub.Tests.WebFinger;

public sealed class WebFingerClientTests
{
    private const string AliceQuery = "https://remote.example/.well-known/webfinger?resource=acct:alice@remote.example";
    private const string AliceActor = "https://remote.example/users/alice";

    private readonly StubRemoteServer _remote = new();
    private readonly FederationFetchOptions _options = new();

    private WebFingerClient Client() => new(_remote.CreateClient(), _options, new FakeTimeProvider());

    private static string Jrd(string subject, string actor, string type = "application/activity+json") => $$"""
        {"subject":"{{subject}}","aliases":["{{actor}}"],"links":[
          {"rel":"http://webfinger.net/rel/profile-page","type":"text/html","href":"https://remote.example/@x"},
          {"rel":"self","type":"{{type}}","href":"{{actor}}"}]}
        """;

    [Fact]
    public async Task Resolves_a_handle_to_its_actor()
    {
        _remote.OnJson(AliceQuery, Jrd("acct:alice@remote.example", AliceActor), "application/jrd+json");

        var account = await Client().ResolveAsync("@alice@remote.example", CancellationToken.None);

        Assert.Equal(AliceActor, account.ActorId.AbsoluteUri);
        Assert.Equal(AccountHandle.Parse("alice@remote.example"), account.Subject);
        Assert.Equal(AliceQuery, Assert.Single(_remote.Requests).RequestUri!.AbsoluteUri);
        Assert.StartsWith("application/jrd+json", _remote.AcceptHeaders[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Takes_an_ld_json_self_link_with_the_ActivityStreams_profile()
    {
        _remote.OnJson(
            AliceQuery,
            Jrd("acct:alice@remote.example", AliceActor, "application/ld+json; profile=\\\"https://www.w3.org/ns/activitystreams\\\""),
            "application/json");

        var account = await Client().ResolveAsync("alice@remote.example", CancellationToken.None);

        Assert.Equal(AliceActor, account.ActorId.AbsoluteUri);
    }

    [Fact]
    public async Task Skips_self_links_that_are_not_ActivityPub()
    {
        var json = """
            {"subject":"acct:alice@remote.example","links":[
              {"rel":"self","type":"text/html","href":"https://remote.example/@alice"},
              {"rel":"self","type":"application/ld+json","href":"https://remote.example/ld/alice"},
              {"rel":"self","type":"application/activity+json","href":"https://remote.example/users/alice"}]}
            """;
        _remote.OnJson(AliceQuery, json, "application/jrd+json");

        var account = await Client().ResolveAsync("alice@remote.example", CancellationToken.None);

        Assert.Equal(AliceActor, account.ActorId.AbsoluteUri);
    }

    [Fact]
    public async Task An_answer_without_an_actor_link_is_a_typed_failure()
    {
        _remote.OnJson(AliceQuery, """{"subject":"acct:alice@remote.example","links":[{"rel":"self","type":"text/html","href":"https://remote.example/@alice"}]}""", "application/jrd+json");

        var error = await Assert.ThrowsAsync<WebFingerException>(() => Client().ResolveAsync("alice@remote.example", CancellationToken.None));

        Assert.Equal(WebFingerFailure.NoActorLink, error.Reason);
    }

    [Fact]
    public async Task A_subject_that_is_not_a_handle_is_a_typed_failure()
    {
        _remote.OnJson(AliceQuery, Jrd("https://remote.example/users/alice", AliceActor), "application/jrd+json");

        var error = await Assert.ThrowsAsync<WebFingerException>(() => Client().ResolveAsync("alice@remote.example", CancellationToken.None));

        Assert.Equal(WebFingerFailure.InvalidSubject, error.Reason);
    }

    [Fact]
    public async Task A_missing_subject_stands_for_the_handle_asked_about()
    {
        _remote.OnJson(AliceQuery, """{"links":[{"rel":"self","type":"application/activity+json","href":"https://remote.example/users/alice"}]}""", "application/jrd+json");

        var account = await Client().ResolveAsync("alice@remote.example", CancellationToken.None);

        Assert.Equal("alice@remote.example", account.Subject.ToString());
    }

    [Fact]
    public async Task An_empty_answer_is_a_typed_failure()
    {
        _remote.OnJson(AliceQuery, string.Empty, "application/jrd+json");

        var error = await Assert.ThrowsAsync<WebFingerException>(() => Client().QueryAsync(AccountHandle.Parse("alice@remote.example"), CancellationToken.None));

        Assert.Equal(WebFingerFailure.InvalidDocument, error.Reason);
    }

    [Fact]
    public async Task Falls_back_to_the_host_meta_lrdd_template_on_404()
    {
        _remote
            .OnStatus(AliceQuery, HttpStatusCode.NotFound)
            .On("https://remote.example/.well-known/host-meta", (_, _) => Task.FromResult(StubRemoteServer.Json(
                """<?xml version="1.0"?><XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"><Link rel="lrdd" template="https://remote.example/wf?q={uri}"/></XRD>""",
                "application/xrd+xml")))
            .OnJson("https://remote.example/wf?q=acct%3Aalice%40remote.example", Jrd("acct:alice@remote.example", AliceActor), "application/jrd+json");

        var account = await Client().ResolveAsync("alice@remote.example", CancellationToken.None);

        Assert.Equal(AliceActor, account.ActorId.AbsoluteUri);
        Assert.Equal(3, _remote.Requests.Count);
    }

    [Fact]
    public async Task A_host_meta_without_template_is_a_typed_failure()
    {
        _remote
            .OnStatus(AliceQuery, HttpStatusCode.NotFound)
            .On("https://remote.example/.well-known/host-meta", (_, _) => Task.FromResult(StubRemoteServer.Json(
                """<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"/>""", "application/xrd+xml")));

        var error = await Assert.ThrowsAsync<WebFingerException>(() => Client().ResolveAsync("alice@remote.example", CancellationToken.None));

        Assert.Equal(WebFingerFailure.NoLrddTemplate, error.Reason);
    }

    [Fact]
    public async Task Does_not_fall_back_twice()
    {
        _remote
            .OnStatus(AliceQuery, HttpStatusCode.NotFound)
            .On("https://remote.example/.well-known/host-meta", (_, _) => Task.FromResult(StubRemoteServer.Json(
                """<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0"><Link rel="lrdd" template="https://remote.example/wf?q={uri}"/></XRD>""",
                "application/xrd+xml")));

        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => Client().ResolveAsync("alice@remote.example", CancellationToken.None));

        Assert.True(error.IsNotFound);
        Assert.Equal(3, _remote.Requests.Count);
    }

    [Fact]
    public async Task Gone_accounts_surface_as_gone()
    {
        _remote.OnStatus(AliceQuery, HttpStatusCode.Gone);

        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => Client().ResolveAsync("alice@remote.example", CancellationToken.None));

        Assert.True(error.IsGone);
        Assert.Single(_remote.Requests);
    }

    [Fact]
    public async Task Follows_a_redirect_to_the_real_webfinger_host()
    {
        _remote
            .OnRedirect(AliceQuery, "https://social.remote.example/.well-known/webfinger?resource=acct:alice@remote.example", HttpStatusCode.MovedPermanently)
            .OnJson("https://social.remote.example/.well-known/webfinger?resource=acct:alice@remote.example", Jrd("acct:alice@remote.example", "https://social.remote.example/users/alice"), "application/jrd+json");

        var account = await Client().ResolveAsync("alice@remote.example", CancellationToken.None);

        Assert.Equal("https://social.remote.example/users/alice", account.ActorId.AbsoluteUri);
    }

    [Fact]
    public async Task Uses_http_for_discovery_only_when_configured()
    {
        _options.AllowHttp = true;
        _options.DiscoveryScheme = "http";
        _remote.OnJson(
            "http://localhost:5001/.well-known/webfinger?resource=acct:alice@localhost:5001",
            Jrd("acct:alice@localhost:5001", "http://localhost:5001/users/alice"),
            "application/jrd+json");

        var account = await Client().ResolveAsync("alice@localhost:5001", CancellationToken.None);

        Assert.Equal("http://localhost:5001/users/alice", account.ActorId.AbsoluteUri);
    }

    [Fact]
    public async Task Verifies_an_actor_whose_handle_leads_back_to_it()
    {
        // The query keeps preferredUsername's case; the subject may differ in case and still matches.
        _remote.OnJson(
            "https://remote.example/.well-known/webfinger?resource=acct:Alice@remote.example",
            Jrd("acct:alice@remote.example", AliceActor),
            "application/jrd+json");

        var handle = await Client().VerifyActorAsync(new Uri(AliceActor), "Alice", CancellationToken.None);

        Assert.Equal("alice@remote.example", handle.ToString());
        Assert.Single(_remote.Requests);
    }

    [Fact]
    public async Task Verifies_an_actor_whose_handle_lives_on_another_domain()
    {
        // The actor is served from social.example but its handle is @bob@example.org.
        const string Actor = "https://social.example/users/bob";
        _remote
            .OnJson("https://social.example/.well-known/webfinger?resource=acct:bob@social.example", Jrd("acct:bob@example.org", Actor), "application/jrd+json")
            .OnJson("https://example.org/.well-known/webfinger?resource=acct:bob@example.org", Jrd("acct:bob@example.org", Actor), "application/jrd+json");

        var handle = await Client().VerifyActorAsync(new Uri(Actor), "bob", CancellationToken.None);

        Assert.Equal("bob@example.org", handle.ToString());
        Assert.Equal(2, _remote.Requests.Count);
    }

    [Fact]
    public async Task Rejects_an_actor_whose_handle_points_elsewhere()
    {
        _remote.OnJson(AliceQuery, Jrd("acct:alice@remote.example", "https://remote.example/users/someone-else"), "application/jrd+json");

        var error = await Assert.ThrowsAsync<WebFingerException>(
            () => Client().VerifyActorAsync(new Uri(AliceActor), "alice", CancellationToken.None));

        Assert.Equal(WebFingerFailure.ActorMismatch, error.Reason);
    }

    [Fact]
    public async Task Rejects_an_impostor_claiming_a_handle_on_another_domain()
    {
        // evil.example claims @bob@example.org, but example.org's answer names the real actor.
        const string Impostor = "https://evil.example/users/bob";
        _remote
            .OnJson("https://evil.example/.well-known/webfinger?resource=acct:bob@evil.example", Jrd("acct:bob@example.org", Impostor), "application/jrd+json")
            .OnJson("https://example.org/.well-known/webfinger?resource=acct:bob@example.org", Jrd("acct:bob@example.org", "https://example.org/users/bob"), "application/jrd+json");

        var error = await Assert.ThrowsAsync<WebFingerException>(
            () => Client().VerifyActorAsync(new Uri(Impostor), "bob", CancellationToken.None));

        Assert.Equal(WebFingerFailure.ActorMismatch, error.Reason);
    }

    [Fact]
    public async Task Stops_after_one_subject_redirect()
    {
        const string Actor = "https://a.example/users/bob";
        _remote
            .OnJson("https://a.example/.well-known/webfinger?resource=acct:bob@a.example", Jrd("acct:bob@b.example", Actor), "application/jrd+json")
            .OnJson("https://b.example/.well-known/webfinger?resource=acct:bob@b.example", Jrd("acct:bob@c.example", Actor), "application/jrd+json");

        var error = await Assert.ThrowsAsync<WebFingerException>(
            () => Client().VerifyActorAsync(new Uri(Actor), "bob", CancellationToken.None));

        Assert.Equal(WebFingerFailure.TooManySubjectRedirects, error.Reason);
    }

    [Fact]
    public async Task Refuses_to_query_a_private_address_literal()
    {
        var error = await Assert.ThrowsAsync<RemoteFetchException>(
            () => Client().ResolveAsync("alice@127.0.0.1", CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.BlockedAddress, error.Reason);
        Assert.Empty(_remote.Requests);
    }
}
