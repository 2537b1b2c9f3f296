using System.Text;
using BenchmarkDotNet.Attributes;
using MutualAid.ActivityPub.Digests;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Cavage;
using MutualAid.ActivityPub.Signatures.Rfc9421;

namespace MutualAid.Benchmarks.Signatures;

/// <summary>
/// Our work without the crypto: parsing the signature headers and building the base, and the body digest
/// check. On a shared machine these absolute times are steadier evidence of the overhead than ratios of
/// two noisy crypto timings.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class SignatureOverheadBenchmarks
{
    // The verifier reuses one builder per thread and encodes into a pooled buffer; so do these.
    private readonly StringBuilder builder = new(512);
    private readonly byte[] bytes = new byte[4096];
    private HttpMessageParts cavage = null!;
    private HttpMessageParts rfc9421 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        using var rsa = SigningKey.FromRsa("https://coop.example/actors/bakery#main-key", System.Security.Cryptography.RSA.Create(2048));
        var body = Encoding.UTF8.GetBytes("{\"type\":\"Create\",\"summary\":\"" + new string('x', 700) + "\"}");
        List<KeyValuePair<string, string>> headers =
        [
            new("Host", "hub.example"),
            new("Date", now.ToString("r")),
            new("Content-Type", "application/activity+json"),
            new("Digest", BodyDigest.CreateDigest(body)),
            new("Content-Digest", BodyDigest.CreateContentDigest(body)),
        ];
        var unsigned = new HttpMessageParts("POST", new Uri("https://hub.example/actors/pantry/inbox"), headers, body);
        cavage = unsigned.WithHeaders([.. headers, new("Signature", CavageSigner.Sign(unsigned, rsa))]);
        var signed = Rfc9421Signer.Sign(unsigned, rsa, now);
        rfc9421 = unsigned.WithHeaders([.. headers, new("Signature-Input", signed.SignatureInput), new("Signature", signed.Signature)]);
    }

    [Benchmark]
    public int Cavage_parse_and_signing_string()
    {
        var signature = CavageSignature.ReadFrom(cavage)!;
        builder.Clear();
        CavageSigningString.Write(builder, cavage, signature.Headers, signature.Created, signature.Expires, null);
        return Encode();
    }

    [Benchmark]
    public int Rfc9421_parse_and_signature_base()
    {
        var signature = Rfc9421Signature.ReadAll(rfc9421)[0];
        builder.Clear();
        Rfc9421SignatureBase.Write(builder, rfc9421, signature.Input);
        return Encode();
    }

    [Benchmark]
    public DigestCheck Content_digest_check_800_bytes() => BodyDigest.CheckContentDigest(rfc9421.Header("Content-Digest"), rfc9421.Body.Span);

    private int Encode()
    {
        var written = 0;
        foreach (var chunk in builder.GetChunks())
        {
            written += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(written));
        }

        return written;
    }
}
