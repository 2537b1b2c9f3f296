using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Rfc9421;

namespace MutualAid.ActivityPub.Tests.Signatures;

/// <summary>Each refusal reason, with the words its message must carry.</summary>
public sealed class SignatureRejectionTests : IDisposable
{
    private readonly SigningFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private async Task<SignatureVerificationResult> VerifyAsync(HttpMessageParts message, HttpSignatureVerifierOptions? options = null) =>
        await fixture.Verifier(options).VerifyAsync(message, CancellationToken.None);

    private static void AssertRejected(SignatureVerificationResult result, SignatureFailure failure, string words)
    {
        Assert.False(result.IsValid);
        Assert.Equal(failure, result.Failure);
        Assert.Contains(words, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsigned_request_is_refused()
    {
        var message = SigningFixture.Replace(await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa), "Signature", null);
        AssertRejected(await VerifyAsync(message), SignatureFailure.NotSigned, "no Signature");
    }

    [Fact]
    public async Task A_garbled_signature_header_is_malformed()
    {
        var message = SigningFixture.Replace(await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa), "Signature", "algorithm=\"rsa-sha256\",signature=\"AAAA\"");
        AssertRejected(await VerifyAsync(message), SignatureFailure.Malformed, "keyId is missing");
    }

    [Fact]
    public async Task An_expired_signature_is_refused()
    {
        var request = SigningFixture.Post();
        var unsigned = await Adapt(request);
        var signed = Rfc9421Signer.Sign(unsigned, fixture.Ed25519, SigningFixture.Now, new Rfc9421SignatureOptions { ExpiresAfter = TimeSpan.FromMinutes(5) });
        var message = WithRfc9421(unsigned, signed);
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));

        AssertRejected(await VerifyAsync(message), SignatureFailure.Expired, "expired at");
    }

    [Fact]
    public async Task An_expired_hs2019_signature_with_created_and_expires_is_refused()
    {
        var message = await CavageWithCreatedAsync(SigningFixture.Now.ToUnixTimeSeconds(), SigningFixture.Now.AddMinutes(5).ToUnixTimeSeconds());
        Assert.True((await VerifyAsync(message)).IsValid);

        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        AssertRejected(await VerifyAsync(message), SignatureFailure.Expired, "expired at");
    }

    [Fact]
    public async Task A_cavage_created_time_is_checked_against_the_window()
    {
        var message = await CavageWithCreatedAsync(SigningFixture.Now.AddHours(-3).ToUnixTimeSeconds(), null);
        AssertRejected(await VerifyAsync(message), SignatureFailure.TooOld, "created");
    }

    [Theory]
    [InlineData(SignatureScheme.Cavage)]
    [InlineData(SignatureScheme.Rfc9421)]
    public async Task A_signature_from_the_future_is_refused(SignatureScheme scheme)
    {
        var message = await fixture.SignedAsync(scheme, fixture.Rsa, signedAt: SigningFixture.Now.AddHours(2));
        AssertRejected(await VerifyAsync(message), SignatureFailure.TooFarInFuture, "ahead of now");
    }

    [Theory]
    [InlineData(SignatureScheme.Cavage)]
    [InlineData(SignatureScheme.Rfc9421)]
    public async Task An_old_signature_is_refused(SignatureScheme scheme)
    {
        var message = await fixture.SignedAsync(scheme, fixture.Ed25519, signedAt: SigningFixture.Now.AddHours(-2));
        AssertRejected(await VerifyAsync(message), SignatureFailure.TooOld, "before now");
    }

    [Fact]
    public async Task The_window_is_configurable()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa, signedAt: SigningFixture.Now.AddHours(-2));
        var result = await VerifyAsync(message, new HttpSignatureVerifierOptions { MaxAge = TimeSpan.FromHours(13) });
        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [InlineData(SignatureScheme.Cavage)]
    [InlineData(SignatureScheme.Rfc9421)]
    public async Task A_body_that_does_not_match_its_digest_is_refused(SignatureScheme scheme)
    {
        var message = SigningFixture.WithBody(await fixture.SignedAsync(scheme, fixture.Rsa), "{\"type\":\"Delete\"}");
        AssertRejected(await VerifyAsync(message), SignatureFailure.DigestMismatch, "does not match the body");
    }

    [Fact]
    public async Task A_body_whose_digest_is_not_signed_is_refused()
    {
        var unsigned = await Adapt(SigningFixture.Post());
        var signed = Rfc9421Signer.Sign(unsigned, fixture.Ed25519, SigningFixture.Now, new Rfc9421SignatureOptions { Components = ["@method", "@target-uri", "@authority"] });
        AssertRejected(await VerifyAsync(WithRfc9421(unsigned, signed)), SignatureFailure.DigestMissing, "covers no Digest");
    }

    [Fact]
    public async Task A_signed_digest_header_that_is_absent_is_refused()
    {
        var message = SigningFixture.Replace(await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa), "Digest", null);
        AssertRejected(await VerifyAsync(message), SignatureFailure.DigestMissing, "absent");
    }

    [Fact]
    public async Task A_cavage_signature_without_host_is_missing_a_required_component()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa);
        var cut = SigningFixture.Replace(message, "Signature", message.Header("Signature")!.Replace("(request-target) host date", "(request-target) date", StringComparison.Ordinal));
        AssertRejected(await VerifyAsync(cut), SignatureFailure.MissingRequiredComponent, "must cover host");
    }

    [Fact]
    public async Task An_rfc9421_signature_without_method_is_missing_a_required_component()
    {
        var unsigned = await Adapt(SigningFixture.Post());
        var signed = Rfc9421Signer.Sign(unsigned, fixture.Ed25519, SigningFixture.Now, new Rfc9421SignatureOptions { Components = ["@target-uri", "content-digest"] });
        AssertRejected(await VerifyAsync(WithRfc9421(unsigned, signed)), SignatureFailure.MissingRequiredComponent, "must cover @method");
    }

    [Fact]
    public async Task An_unknown_cavage_algorithm_is_refused()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa);
        var edited = SigningFixture.Replace(message, "Signature", message.Header("Signature")!.Replace("rsa-sha256", "rsa-sha1", StringComparison.Ordinal));
        AssertRejected(await VerifyAsync(edited), SignatureFailure.UnknownAlgorithm, "'rsa-sha1' is not supported");
    }

    [Fact]
    public async Task An_algorithm_that_does_not_fit_the_key_is_refused()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Ed25519);
        var edited = SigningFixture.Replace(message, "Signature", message.Header("Signature")!.Replace("hs2019", "rsa-sha256", StringComparison.Ordinal));
        AssertRejected(await VerifyAsync(edited), SignatureFailure.UnknownAlgorithm, "does not fit the Ed25519 key");
    }

    [Fact]
    public async Task An_unknown_rfc9421_algorithm_is_refused()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Rfc9421, fixture.Rsa);
        var edited = SigningFixture.Replace(message, "Signature-Input", message.Header("Signature-Input")!.Replace("rsa-v1_5-sha256", "rsa-v1_5-sha1", StringComparison.Ordinal));
        AssertRejected(await VerifyAsync(edited), SignatureFailure.UnknownAlgorithm, "'rsa-v1_5-sha1' is not supported");
    }

    [Fact]
    public async Task A_small_rsa_key_is_refused_unless_allowed()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(1024);
        using var key = SigningKey.FromRsa(SigningFixture.Actor + "#old-key", rsa);
        fixture.Resolver.Add(new ResolvedPublicKey(key.KeyId, SigningFixture.Actor, key.PublicKey));
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, key);

        AssertRejected(await VerifyAsync(message), SignatureFailure.WeakKey, "1024-bit RSA");
        Assert.True((await VerifyAsync(message, new HttpSignatureVerifierOptions { MinimumRsaKeySize = 1024 })).IsValid);
    }

    [Theory]
    [InlineData(SignatureScheme.Cavage)]
    [InlineData(SignatureScheme.Rfc9421)]
    public async Task A_request_sent_elsewhere_than_signed_has_a_bad_signature(SignatureScheme scheme)
    {
        var message = SigningFixture.WithTarget(await fixture.SignedAsync(scheme, fixture.Ed25519), "https://hub.example/inbox");
        AssertRejected(await VerifyAsync(message), SignatureFailure.BadSignature, "does not match the request");
    }

    [Theory]
    [InlineData(KeyType.Rsa)]
    [InlineData(KeyType.Ed25519)]
    public async Task A_truncated_signature_value_is_a_bad_signature_not_an_exception(KeyType type)
    {
        var message = await fixture.SignedAsync(SignatureScheme.Cavage, type == KeyType.Rsa ? fixture.Rsa : fixture.Ed25519);
        var header = message.Header("Signature")!;
        var truncated = header[..(header.IndexOf("signature=\"", StringComparison.Ordinal) + 11)] + "AAAA\"";

        AssertRejected(await VerifyAsync(SigningFixture.Replace(message, "Signature", truncated)), SignatureFailure.BadSignature, "does not match");
    }

    [Fact]
    public async Task A_request_for_another_host_is_refused_when_hosts_are_configured()
    {
        var message = await fixture.SignedAsync(SignatureScheme.Rfc9421, fixture.Ed25519);
        var ours = new HttpSignatureVerifierOptions();
        ours.AcceptedHosts.Add("hub.example");
        var theirs = new HttpSignatureVerifierOptions();
        theirs.AcceptedHosts.Add("coop.example");

        Assert.True((await VerifyAsync(message, ours)).IsValid);
        AssertRejected(await VerifyAsync(message, theirs), SignatureFailure.WrongHost, "addressed to hub.example");
    }

    [Fact]
    public async Task A_signature_by_an_unknown_key_is_refused()
    {
        using var stranger = new ActorKeyGenerator(fixture.Clock).CreateEd25519("https://stranger.example/u#k").ToSigningKey();
        var message = await fixture.SignedAsync(SignatureScheme.Rfc9421, stranger);
        AssertRejected(await VerifyAsync(message), SignatureFailure.KeyNotFound, "https://stranger.example/u#k could not be found");
    }

    [Fact]
    public async Task A_key_of_another_actor_is_an_owner_mismatch()
    {
        var result = (await VerifyAsync(await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Rsa))).RequireOwner("https://coop.example/actors/someone-else");
        AssertRejected(result, SignatureFailure.KeyOwnerMismatch, "not to the activity's actor https://coop.example/actors/someone-else");
    }

    /// <summary>An hs2019 Ed25519 signature over (created)/(expires) instead of Date, as GoToSocial-era signers may send.</summary>
    private async Task<HttpMessageParts> CavageWithCreatedAsync(long created, long? expires)
    {
        var unsigned = SigningFixture.Replace(await fixture.SignedAsync(SignatureScheme.Cavage, fixture.Ed25519), "Signature", null);
        List<string> headers = ["(request-target)", "(created)", "host", "digest"];
        if (expires is not null)
        {
            headers.Add("(expires)");
        }

        var signingString = MutualAid.ActivityPub.Signatures.Cavage.CavageSigningString.Build(unsigned, headers, created, expires);
        var signature = Convert.ToBase64String(fixture.Ed25519.Sign(SignatureAlgorithmKind.Ed25519, System.Text.Encoding.UTF8.GetBytes(signingString)));
        var expiresParameter = expires is null ? string.Empty : $",expires={expires}";
        return SigningFixture.Replace(unsigned, "Signature", $"keyId=\"{fixture.Ed25519.KeyId}\",algorithm=\"hs2019\",created={created}{expiresParameter},headers=\"{string.Join(' ', headers)}\",signature=\"{signature}\"");
    }

    private static async Task<HttpMessageParts> Adapt(HttpRequestMessage request)
    {
        request.Headers.Date = SigningFixture.Now;
        var body = await request.Content!.ReadAsByteArrayAsync();
        request.Headers.TryAddWithoutValidation("Content-Digest", MutualAid.ActivityPub.Digests.BodyDigest.CreateContentDigest(body));
        return await HttpRequestMessageParts.FromAsync(request, CancellationToken.None);
    }

    private static HttpMessageParts WithRfc9421(HttpMessageParts message, Rfc9421SignedHeaders signed) =>
        message.WithHeaders([.. message.Headers, new("Signature-Input", signed.SignatureInput), new("Signature", signed.Signature)]);
}
