using System.Text;
using Microsoft.Extensions.Time.Testing;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Outgoing;
using MutualAid.ActivityPub.Tests.Signatures.Conformance;

namespace MutualAid.ActivityPub.Tests.Signatures;

/// <summary>Keys of one sending actor, a resolver that knows them, and a clock; builds signed requests.</summary>
internal sealed class SigningFixture : IDisposable
{
    public const string Actor = "https://coop.example/actors/bakery";
    public const string Inbox = "https://hub.example/actors/pantry/inbox?via=share";
    public const string Body = "{\"type\":\"Create\",\"actor\":\"https://coop.example/actors/bakery\"}";

    // RSA generation is slow; one key pair serves every test.
    private static readonly Lazy<ActorKeySet> SharedKeys = new(() => new ActorKeyGenerator(new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero))).CreateKeySet(Actor));

    public SigningFixture()
    {
        Rsa = SharedKeys.Value.Rsa.ToSigningKey();
        Ed25519 = SharedKeys.Value.Ed25519.ToSigningKey();
        Resolver = new StaticKeyResolver()
            .Add(new ResolvedPublicKey(Rsa.KeyId, Actor, SharedKeys.Value.Rsa.ToPublicKey()))
            .Add(new ResolvedPublicKey(Ed25519.KeyId, Actor, SharedKeys.Value.Ed25519.ToPublicKey()));
    }

    public static DateTimeOffset Now { get; } = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    public SigningKey Rsa { get; }

    public SigningKey Ed25519 { get; }

    public StaticKeyResolver Resolver { get; }

    public HttpSignatureVerifier Verifier(HttpSignatureVerifierOptions? options = null) => new(Resolver, Clock, options);

    public static HttpRequestMessage Post(string body = Body, string uri = Inbox) => new(HttpMethod.Post, uri)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/activity+json"),
    };

    /// <summary>Signs a request as it would leave us, at <paramref name="signedAt"/> (default: now), and reads it back.</summary>
    public async Task<HttpMessageParts> SignedAsync(SignatureScheme scheme, SigningKey key, HttpRequestMessage? request = null, DateTimeOffset? signedAt = null)
    {
        request ??= Post();
        await new OutgoingRequestSigner(new FakeTimeProvider(signedAt ?? Now)).SignAsync(request, key, scheme, CancellationToken.None);
        return await HttpRequestMessageParts.FromAsync(request, CancellationToken.None);
    }

    public static HttpMessageParts Replace(HttpMessageParts message, string header, string? value)
    {
        var headers = message.Headers.Where(h => !h.Key.Equals(header, StringComparison.OrdinalIgnoreCase)).ToList();
        if (value is not null)
        {
            headers.Add(new(header, value));
        }

        return message.WithHeaders(headers);
    }

    public static HttpMessageParts WithBody(HttpMessageParts message, string body) =>
        new(message.Method!, message.TargetUri!, message.Headers, Encoding.UTF8.GetBytes(body));

    public static HttpMessageParts WithTarget(HttpMessageParts message, string uri) =>
        new(message.Method!, new Uri(uri), message.Headers, message.Body);

    public void Dispose()
    {
        Rsa.Dispose();
        Ed25519.Dispose();
    }
}
