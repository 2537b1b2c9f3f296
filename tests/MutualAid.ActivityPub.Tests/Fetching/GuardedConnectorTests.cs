using System.Net;
using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.Tests.Fetching;

public sealed class GuardedConnectorTests
{
    private static readonly TimeSpan TestBudget = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Refuses_to_connect_to_loopback_when_private_networks_are_not_allowed()
    {
        await using var responder = new LoopbackHttpResponder();
        var connector = new GuardedConnector(allowPrivateNetworks: false);

        var error = await Assert.ThrowsAsync<RemoteFetchException>(
            async () => await connector.ConnectAsync(new DnsEndPoint("127.0.0.1", responder.Port), CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.BlockedAddress, error.Reason);
        Assert.Contains("Loopback", error.Message, StringComparison.Ordinal);
        Assert.False(responder.HasPendingConnection);
    }

    [Fact]
    public async Task Connects_to_loopback_when_private_networks_are_allowed()
    {
        await using var responder = new LoopbackHttpResponder();
        using var cts = new CancellationTokenSource(TestBudget);
        var connector = new GuardedConnector(allowPrivateNetworks: true);

        await using var stream = await connector.ConnectAsync(new DnsEndPoint("127.0.0.1", responder.Port), cts.Token);

        Assert.True(stream.CanWrite);
        Assert.True(responder.HasPendingConnection);
    }

    [Fact]
    public async Task Checks_every_address_a_name_resolves_to()
    {
        // A rebinding-style answer: the name resolves only to internal addresses.
        var connector = new GuardedConnector(
            allowPrivateNetworks: false,
            (_, _) => Task.FromResult(new[] { IPAddress.Parse("10.1.2.3"), IPAddress.Loopback }));

        var error = await Assert.ThrowsAsync<RemoteFetchException>(
            async () => await connector.ConnectAsync(new DnsEndPoint("rebind.example", 443), CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.BlockedAddress, error.Reason);
        Assert.Contains("10.1.2.3 (Private)", error.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1 (Loopback)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connects_only_to_the_allowed_addresses_it_resolved()
    {
        await using var responder = new LoopbackHttpResponder();
        using var cts = new CancellationTokenSource(TestBudget);
        var resolved = 0;
        var connector = new GuardedConnector(
            allowPrivateNetworks: true,
            (_, _) =>
            {
                resolved++;
                return Task.FromResult(new[] { IPAddress.Loopback });
            });

        await using var stream = await connector.ConnectAsync(new DnsEndPoint("instance.test", responder.Port), cts.Token);

        Assert.Equal(1, resolved);
        Assert.True(responder.HasPendingConnection);
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_a_connection_failure()
    {
        var connector = new GuardedConnector(
            allowPrivateNetworks: false,
            (host, _) => Task.FromException<IPAddress[]>(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound)));

        var error = await Assert.ThrowsAsync<RemoteFetchException>(
            async () => await connector.ConnectAsync(new DnsEndPoint("nowhere.invalid", 443), CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.ConnectionFailed, error.Reason);
    }

    [Fact]
    public async Task A_name_with_no_addresses_is_a_connection_failure()
    {
        var connector = new GuardedConnector(allowPrivateNetworks: true, (_, _) => Task.FromResult(Array.Empty<IPAddress>()));

        var error = await Assert.ThrowsAsync<RemoteFetchException>(
            async () => await connector.ConnectAsync(new DnsEndPoint("empty.test", 443), CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.ConnectionFailed, error.Reason);
    }

    [Fact]
    public async Task A_refused_connection_is_a_connection_failure()
    {
        // Take a free port and release it, so nothing listens there.
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        probe.Dispose();
        using var cts = new CancellationTokenSource(TestBudget);
        var connector = new GuardedConnector(allowPrivateNetworks: true);

        var error = await Assert.ThrowsAsync<RemoteFetchException>(
            async () => await connector.ConnectAsync(new DnsEndPoint("127.0.0.1", port), cts.Token));

        Assert.Equal(RemoteFetchFailure.ConnectionFailed, error.Reason);
        Assert.IsType<System.Net.Sockets.SocketException>(error.InnerException);
    }

    [Fact]
    public async Task The_handler_itself_refuses_a_loopback_literal()
    {
        // Even a caller that skips the fetcher's pre-checks cannot reach 127.0.0.1 through this handler.
        await using var responder = new LoopbackHttpResponder();
        using var http = new HttpClient(FederationHttpHandler.Create(new FederationFetchOptions()));

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => http.GetAsync(new Uri($"http://127.0.0.1:{responder.Port}/"), CancellationToken.None));

        var policy = Assert.IsType<RemoteFetchException>(error.InnerException);
        Assert.Equal(RemoteFetchFailure.BlockedAddress, policy.Reason);
        Assert.False(responder.HasPendingConnection);
    }

    [Fact]
    public async Task The_handler_refuses_a_name_that_resolves_to_loopback()
    {
        // "localhost" is a name, so the literal pre-check cannot see it; the connect callback must.
        await using var responder = new LoopbackHttpResponder();
        var options = new FederationFetchOptions { AllowHttp = true };
        using var http = new HttpClient(FederationHttpHandler.Create(options));
        var fetcher = new RemoteDocumentFetcher(http, options, TimeProvider.System);

        var error = await Assert.ThrowsAsync<RemoteFetchException>(
            () => fetcher.FetchAsync(new Uri($"http://localhost:{responder.Port}/users/alice"), CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.BlockedAddress, error.Reason);
        Assert.False(responder.HasPendingConnection);
    }

    [Fact]
    public async Task The_handler_fetches_from_loopback_when_allowed()
    {
        await using var responder = new LoopbackHttpResponder();
        using var cts = new CancellationTokenSource(TestBudget);
        var options = new FederationFetchOptions { AllowHttp = true, AllowPrivateNetworks = true };
        using var http = new HttpClient(FederationHttpHandler.Create(options));
        var fetcher = new RemoteDocumentFetcher(http, options, TimeProvider.System);
        var actorId = $"http://127.0.0.1:{responder.Port}/users/alice";
        var serving = responder.AnswerOnceAsync("application/activity+json", $$"""{"id":"{{actorId}}","type":"Person"}""", cts.Token);

        var document = await fetcher.FetchAsync(new Uri(actorId), cts.Token);
        var head = await serving;

        Assert.Equal(actorId, document.Id.AbsoluteUri);
        Assert.StartsWith("GET /users/alice HTTP/1.1", head, StringComparison.Ordinal);
        Assert.Contains("application/activity+json", head, StringComparison.Ordinal);
    }

    [Fact]
    public void The_handler_leaves_redirects_to_the_fetcher_and_bypasses_proxies()
    {
        using var handler = FederationHttpHandler.Create(new FederationFetchOptions());

        Assert.False(handler.AllowAutoRedirect);
        Assert.False(handler.UseProxy);
        Assert.NotNull(handler.ConnectCallback);
    }
}
