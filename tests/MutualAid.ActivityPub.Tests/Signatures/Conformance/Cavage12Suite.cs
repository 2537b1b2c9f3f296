using System.Text;
using System.Text.Json;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Cavage;

namespace MutualAid.ActivityPub.Tests.Signatures.Conformance;

/// <summary>draft-cavage-12 Appendix C, in both the Signature and the Authorization header form.</summary>
internal static class Cavage12Suite
{
    public static IEnumerable<ConformanceCase> Cases()
    {
        using var document = JsonDocument.Parse(SharedData.Read("cavage-12", "cases.json"));
        foreach (var element in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var c = element.Clone();
            yield return new ConformanceCase("cavage-12", c.GetProperty("id").GetString()!, () => Task.FromResult(Run(c)));
        }
    }

    private static string? Run(JsonElement c)
    {
        var publicKey = PublicKeyMaterial.FromPem(SharedData.Read("cavage-12", "keys", "Test.public.pem"));
        using var privateKey = SigningKey.FromPem("Test", KeyType.Rsa, SharedData.Read("cavage-12", "keys", "Test.private.pem"));
        var expectValid = c.GetProperty("expected_verdict").GetString() == "valid";
        foreach (var (header, value) in new[] { ("Signature", c.GetProperty("signature_header").GetString()!), ("Authorization", c.GetProperty("authorization_header").GetString()!) })
        {
            var message = WithHeader(Rfc9421Suite.ReadMessage(c.GetProperty("message")), header, value);
            var signature = CavageSignature.ReadFrom(message)!;
            var signingString = CavageSigningString.Build(message, signature.Headers, signature.Created, signature.Expires);
            if (signingString != c.GetProperty("expected_signing_string").GetString())
            {
                return $"{header} form: signing string differs:\n{signingString}";
            }

            var verifies = CavageVerifier.Verify(message, signature, publicKey);
            if (verifies != expectValid)
            {
                return $"{header} form: signature {(verifies ? "verified" : "did not verify")}, expected {(expectValid ? "valid" : "invalid")}";
            }

            if (expectValid && !privateKey.Sign(SignatureAlgorithmKind.RsaPkcs1Sha256, Encoding.UTF8.GetBytes(signingString)).AsSpan().SequenceEqual(signature.Value))
            {
                return $"{header} form: re-signing gave different bytes";
            }
        }

        return null;
    }

    private static HttpMessageParts WithHeader(HttpMessageParts message, string name, string value) =>
        message.WithHeaders([.. message.Headers, new(name, value)]);
}
