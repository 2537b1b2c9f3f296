using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MutualAid.ActivityPub.Digests;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Cavage;
using MutualAid.ActivityPub.Signatures.Rfc9421;

namespace MutualAid.Benchmarks.Signatures;

/// <summary>
/// Signing and verifying an inbox POST per scheme and algorithm, each category beside the bare crypto
/// operation on a signature base of the same size (the baseline), so the Ratio column is our overhead.
/// Verification runs the whole policy: parsing, required components, clock window, body digest, key look-up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HttpSignatureBenchmarks : IDisposable
{
    private const string Actor = "https://coop.example/actors/bakery";
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private SigningKey rsa = null!;
    private SigningKey ed25519 = null!;
    private PublicKeyMaterial rsaPublic = null!;
    private PublicKeyMaterial ed25519Public = null!;
    private HttpMessageParts unsigned = null!;
    private HttpMessageParts cavageRsa = null!;
    private HttpMessageParts cavageEd25519 = null!;
    private HttpMessageParts rfc9421Rsa = null!;
    private HttpMessageParts rfc9421Ed25519 = null!;
    private HttpSignatureVerifier verifier = null!;
    private byte[] signatureBase = null!;
    private byte[] rsaSignature = null!;
    private byte[] ed25519Signature = null!;

    [GlobalSetup]
    public void Setup()
    {
        var keys = new ActorKeyGenerator(new FixedClock(Now)).CreateKeySet(Actor);
        rsa = keys.Rsa.ToSigningKey();
        ed25519 = keys.Ed25519.ToSigningKey();
        rsaPublic = keys.Rsa.ToPublicKey();
        ed25519Public = keys.Ed25519.ToPublicKey();

        var body = Encoding.UTF8.GetBytes(SampleActivity());
        List<KeyValuePair<string, string>> headers =
        [
            new("Host", "hub.example"),
            new("Date", Now.ToString("r")),
            new("Content-Type", "application/activity+json"),
            new("Digest", BodyDigest.CreateDigest(body)),
            new("Content-Digest", BodyDigest.CreateContentDigest(body)),
        ];
        unsigned = new HttpMessageParts("POST", new Uri("https://hub.example/actors/pantry/inbox"), headers, body);
        cavageRsa = WithHeaders(unsigned, ("Signature", CavageSigner.Sign(unsigned, rsa)));
        cavageEd25519 = WithHeaders(unsigned, ("Signature", CavageSigner.Sign(unsigned, ed25519)));
        rfc9421Rsa = WithRfc9421(unsigned, Rfc9421Signer.Sign(unsigned, rsa, Now));
        rfc9421Ed25519 = WithRfc9421(unsigned, Rfc9421Signer.Sign(unsigned, ed25519, Now));

        verifier = new HttpSignatureVerifier(
            new BenchmarkKeyResolver([new ResolvedPublicKey(rsa.KeyId, Actor, rsaPublic), new ResolvedPublicKey(ed25519.KeyId, Actor, ed25519Public)]),
            new FixedClock(Now));

        // The bare operations sign a string as long as a real signature base.
        signatureBase = Encoding.UTF8.GetBytes(Rfc9421Signer.Sign(unsigned, rsa, Now).SignatureBase);
        rsaSignature = rsa.Sign(SignatureAlgorithmKind.RsaPkcs1Sha256, signatureBase);
        ed25519Signature = ed25519.Sign(SignatureAlgorithmKind.Ed25519, signatureBase);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("RSA sign")]
    public byte[] Bare_rsa_sign() => rsa.Sign(SignatureAlgorithmKind.RsaPkcs1Sha256, signatureBase);

    [Benchmark, BenchmarkCategory("RSA sign")]
    public string Cavage_rsa_sha256_sign() => CavageSigner.Sign(unsigned, rsa);

    [Benchmark, BenchmarkCategory("RSA sign")]
    public Rfc9421SignedHeaders Rfc9421_rsa_v1_5_sha256_sign() => Rfc9421Signer.Sign(unsigned, rsa, Now);

    [Benchmark(Baseline = true), BenchmarkCategory("RSA verify")]
    public bool Bare_rsa_verify() => rsaPublic.Verify(SignatureAlgorithmKind.RsaPkcs1Sha256, signatureBase, rsaSignature);

    [Benchmark, BenchmarkCategory("RSA verify")]
    public async Task<bool> Cavage_rsa_sha256_verify() => (await verifier.VerifyAsync(cavageRsa, CancellationToken.None)).IsValid;

    [Benchmark, BenchmarkCategory("RSA verify")]
    public async Task<bool> Rfc9421_rsa_v1_5_sha256_verify() => (await verifier.VerifyAsync(rfc9421Rsa, CancellationToken.None)).IsValid;

    [Benchmark(Baseline = true), BenchmarkCategory("Ed25519 sign")]
    public byte[] Bare_ed25519_sign() => ed25519.Sign(SignatureAlgorithmKind.Ed25519, signatureBase);

    [Benchmark, BenchmarkCategory("Ed25519 sign")]
    public string Cavage_hs2019_ed25519_sign() => CavageSigner.Sign(unsigned, ed25519);

    [Benchmark, BenchmarkCategory("Ed25519 sign")]
    public Rfc9421SignedHeaders Rfc9421_ed25519_sign() => Rfc9421Signer.Sign(unsigned, ed25519, Now);

    [Benchmark(Baseline = true), BenchmarkCategory("Ed25519 verify")]
    public bool Bare_ed25519_verify() => ed25519Public.Verify(SignatureAlgorithmKind.Ed25519, signatureBase, ed25519Signature);

    [Benchmark, BenchmarkCategory("Ed25519 verify")]
    public async Task<bool> Cavage_hs2019_ed25519_verify() => (await verifier.VerifyAsync(cavageEd25519, CancellationToken.None)).IsValid;

    [Benchmark, BenchmarkCategory("Ed25519 verify")]
    public async Task<bool> Rfc9421_ed25519_verify() => (await verifier.VerifyAsync(rfc9421Ed25519, CancellationToken.None)).IsValid;

    [GlobalCleanup]
    public void Dispose()
    {
        rsa?.Dispose();
        ed25519?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static HttpMessageParts WithHeaders(HttpMessageParts message, params (string Name, string Value)[] extra) =>
        message.WithHeaders([.. message.Headers, .. extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value))]);

    private static HttpMessageParts WithRfc9421(HttpMessageParts message, Rfc9421SignedHeaders signed) =>
        WithHeaders(message, ("Signature-Input", signed.SignatureInput), ("Signature", signed.Signature));

    private static string SampleActivity() =>
        "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + Actor + "/offers/1/create\",\"type\":\"Create\",\"actor\":\"" + Actor
        + "\",\"object\":{\"id\":\"" + Actor + "/offers/1\",\"type\":\"Offer\",\"summary\":\"" + new string('x', 600) + "\"}}";

    /// <summary>A clock stopped at the moment the messages were signed.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
