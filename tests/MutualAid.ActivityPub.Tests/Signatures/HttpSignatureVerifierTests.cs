using System.Text;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Cavage;

namespace MutualAid.ActivityPub.Tests.Signatures;

public sealed class HttpSignatureVerifierTests : IDisposable
{
    private readonly SigningFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Theory]
    [InlineData(SignatureScheme.Cavage, KeyType.Rsa)]
    [InlineData(SignatureScheme.Cavage, KeyType.Ed25519)]
    [InlineData(SignatureScheme.Rfc9421, KeyType.Rsa)]
    [InlineData(SignatureScheme.Rfc9421, KeyType.Ed25519)]
    public async Task What_we_sign_we_accept(SignatureScheme scheme, KeyType keyType)
    {
        var key = keyType == KeyType.Rsa ? fixture.Rsa : fixture.Ed25519;
        var message = await fixture.SignedAsync(scheme, key);

        var result = await fixture.Verifier().VerifyAsync(message, CancellationToken.None);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(scheme, result.Scheme);
        Assert.Equal(key.KeyId, result.KeyId);
        Assert.Equal(SigningFixture.Actor, result.OwnerId);
        Assert.True(result.RequireOwner(SigningFixture.Actor).IsValid);
    }

    [Fact]
    public async Task Our_cavage_post_covers_what_mastodon_expects_and_carries_no_signature_input()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa);
        var signature = CavageSignature.ReadFrom(message)!;

        Assert.Equal(["(request-target)", "host", "date", "digest", "content-type"], signature.Headers);
        Assert.Equal("rsa-sha256", signature.Algorithm);
        Assert.Null(message.Header("Signature-Input"));
        Assert.Null(message.Header("Content-Digest"));
        Assert.StartsWith("SHA-256=", message.Header("Digest"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Our_cavage_get_covers_request_target_host_and_date()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa, new HttpRequestMessage(HttpMethod.Get, "https://hub.example/actors/pantry"));

        Assert.Equal(["(request-target)", "host", "date"], CavageSignature.ReadFrom(message)!.Headers);
        Assert.True((await fixture.Verifier().VerifyAsync(message, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task The_authorization_header_form_is_accepted()
    {
        var signed = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa);
        var value = signed.Header("Signature")!;
        var message = SigningFixture.Replace(SigningFixture.Replace(signed, "Signature", null), "Authorization", "Signature " + value);

        var result = await fixture.Verifier().VerifyAsync(message, CancellationToken.None);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public async Task A_signature_header_with_the_authorization_prefix_is_accepted()
    {
        var signed = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa);
        var message = SigningFixture.Replace(signed, "Signature", "Signature " + signed.Header("Signature"));

        Assert.True((await fixture.Verifier().VerifyAsync(message, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task A_request_target_signed_without_the_query_string_is_accepted()
    {
        // GoToSocial versions differ on whether (request-target) includes the query.
        var unsigned = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa);
        var headers = CavageSigner.PostHeaders;
        var signingString = CavageSigningString.Build(unsigned, headers, null, null, requestTarget: "/actors/pantry/inbox");
        var signature = Convert.ToBase64String(fixture.Rsa.Sign(SignatureAlgorithmKind.RsaPkcs1Sha256, Encoding.UTF8.GetBytes(signingString)));
        var message = SigningFixture.Replace(unsigned, "Signature", $"keyId=\"{fixture.Rsa.KeyId}\",algorithm=\"hs2019\",headers=\"{string.Join(' ', headers)}\",signature=\"{signature}\"");

        var result = await fixture.Verifier().VerifyAsync(message, CancellationToken.None);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public async Task A_failure_with_a_cached_key_refetches_it_once_and_accepts_the_rotated_key()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Rfc9421, fixture.Ed25519);
        var stale = new ActorKeyGenerator(fixture.Clock).CreateEd25519(fixture.Ed25519.KeyId);
        var resolver = new Conformance.StaticKeyResolver().Add(new ResolvedPublicKey(fixture.Ed25519.KeyId, SigningFixture.Actor, stale.ToPublicKey(), FromCache: true));
        resolver.AfterRefresh[fixture.Ed25519.KeyId] = new ResolvedPublicKey(fixture.Ed25519.KeyId, SigningFixture.Actor, fixture.Ed25519.PublicKey);

        var result = await new HttpSignatureVerifier(resolver, fixture.Clock).VerifyAsync(message, CancellationToken.None);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal([(fixture.Ed25519.KeyId, false), (fixture.Ed25519.KeyId, true)], resolver.Calls);
    }

    [Fact]
    public async Task A_freshly_fetched_key_is_not_fetched_again()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Ed25519);
        var other = new ActorKeyGenerator(fixture.Clock).CreateEd25519(fixture.Ed25519.KeyId);
        var resolver = new Conformance.StaticKeyResolver().Add(new ResolvedPublicKey(fixture.Ed25519.KeyId, SigningFixture.Actor, other.ToPublicKey(), FromCache: false));

        var result = await new HttpSignatureVerifier(resolver, fixture.Clock).VerifyAsync(message, CancellationToken.None);

        Assert.Equal(SignatureFailure.BadSignature, result.Failure);
        Assert.Single(resolver.Calls);
    }

    [Fact]
    public async Task One_good_signature_among_several_is_enough()
    {
        var signed = await fixture.SignedAsync(SignatureScheme.Rfc9421, fixture.Ed25519);
        var bogus = "proxy=(\"@method\" \"@target-uri\" \"@authority\" \"content-digest\");created=" + SigningFixture.Now.ToUnixTimeSeconds() + ";keyid=\"https://nowhere.example/k\"";
        var message = SigningFixture.Replace(
            SigningFixture.Replace(signed, "Signature-Input", bogus + ", " + signed.Header("Signature-Input")),
            "Signature",
            "proxy=:AAAA:, " + signed.Header("Signature"));

        var result = await fixture.Verifier().VerifyAsync(message, CancellationToken.None);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(fixture.Ed25519.KeyId, result.KeyId);
    }

    [Fact]
    public async Task A_date_within_the_window_is_accepted()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa, signedAt: SigningFixture.Now.AddMinutes(-59));

        Assert.True((await fixture.Verifier().VerifyAsync(message, CancellationToken.None)).IsValid);
    }
}
