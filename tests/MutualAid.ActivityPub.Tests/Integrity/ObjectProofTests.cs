using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using MutualAid.ActivityPub.Integrity;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Tests.Signatures.Conformance;

namespace MutualAid.ActivityPub.Tests.Integrity;

public sealed class ObjectProofTests
{
    private const string Actor = "https://coop.example/actors/bakery";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static JsonObject Offer() => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/activitystreams", "https://w3id.org/security/data-integrity/v1"),
        ["id"] = Actor + "/offers/1",
        ["type"] = "Offer",
        ["actor"] = Actor,
        ["summary"] = "Bread for 12 households, Fridays",
        ["quantity"] = 12,
    };

    private static (SigningKey Key, StaticKeyResolver Resolver) Keys()
    {
        var record = new ActorKeyGenerator(new FakeTimeProvider(Now)).CreateEd25519(Actor + "#ed25519-key");
        var resolver = new StaticKeyResolver().Add(new ResolvedPublicKey(record.KeyId, Actor, record.ToPublicKey()));
        return (record.ToSigningKey(), resolver);
    }

    [Fact]
    public async Task A_signed_object_verifies_and_names_its_verification_method()
    {
        var (key, resolver) = Keys();
        using var _ = key;
        var signed = new ObjectProofSigner(new FakeTimeProvider(Now)).Sign(Offer(), key);

        var result = await new ObjectProofVerifier(resolver).VerifyAsync(signed, CancellationToken.None);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(Actor + "#ed25519-key", result.KeyId);
        Assert.Equal(Actor, result.OwnerId);
        Assert.True(result.RequireOwner(Actor).IsValid);
        Assert.Equal("2026-03-01T10:00:00Z", signed["proof"]!["created"]!.GetValue<string>());
        Assert.Equal("eddsa-jcs-2022", signed["proof"]!["cryptosuite"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_changed_document_is_a_tampered_proof()
    {
        var (key, resolver) = Keys();
        using var _ = key;
        var signed = new ObjectProofSigner(new FakeTimeProvider(Now)).Sign(Offer(), key);
        signed["quantity"] = 13;

        var result = await new ObjectProofVerifier(resolver).VerifyAsync(signed, CancellationToken.None);

        Assert.Equal(SignatureFailure.TamperedProof, result.Failure);
        Assert.Contains("altered after signing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_proof_is_a_tampered_proof()
    {
        var (key, resolver) = Keys();
        using var _ = key;
        var signed = new ObjectProofSigner(new FakeTimeProvider(Now)).Sign(Offer(), key);
        signed["proof"]!["created"] = "2030-01-01T00:00:00Z";

        var result = await new ObjectProofVerifier(resolver).VerifyAsync(signed, CancellationToken.None);

        Assert.Equal(SignatureFailure.TamperedProof, result.Failure);
    }

    [Fact]
    public async Task A_proof_by_an_unknown_key_is_key_not_found()
    {
        var (key, _) = Keys();
        using var __ = key;
        var signed = new ObjectProofSigner(new FakeTimeProvider(Now)).Sign(Offer(), key);

        var result = await new ObjectProofVerifier(new StaticKeyResolver()).VerifyAsync(signed, CancellationToken.None);

        Assert.Equal(SignatureFailure.KeyNotFound, result.Failure);
        Assert.Contains(Actor + "#ed25519-key", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_must_be_the_objects_actor()
    {
        var (key, resolver) = Keys();
        using var _ = key;
        var signed = new ObjectProofSigner(new FakeTimeProvider(Now)).Sign(Offer(), key);

        var result = (await new ObjectProofVerifier(resolver).VerifyAsync(signed, CancellationToken.None)).RequireOwner("https://other.example/actors/x");

        Assert.Equal(SignatureFailure.KeyOwnerMismatch, result.Failure);
        Assert.Contains("not to the activity's actor", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsupported_cryptosuites_and_missing_proofs_are_refused()
    {
        var verifier = new ObjectProofVerifier(new StaticKeyResolver());
        var unsigned = await verifier.VerifyAsync(Offer(), CancellationToken.None);
        var other = Offer();
        other["proof"] = new JsonObject { ["type"] = "DataIntegrityProof", ["cryptosuite"] = "ecdsa-rdfc-2019", ["proofValue"] = "z1" };
        var unknown = await verifier.VerifyAsync(other, CancellationToken.None);

        Assert.Equal(SignatureFailure.NotSigned, unsigned.Failure);
        Assert.Equal(SignatureFailure.UnknownAlgorithm, unknown.Failure);
    }

    [Fact]
    public async Task A_proof_inside_a_proof_set_is_found()
    {
        var (key, resolver) = Keys();
        using var _ = key;
        var signed = new ObjectProofSigner(new FakeTimeProvider(Now)).Sign(Offer(), key);
        var proof = signed["proof"]!.DeepClone();
        signed["proof"] = new JsonArray(new JsonObject { ["type"] = "DataIntegrityProof", ["cryptosuite"] = "ecdsa-rdfc-2019" }, proof);

        var result = await new ObjectProofVerifier(resolver).VerifyAsync(signed, CancellationToken.None);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void Signing_with_an_rsa_key_is_refused()
    {
        using var rsa = new ActorKeyGenerator(new FakeTimeProvider(Now)).CreateRsa(Actor + "#main-key").ToSigningKey();
        Assert.Throws<ArgumentException>(() => new ObjectProofSigner(new FakeTimeProvider(Now)).Sign(Offer(), rsa));
    }
}
