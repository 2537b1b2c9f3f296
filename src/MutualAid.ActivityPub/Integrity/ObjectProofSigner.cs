using System.Globalization;
using System.Text.Json.Nodes;
using MutualAid.ActivityPub.Keys;

namespace MutualAid.ActivityPub.Integrity;

/// <summary>Adds a FEP-8b32 <c>DataIntegrityProof</c> (eddsa-jcs-2022) to an outgoing JSON object.</summary>
public sealed class ObjectProofSigner(TimeProvider time)
{
    /// <param name="key">An Ed25519 key whose id is the verificationMethod (the actor's assertionMethod Multikey).</param>
    /// <returns>A copy of <paramref name="document"/> with a <c>proof</c> member.</returns>
    public JsonObject Sign(JsonObject document, SigningKey key, string proofPurpose = "assertionMethod")
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Type != KeyType.Ed25519)
        {
            throw new ArgumentException($"eddsa-jcs-2022 signs with Ed25519 keys; {key.KeyId} is {key.Type}.", nameof(key));
        }

        var unsecured = (JsonObject)document.DeepClone();
        unsecured.Remove("proof");
        var proof = new JsonObject
        {
            ["type"] = EddsaJcs2022.ProofType,
            ["cryptosuite"] = EddsaJcs2022.Cryptosuite,
            ["verificationMethod"] = key.KeyId,
            ["proofPurpose"] = proofPurpose,
            ["created"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        if (unsecured["@context"] is { } context)
        {
            // The proof configuration carries the document's context, so the proof can be read on its own.
            proof["@context"] = context.DeepClone();
        }

        var signature = key.Sign(SignatureAlgorithmKind.Ed25519, EddsaJcs2022.HashData(proof, unsecured));
        proof["proofValue"] = "z" + Base58Btc.Encode(signature);
        var secured = (JsonObject)unsecured.DeepClone();
        secured["proof"] = proof;
        return secured;
    }
}
