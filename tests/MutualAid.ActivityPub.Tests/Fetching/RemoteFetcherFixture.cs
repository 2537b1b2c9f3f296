using Microsoft.Extensions.Time.Testing;
using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.Tests.Fetching;

/// <summary>A fetcher wired to a stub fediverse and a fake clock, shared by the fetcher test classes.</summary>
public abstract class RemoteFetcherFixture
{
    protected const string NoteId = "https://remote.example/notes/1";
    protected const string Note = """{"@context":"https://www.w3.org/ns/activitystreams","id":"https://remote.example/notes/1","type":"Note","content":"hi"}""";

    private protected StubRemoteServer Remote { get; } = new();

    protected FederationFetchOptions Options { get; } = new();

    protected FakeTimeProvider Time { get; } = new();

    protected RemoteDocumentFetcher Fetcher() => new(Remote.CreateClient(), Options, Time);

    protected Task<RemoteFetchException> Refused(string url) =>
        Assert.ThrowsAsync<RemoteFetchException>(() => Fetcher().FetchAsync(new Uri(url), CancellationToken.None));
}
