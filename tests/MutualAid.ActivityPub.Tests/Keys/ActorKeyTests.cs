using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Tests.Signatures.Conformance;

namespace MutualAid.ActivityPub.Tests.Keys;

public sealed class ActorKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private const string Actor = "https://coop.example/actors/bakery";

    [Fact]
    public void A_new_key_set_has_rsa_and_ed25519_keys_under_the_usual_ids()
    {
        var set = new ActorKeyGenerator(new FakeTimeProvider(Now)).CreateKeySet(Actor);

        Assert.Equal(Actor + "#main-key", set.Rsa.KeyId);
        Assert.Equal(Actor + "#ed25519-key", set.Ed25519.KeyId);
        Assert.Equal(KeyType.Rsa, set.Rsa.Type);
        Assert.Equal(Now, set.Rsa.Created);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", set.Rsa.PublicKeyPem, StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", set.Ed25519.PrivateKeyPem, StringComparison.Ordinal);
        Assert.Equal(2048, set.Rsa.ToPublicKey().RsaKeySize);
        Assert.Empty(set.Retired);
    }

    [Theory]
    [InlineData(KeyType.Rsa)]
    [InlineData(KeyType.Ed25519)]
    public void Keys_survive_a_pem_round_trip_and_sign_verifiably(KeyType type)
    {
        var generator = new ActorKeyGenerator(new FakeTimeProvider(Now));
        var record = type == KeyType.Rsa ? generator.CreateRsa(Actor + "#k") : generator.CreateEd25519(Actor + "#k");
        var stored = record with { }; // as a DB row would hand it back
        using var signer = stored.ToSigningKey();
        var data = Encoding.UTF8.GetBytes("mutual aid");
        var signature = signer.Sign(signer.DefaultAlgorithm, data);

        Assert.True(stored.ToPublicKey().Verify(signer.DefaultAlgorithm, data, signature));
        Assert.True(PublicKeyMaterial.FromPem(stored.PublicKeyPem).Verify(signer.DefaultAlgorithm, data, signature));
        Assert.False(stored.ToPublicKey().Verify(signer.DefaultAlgorithm, Encoding.UTF8.GetBytes("mutual aie"), signature));
        Assert.Equal(type, PublicKeyMaterial.FromPem(stored.PublicKeyPem).Type);
    }

    [Fact]
    public void Multikey_matches_what_fedify_publishes_for_alice()
    {
        using var actor = JsonDocument.Parse(SharedData.Read("fedify", "actors", "alice.json"));
        var published = actor.RootElement.GetProperty("assertionMethod").EnumerateArray()
            .ToDictionary(k => k.GetProperty("id").GetString()!, k => k.GetProperty("publicKeyMultibase").GetString()!);
        var ed = PublicKeyMaterial.FromPem(SharedData.Read("fedify", "keys", "aliceEd.public.pem"));
        var rsa = PublicKeyMaterial.FromPem(SharedData.Read("fedify", "keys", "aliceRsa.public.pem"));

        Assert.Equal(published["https://alice.example/users/alice#key-2"], Multikey.Encode(ed));
        Assert.Equal(published["https://alice.example/users/alice#main-key"], Multikey.Encode(rsa));
        Assert.StartsWith("z6Mk", Multikey.Encode(ed), StringComparison.Ordinal);
        Assert.Equal(ed.ExportEd25519Raw(), Multikey.Decode(published["https://alice.example/users/alice#key-2"]).ExportEd25519Raw());
        Assert.Equal(rsa.ExportRsaPublicKeyDer(), Multikey.Decode(published["https://alice.example/users/alice#main-key"]).ExportRsaPublicKeyDer());
    }

    [Theory]
    [InlineData("f00")]
    [InlineData("z0OIl")]
    [InlineData("z1111")]
    public void A_bad_multikey_is_refused_with_a_clear_message(string multibase)
    {
        var e = Assert.Throws<KeyFormatException>(() => Multikey.Decode(multibase));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Base58_keeps_leading_zero_bytes()
    {
        byte[] data = [0, 0, 1, 2, 255, 0];
        Assert.Equal(data, Base58Btc.Decode(Base58Btc.Encode(data)));
        Assert.Equal("11", Base58Btc.Encode([0, 0]));
        Assert.Equal("5Q", Base58Btc.Encode([0xFF]));
    }

    [Fact]
    public void Rotation_replaces_the_current_key_and_keeps_the_old_one_retired()
    {
        var time = new FakeTimeProvider(Now);
        var generator = new ActorKeyGenerator(time);
        var set = generator.CreateKeySet(Actor);
        time.Advance(TimeSpan.FromDays(30));
        var replacement = generator.CreateEd25519(Actor + "#ed25519-key-2");

        var rotated = set.Rotate(replacement, time.GetUtcNow());

        Assert.Equal(replacement, rotated.Ed25519);
        Assert.Equal(set.Rsa, rotated.Rsa);
        var retired = Assert.Single(rotated.Retired);
        Assert.Equal(set.Ed25519.KeyId, retired.KeyId);
        Assert.Equal(time.GetUtcNow(), retired.Retired);
        Assert.Null(retired.PrivateKeyPem);
        Assert.NotNull(rotated.Find(set.Ed25519.KeyId));
    }

    [Fact]
    public void Rotating_under_the_same_id_overwrites_without_retiring()
    {
        var generator = new ActorKeyGenerator(new FakeTimeProvider(Now));
        var set = generator.CreateKeySet(Actor);
        var rotated = set.Rotate(generator.CreateRsa(set.Rsa.KeyId), Now);

        Assert.Empty(rotated.Retired);
        Assert.NotEqual(set.Rsa.PublicKeyPem, rotated.Rsa.PublicKeyPem);
    }

    [Fact]
    public void A_remote_key_without_private_part_cannot_sign()
    {
        var record = new ActorKeyGenerator(new FakeTimeProvider(Now)).CreateEd25519(Actor + "#k") with { PrivateKeyPem = null };
        var e = Assert.Throws<InvalidOperationException>(() => record.ToSigningKey());
        Assert.Contains("no private part", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_garbled_pem_is_refused()
    {
        var e = Assert.Throws<KeyFormatException>(() => PublicKeyMaterial.FromPem(KeyType.Rsa, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
        Assert.Contains("could not be read", e.Message, StringComparison.Ordinal);
    }
}
