using System.Text.Json.Nodes;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;

namespace MutualAid.ActivityPub.Integrity;

/// <summary>
/// Verifies a FEP-8b32 eddsa-jcs-2022 proof on an incoming object. The result names the
/// verificationMethod and its owner; the caller demands the owner equals the object's actor
/// (<see cref="SignatureVerificationResult.RequireOwner"/>).
/// </summary>
public sealed class ObjectProofVerifier(IPublicKeyResolver resolver)
{
    public async ValueTask<SignatureVerificationResult> VerifyAsync(JsonObject document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var proofs = document["proof"] switch
        {
            JsonObject single => [single],
            JsonArray many => many.OfType<JsonObject>().ToList(),
            _ => [],
        };
        var proof = proofs.Find(p => p["cryptosuite"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            && (string?)p["cryptosuite"] == EddsaJcs2022.Cryptosuite);
        if (proof is null)
        {
            return proofs.Count == 0
                ? SignatureVerificationResult.Invalid(SignatureFailure.NotSigned, "The object has no proof.")
                : SignatureVerificationResult.Invalid(SignatureFailure.UnknownAlgorithm, "The object's proof uses no cryptosuite we support (eddsa-jcs-2022).");
        }

        if (Text(proof, "type") != EddsaJcs2022.ProofType)
        {
            return SignatureVerificationResult.Invalid(SignatureFailure.UnknownAlgorithm, $"Proof type '{Text(proof, "type")}' is not {EddsaJcs2022.ProofType}.");
        }

        var keyId = Text(proof, "verificationMethod");
        var proofValue = Text(proof, "proofValue");
        if (keyId is null || proofValue is null || proofValue.Length < 2 || proofValue[0] != 'z')
        {
            return SignatureVerificationResult.Invalid(SignatureFailure.Malformed, "The proof needs a verificationMethod and a base58btc ('z') proofValue.", keyId);
        }

        byte[] signature;
        try
        {
            signature = Base58Btc.Decode(proofValue[1..]);
        }
        catch (FormatException e)
        {
            return SignatureVerificationResult.Invalid(SignatureFailure.Malformed, $"proofValue is not base58btc: {e.Message}", keyId);
        }

        var config = (JsonObject)proof.DeepClone();
        config.Remove("proofValue");
        var unsecured = (JsonObject)document.DeepClone();
        unsecured.Remove("proof");
        if (config["@context"] is { } proofContext)
        {
            if (!ContextStartsWith(unsecured["@context"], proofContext))
            {
                return SignatureVerificationResult.Invalid(SignatureFailure.TamperedProof, "The proof's @context is not a prefix of the document's @context.", keyId);
            }

            unsecured["@context"] = proofContext.DeepClone();
        }

        var resolved = await resolver.ResolveAsync(keyId, refresh: false, cancellationToken).ConfigureAwait(false);
        if (resolved is null)
        {
            return SignatureVerificationResult.Invalid(SignatureFailure.KeyNotFound, $"Verification method {keyId} could not be found.", keyId);
        }

        if (resolved.Key.Type != KeyType.Ed25519)
        {
            return SignatureVerificationResult.Invalid(SignatureFailure.UnknownAlgorithm, $"eddsa-jcs-2022 needs an Ed25519 key; {keyId} is {resolved.Key.Type}.", keyId);
        }

        var hash = EddsaJcs2022.HashData(config, unsecured);
        if (!resolved.Key.Verify(SignatureAlgorithmKind.Ed25519, hash, signature) && resolved.FromCache)
        {
            resolved = await resolver.ResolveAsync(keyId, refresh: true, cancellationToken).ConfigureAwait(false);
        }

        return resolved is not null && resolved.Key.Verify(SignatureAlgorithmKind.Ed25519, hash, signature)
            ? SignatureVerificationResult.Valid(resolved.KeyId, resolved.OwnerId, scheme: null)
            : SignatureVerificationResult.Invalid(SignatureFailure.TamperedProof, $"The proof by {keyId} does not match the object: it was altered after signing, or signed by another key.", keyId);
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool ContextStartsWith(JsonNode? documentContext, JsonNode proofContext)
    {
        var document = documentContext is JsonArray d ? d.ToList() : [documentContext];
        var proof = proofContext is JsonArray p ? p.ToList() : [proofContext];
        if (proof.Count > document.Count)
        {
            return false;
        }

        for (var i = 0; i < proof.Count; i++)
        {
            if (JsonCanonicalizer.Canonicalize(proof[i]) != JsonCanonicalizer.Canonicalize(document[i]))
            {
                return false;
            }
        }

        return true;
    }
}
