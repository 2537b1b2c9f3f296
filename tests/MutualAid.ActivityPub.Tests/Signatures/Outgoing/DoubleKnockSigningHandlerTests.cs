using System.Net;
using System.Text;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Outgoing;

namespace MutualAid.ActivityPub.Tests.Signatures.Outgoing;

public sealed class DoubleKnockSigningHandlerTests : IDisposable
{
    private readonly SigningFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private (HttpClient Client, FakeInbox Inbox, SignatureSchemeMemory Memory) Client(params SignatureScheme[] accepted)
    {
        var inbox = new FakeInbox(fixture.Verifier(), accepted);
        var memory = new SignatureSchemeMemory(fixture.Clock, TimeSpan.FromDays(7));
        var handler = new DoubleKnockSigningHandler(fixture.Rsa, new OutgoingRequestSigner(fixture.Clock), memory) { InnerHandler = inbox };
        return (new HttpClient(handler), inbox, memory);
    }

    [Fact]
    public async Task A_cavage_only_server_gets_rfc9421_first_then_cavage_with_the_same_body()
    {
        var (client, inbox, memory) = Client(SignatureScheme.Cavage);
        using var _ = client;

        using var response = await client.SendAsync(SigningFixture.Post(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, inbox.Deliveries.Count);
        Assert.Equal(SignatureScheme.Rfc9421, inbox.Deliveries[0].Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, inbox.Deliveries[0].Answer);
        Assert.Equal(SignatureScheme.Cavage, inbox.Deliveries[1].Scheme);
        Assert.False(inbox.Deliveries[1].HadSignatureInput);
        Assert.Equal(SigningFixture.Body, Encoding.UTF8.GetString(inbox.Deliveries[1].Body));
        Assert.Equal(SignatureScheme.Cavage, memory.Recall(new Uri(SigningFixture.Inbox)));
    }

    [Fact]
    public async Task The_scheme_that_worked_is_used_first_next_time_until_it_expires()
    {
        var (client, inbox, _) = Client(SignatureScheme.Cavage);
        using var _ = client;
        (await client.SendAsync(SigningFixture.Post(), CancellationToken.None)).Dispose();

        (await client.SendAsync(SigningFixture.Post(uri: "https://hub.example/actors/other/inbox"), CancellationToken.None)).Dispose();
        Assert.Equal(3, inbox.Deliveries.Count);
        Assert.Equal(SignatureScheme.Cavage, inbox.Deliveries[2].Scheme);

        fixture.Clock.Advance(TimeSpan.FromDays(8));
        (await client.SendAsync(SigningFixture.Post(), CancellationToken.None)).Dispose();
        Assert.Equal(5, inbox.Deliveries.Count);
        Assert.Equal(SignatureScheme.Rfc9421, inbox.Deliveries[3].Scheme);
    }

    [Fact]
    public async Task A_server_that_reads_rfc9421_is_knocked_once()
    {
        var (client, inbox, memory) = Client(SignatureScheme.Rfc9421, SignatureScheme.Cavage);
        using var _ = client;

        using var response = await client.SendAsync(SigningFixture.Post(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(inbox.Deliveries);
        Assert.Equal(SignatureScheme.Rfc9421, memory.Recall(new Uri(SigningFixture.Inbox)));
    }

    [Fact]
    public async Task A_server_that_refuses_both_gets_the_last_answer_and_nothing_is_remembered()
    {
        var (client, inbox, memory) = Client();
        using var _ = client;

        using var response = await client.SendAsync(SigningFixture.Post(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, inbox.Deliveries.Count);
        Assert.Null(memory.Recall(new Uri(SigningFixture.Inbox)));
    }

    [Fact]
    public async Task A_request_can_be_signed_by_another_actor_such_as_a_collective()
    {
        var (client, inbox, _) = Client(SignatureScheme.Rfc9421);
        using var _ = client;
        using var collective = new ActorKeyGenerator(fixture.Clock).CreateEd25519("https://coop.example/collectives/pantry#ed25519-key").ToSigningKey();
        fixture.Resolver.Add(new ResolvedPublicKey(collective.KeyId, "https://coop.example/collectives/pantry", collective.PublicKey));
        var request = SigningFixture.Post();
        request.Options.Set(DoubleKnockSigningHandler.SigningKeyOption, collective);

        using var response = await client.SendAsync(request, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(collective.KeyId, Assert.Single(inbox.Deliveries).KeyId);
    }

    [Fact]
    public async Task A_get_is_signed_without_a_digest()
    {
        var (client, inbox, _) = Client(SignatureScheme.Cavage);
        using var _ = client;

        using var response = await client.GetAsync(new Uri("https://hub.example/actors/pantry"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(inbox.Deliveries[^1].Body);
    }
}
