using System.Net;
using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.Tests.Fetching;

public sealed class RemoteFetchRedirectTests : RemoteFetcherFixture
{
    [Fact]
    public async Task Follows_redirects_and_resolves_relative_locations()
    {
        Remote
            .OnRedirect("https://remote.example/@alice", "https://remote.example/users/alice/redirect", HttpStatusCode.MovedPermanently)
            .OnRedirect("https://remote.example/users/alice/redirect", "/users/alice", HttpStatusCode.TemporaryRedirect)
            .OnJson("https://remote.example/users/alice", """{"id":"https://remote.example/users/alice","type":"Person"}""");

        var document = await Fetcher().FetchAsync(new Uri("https://remote.example/@alice"), CancellationToken.None);

        Assert.Equal("https://remote.example/users/alice", document.FinalUri.AbsoluteUri);
        Assert.Equal(3, Remote.Requests.Count);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_number_of_redirects()
    {
        Options.MaxRedirects = 3;
        for (var hop = 0; hop < 4; hop++)
        {
            Remote.OnRedirect($"https://remote.example/{hop}", $"https://remote.example/{hop + 1}");
        }

        Remote.OnJson("https://remote.example/4", """{"id":"https://remote.example/4"}""");

        var error = await Refused("https://remote.example/0");

        Assert.Equal(RemoteFetchFailure.TooManyRedirects, error.Reason);
        Assert.Equal(4, Remote.Requests.Count);
    }

    [Fact]
    public async Task Exactly_the_maximum_number_of_redirects_is_followed()
    {
        Options.MaxRedirects = 3;
        for (var hop = 0; hop < 3; hop++)
        {
            Remote.OnRedirect($"https://remote.example/{hop}", $"https://remote.example/{hop + 1}");
        }

        Remote.OnJson("https://remote.example/3", """{"id":"https://remote.example/3"}""");

        var document = await Fetcher().FetchAsync(new Uri("https://remote.example/0"), CancellationToken.None);

        Assert.Equal("https://remote.example/3", document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task Re_checks_each_redirect_target_against_the_address_policy()
    {
        Remote.OnRedirect("https://remote.example/users/a", "https://169.254.169.254/latest/meta-data");

        var error = await Refused("https://remote.example/users/a");

        Assert.Equal(RemoteFetchFailure.BlockedAddress, error.Reason);
        Assert.Single(Remote.Requests);
    }

    [Fact]
    public async Task Refuses_a_redirect_that_downgrades_to_http()
    {
        Remote.OnRedirect("https://remote.example/users/a", "http://remote.example/users/a");

        var error = await Refused("https://remote.example/users/a");

        Assert.Equal(RemoteFetchFailure.UnsupportedScheme, error.Reason);
    }

    [Fact]
    public async Task A_redirect_without_location_is_an_http_status_failure()
    {
        Remote.OnStatus(NoteId, HttpStatusCode.Found);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.HttpStatus, error.Reason);
        Assert.Equal(HttpStatusCode.Found, error.StatusCode);
    }

    [Fact]
    public async Task Runs_the_request_hook_on_every_hop()
    {
        Remote
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
        Assert.All(Remote.Requests, r => Assert.True(r.Options.TryGetValue(key, out var signer) && signer == "instance-actor"));
    }

    [Fact]
    public async Task An_open_redirect_cannot_vouch_for_another_origin()
    {
        // A redirect from remote.example to attacker.example serving a document that claims a remote.example id.
        Remote
            .OnRedirect(NoteId, "https://attacker.example/forged")
            .OnJson("https://attacker.example/forged", Note);
        var request = new RemoteFetchRequest(new Uri(NoteId)) { IdCheck = IdCheck.ExactMatch };

        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => Fetcher().FetchAsync(request, CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.IdMismatch, error.Reason);
    }

    [Fact]
    public async Task A_cross_origin_redirect_is_fine_when_the_id_belongs_to_the_final_origin()
    {
        Remote
            .OnRedirect("https://remote.example/users/alice", "https://social.remote.example/users/alice")
            .OnJson("https://social.remote.example/users/alice", """{"id":"https://social.remote.example/users/alice","type":"Person"}""");

        var document = await Fetcher().FetchAsync(new Uri("https://remote.example/users/alice"), CancellationToken.None);

        Assert.Equal("https://social.remote.example/users/alice", document.Id.AbsoluteUri);
    }
}
