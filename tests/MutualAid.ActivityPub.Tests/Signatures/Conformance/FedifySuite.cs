using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using MutualAid.ActivityPub.Integrity;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.ActivityPub.Signatures.Cavage;
using MutualAid.ActivityPub.Signatures.Rfc9421;

namespace MutualAid.ActivityPub.Tests.Signatures.Conformance;

/// <summary>Fedify-made inbox POSTs and object proofs, judged through the full verification policy.</summary>
internal static class FedifySuite
{
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1748779200);

    private static readonly Dictionary<string, (string File, KeyType Type, string Owner)> Keys = new()
    {
        ["https://alice.example/users/alice#main-key"] = ("aliceRsa", KeyType.Rsa, "https://alice.example/users/alice"),
        ["https://alice.example/users/alice#key-2"] = ("aliceEd", KeyType.Ed25519, "https://alice.example/users/alice"),
        ["https://mallory.example/users/mallory#main-key"] = ("malloryRsa", KeyType.Rsa, "https://mallory.example/users/mallory"),
    };

    public static IEnumerable<ConformanceCase> Cases()
    {
        using var index = JsonDocument.Parse(SharedData.Read("fedify", "index.json"));
        foreach (var entry in index.RootElement.GetProperty("cases").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var c = JsonDocument.Parse(SharedData.Read("fedify", file)).RootElement;
            var id = entry.GetProperty("id").GetString()!;
            yield return new ConformanceCase("fedify", id, () => c.TryGetProperty("document", out _) ? RunProofAsync(c) : RunRequestAsync(c));
        }
    }

    public static StaticKeyResolver Resolver()
    {
        var resolver = new StaticKeyResolver();
        foreach (var (keyId, (file, type, owner)) in Keys)
        {
            resolver.Add(new ResolvedPublicKey(keyId, owner, PublicKeyMaterial.FromPem(type, SharedData.Read("fedify", "keys", file + ".public.pem"))));
        }

        return resolver;
    }

    public static SigningKey PrivateKey(string keyId)
    {
        var (file, type, _) = Keys[keyId];
        return SigningKey.FromPem(keyId, type, SharedData.Read("fedify", "keys", file + ".private.pem"));
    }

    public static HttpMessageParts ReadRequest(JsonElement request)
    {
        var headers = request.GetProperty("headers").EnumerateArray()
            .Select(h => new KeyValuePair<string, string>(h[0].GetString()!, h[1].GetString()!)).ToList();
        return new HttpMessageParts(request.GetProperty("method").GetString()!, new Uri(request.GetProperty("url").GetString()!), headers, Encoding.UTF8.GetBytes(request.GetProperty("body").GetString()!));
    }

    private static async Task<string?> RunRequestAsync(JsonElement c)
    {
        var message = ReadRequest(c.GetProperty("request"));
        var verifier = new HttpSignatureVerifier(Resolver(), new FakeTimeProvider(Now));
        var result = await verifier.VerifyAsync(message, CancellationToken.None);
        var actor = JsonNode.Parse(message.Body.Span)!["actor"]!.GetValue<string>();
        result = result.RequireOwner(actor);
        var expectAccept = c.GetProperty("expected_verdict").GetString() == "accept";
        if (result.IsValid != expectAccept)
        {
            return $"verdict {(result.IsValid ? "accept" : "reject")} ({result}), expected {(expectAccept ? "accept" : "reject")}";
        }

        return expectAccept ? CheckBaseAndResign(c, message) : CheckRecordedBase(c, message);
    }

    /// <summary>
    /// For refused requests whose signing string can be built at all (a removed header cannot), ours must equal
    /// the one recorded for the altered request.
    /// </summary>
    private static string? CheckRecordedBase(JsonElement c, HttpMessageParts message)
    {
        string signatureBase;
        try
        {
            if (message.Header("Signature-Input") is not null)
            {
                signatureBase = Rfc9421SignatureBase.Build(message, Rfc9421Signature.ReadAll(message).Single().Input);
            }
            else
            {
                var signature = CavageSignature.ReadFrom(message)!;
                signatureBase = CavageSigningString.Build(message, signature.Headers, signature.Created, signature.Expires);
            }
        }
        catch (SignatureRejectedException e) when (e.Failure == SignatureFailure.MissingRequiredComponent)
        {
            return null;
        }

        return signatureBase == c.GetProperty("signature_base_or_signing_string").GetString() ? null : "signature base differs:\n" + signatureBase;
    }

    /// <summary>For accepted requests: our signing string equals Fedify's, and re-signing gives the same bytes.</summary>
    private static string? CheckBaseAndResign(JsonElement c, HttpMessageParts message)
    {
        string signatureBase;
        string keyId;
        byte[] value;
        if (message.Header("Signature-Input") is not null)
        {
            var signature = Rfc9421Signature.ReadAll(message).Single();
            (signatureBase, keyId, value) = (Rfc9421SignatureBase.Build(message, signature.Input), signature.KeyId!, signature.Value);
        }
        else
        {
            var signature = CavageSignature.ReadFrom(message)!;
            (signatureBase, keyId, value) = (CavageSigningString.Build(message, signature.Headers, signature.Created, signature.Expires), signature.KeyId, signature.Value);
        }

        if (signatureBase != c.GetProperty("signature_base_or_signing_string").GetString())
        {
            return "signature base differs:\n" + signatureBase;
        }

        using var key = PrivateKey(keyId);
        return key.Sign(key.DefaultAlgorithm, Encoding.UTF8.GetBytes(signatureBase)).AsSpan().SequenceEqual(value) ? null : "re-signing gave different bytes";
    }

    private static async Task<string?> RunProofAsync(JsonElement c)
    {
        var document = JsonNode.Parse(c.GetProperty("document").GetRawText())!.AsObject();
        var result = await new ObjectProofVerifier(Resolver()).VerifyAsync(document, CancellationToken.None);
        result = result.RequireOwner(document["actor"]!.GetValue<string>());
        var expectAccept = c.GetProperty("expected_verdict").GetString() == "accept";
        if (result.IsValid != expectAccept)
        {
            return $"verdict {(result.IsValid ? "accept" : "reject")} ({result}), expected {(expectAccept ? "accept" : "reject")}";
        }

        if (!expectAccept || !c.TryGetProperty("signing_inputs", out var inputs))
        {
            return null;
        }

        var proof = document["proof"]!.AsObject();
        var config = (JsonObject)proof.DeepClone();
        config.Remove("proofValue");
        var unsecured = (JsonObject)document.DeepClone();
        unsecured.Remove("proof");
        if (JsonCanonicalizer.Canonicalize(unsecured) != inputs.GetProperty("jcs_document_without_proof").GetString())
        {
            return "JCS of the document differs";
        }

        if (JsonCanonicalizer.Canonicalize(config) != inputs.GetProperty("jcs_proof_config").GetString())
        {
            return "JCS of the proof configuration differs";
        }

        if (Convert.ToHexStringLower(EddsaJcs2022.HashData(config, unsecured)) != inputs.GetProperty("hash_data_hex").GetString())
        {
            return "hashData differs";
        }

        using var key = PrivateKey(proof["verificationMethod"]!.GetValue<string>());
        var created = DateTimeOffset.Parse(proof["created"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var resigned = new ObjectProofSigner(new FakeTimeProvider(created)).Sign(unsecured, key);
        return resigned["proof"]!["proofValue"]!.GetValue<string>() == inputs.GetProperty("proof_value").GetString() ? null : "re-signed proofValue differs";
    }
}
