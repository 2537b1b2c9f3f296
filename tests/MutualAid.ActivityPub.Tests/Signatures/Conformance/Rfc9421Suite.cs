using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Rfc9421;

namespace MutualAid.ActivityPub.Tests.Signatures.Conformance;

/// <summary>RFC 9421 Appendix B and section 4.3: base construction, the five algorithms, transformations.</summary>
internal static class Rfc9421Suite
{
    public static IEnumerable<ConformanceCase> Cases()
    {
        using var document = JsonDocument.Parse(SharedData.Read("rfc9421", "cases.json"));
        foreach (var element in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var c = element.Clone();
            yield return new ConformanceCase("rfc9421", c.GetProperty("id").GetString()!, () => Task.FromResult(Run(c)));
        }
    }

    private static string? Run(JsonElement c)
    {
        var message = ReadMessage(c.GetProperty("message"));
        var label = c.GetProperty("signature_label").GetString()!;
        var signature = Rfc9421Signature.ReadAll(message).Single(s => s.Label == label);
        if (signature.Input.Serialize() != c.GetProperty("signature_input_member").GetString())
        {
            return $"Signature-Input member re-serialized as {signature.Input.Serialize()}";
        }

        var signatureBase = Rfc9421SignatureBase.Build(message, signature.Input);
        if (signatureBase != c.GetProperty("expected_signature_base").GetString())
        {
            return "signature base differs:\n" + signatureBase;
        }

        var keyId = c.GetProperty("key_id").GetString()!;
        Rfc9421Algorithms.TryParse(c.GetProperty("algorithm").GetString()!, out var algorithm);
        var publicKey = PublicKey(keyId);
        var verifies = Rfc9421Verifier.Verify(message, signature, publicKey, algorithm);
        var expectValid = c.GetProperty("expected_verdict").GetString() == "valid";
        if (verifies != expectValid)
        {
            return $"signature {(verifies ? "verified" : "did not verify")}, expected {(expectValid ? "valid" : "invalid")}";
        }

        if (!expectValid)
        {
            return null;
        }

        using var privateKey = PrivateKey(keyId);
        var fresh = privateKey.Sign(algorithm, Encoding.UTF8.GetBytes(signatureBase));
        if (c.GetProperty("deterministic_signature").GetBoolean())
        {
            return fresh.AsSpan().SequenceEqual(signature.Value) ? null : "re-signing gave different bytes";
        }

        return publicKey.Verify(algorithm, Encoding.UTF8.GetBytes(signatureBase), fresh) ? null : "a fresh signature did not verify";
    }

    public static HttpMessageParts ReadMessage(JsonElement message)
    {
        var headers = message.GetProperty("headers").EnumerateArray()
            .Select(h => new KeyValuePair<string, string>(h[0].GetString()!, h[1].GetString()!)).ToList();
        var body = message.GetProperty("body").ValueKind == JsonValueKind.String ? Encoding.UTF8.GetBytes(message.GetProperty("body").GetString()!) : [];
        if (message.TryGetProperty("status", out var status))
        {
            return HttpMessageParts.Response(status.GetInt32(), headers, body);
        }

        return new HttpMessageParts(message.GetProperty("method").GetString()!, new Uri(message.GetProperty("target_uri").GetString()!), headers, body);
    }

    public static PublicKeyMaterial PublicKey(string keyId) => keyId == "test-shared-secret"
        ? PublicKeyMaterial.FromHmacSecret(Secret())
        : PublicKeyMaterial.FromPem(SharedData.Read("rfc9421", "keys", keyId + ".public.spki.pem"));

    public static SigningKey PrivateKey(string keyId)
    {
        switch (keyId)
        {
            case "test-shared-secret":
                return SigningKey.FromHmacSecret(keyId, Secret());
            case "test-key-rsa-pss":
                // The PKCS#8 form carries the id-RSASSA-PSS OID, which .NET does not import; the JWK has the same key.
                using (var jwk = JsonDocument.Parse(SharedData.Read("rfc9421", "keys", keyId + ".jwk.json")))
                {
                    var rsa = RSA.Create();
                    rsa.ImportParameters(RsaParameters(jwk.RootElement));
                    return SigningKey.FromRsa(keyId, rsa);
                }

            case "test-key-ecc-p256":
                return SigningKey.FromPem(keyId, KeyType.EcdsaP256, SharedData.Read("rfc9421", "keys", keyId + ".private.pem"));
            case "test-key-ed25519":
                return SigningKey.FromPem(keyId, KeyType.Ed25519, SharedData.Read("rfc9421", "keys", keyId + ".private.pem"));
            default:
                return SigningKey.FromPem(keyId, KeyType.Rsa, SharedData.Read("rfc9421", "keys", keyId + ".private.pem"));
        }
    }

    private static byte[] Secret() => Convert.FromBase64String(SharedData.Read("rfc9421", "keys", "test-shared-secret.base64.txt").Trim());

    private static RSAParameters RsaParameters(JsonElement jwk)
    {
        byte[] Field(string name) => Base64Url(jwk.GetProperty(name).GetString()!);
        return new RSAParameters
        {
            Modulus = Field("n"),
            Exponent = Field("e"),
            D = Field("d"),
            P = Field("p"),
            Q = Field("q"),
            DP = Field("dp"),
            DQ = Field("dq"),
            InverseQ = Field("qi"),
        };
    }

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
