using System.Text;
using MutualAid.ActivityPub.Digests;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Cavage;
using MutualAid.ActivityPub.Signatures.Rfc9421;

namespace MutualAid.ActivityPub.Tests.Signatures;

/// <summary>
/// The verifier builds the signature base in a reused builder and checks it from pooled bytes; these pin that
/// the result is the same text the public builders give, also past the stack buffer and outside ASCII.
/// </summary>
public sealed class SignatureBaseBufferTests : IDisposable
{
    private readonly SigningFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private static HttpMessageParts Post(string note)
    {
        var body = Encoding.UTF8.GetBytes(SigningFixture.Body);
        List<KeyValuePair<string, string>> headers =
        [
            new("Host", "hub.example"),
            new("Date", SigningFixture.Now.ToString("r")),
            new("Digest", BodyDigest.CreateDigest(body)),
            new("Content-Digest", BodyDigest.CreateContentDigest(body)),
            new("X-Note", note),
        ];
        return new HttpMessageParts("POST", new Uri(SigningFixture.Inbox), headers, body);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(3000)]
    public async Task Long_and_non_ascii_signed_headers_verify_in_both_schemes(int length)
    {
        // Each "ü" is two UTF-8 bytes, so 3000 of them push the base well past the 2 KiB stack buffer.
        var unsigned = Post("Grüße " + new string('ü', length));
        var cavage = SigningFixture.Replace(unsigned, "Signature", CavageSigner.Sign(unsigned, fixture.Rsa, ["(request-target)", "host", "date", "digest", "x-note"]));
        var signed = Rfc9421Signer.Sign(unsigned, fixture.Ed25519, SigningFixture.Now, new Rfc9421SignatureOptions { Components = ["@method", "@target-uri", "@authority", "content-digest", "x-note"] });
        var rfc9421 = SigningFixture.Replace(SigningFixture.Replace(unsigned, "Signature-Input", signed.SignatureInput), "Signature", signed.Signature);
        var verifier = fixture.Verifier();

        Assert.True((await verifier.VerifyAsync(cavage, CancellationToken.None)).IsValid);
        Assert.True((await verifier.VerifyAsync(rfc9421, CancellationToken.None)).IsValid);

        // The same signatures over a changed note must fail, so the long header really is what was checked.
        var tampered = Post("Grüße " + new string('u', length));
        Assert.Equal(SignatureFailure.BadSignature, (await verifier.VerifyAsync(SigningFixture.Replace(tampered, "Signature", cavage.Header("Signature")), CancellationToken.None)).Failure);
        var tamperedRfc = SigningFixture.Replace(SigningFixture.Replace(tampered, "Signature-Input", signed.SignatureInput), "Signature", signed.Signature);
        Assert.Equal(SignatureFailure.BadSignature, (await verifier.VerifyAsync(tamperedRfc, CancellationToken.None)).Failure);
    }

    [Fact]
    public void Write_appends_exactly_what_build_returns()
    {
        var unsigned = Post("note");
        var cavage = CavageSignature.Parse(CavageSigner.Sign(unsigned, fixture.Rsa, ["(request-target)", "host", "date", "digest", "x-note"]));
        var signed = Rfc9421Signer.Sign(unsigned, fixture.Rsa, SigningFixture.Now);
        var input = Rfc9421Signature.ReadAll(SigningFixture.Replace(SigningFixture.Replace(unsigned, "Signature-Input", signed.SignatureInput), "Signature", signed.Signature))[0].Input;
        var builder = new StringBuilder("left over ");

        builder.Clear();
        CavageSigningString.Write(builder, unsigned, cavage.Headers, cavage.Created, cavage.Expires, null);
        Assert.Equal(CavageSigningString.Build(unsigned, cavage.Headers, cavage.Created, cavage.Expires), builder.ToString());
        Assert.StartsWith("(request-target): post /actors/pantry/inbox?via=share\nhost: hub.example\n", builder.ToString(), StringComparison.Ordinal);

        builder.Clear();
        Rfc9421SignatureBase.Write(builder, unsigned, input);
        Assert.Equal(Rfc9421SignatureBase.Build(unsigned, input), builder.ToString());
        Assert.Equal(signed.SignatureBase, builder.ToString());
    }

    [Fact]
    public void Cavage_header_names_fold_ascii_case_only()
    {
        var parsed = CavageSignature.Parse("keyId=\"k\",headers=\"(Request-Target) HOST Date X-Custom dıgest\",signature=\"AAAA\"");

        // The look-alike keeps its dotless i, so the signing string says exactly what the sender signed.
        Assert.Equal(["(request-target)", "host", "date", "x-custom", "dıgest"], parsed.Headers);
    }
}
