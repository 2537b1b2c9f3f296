using System.Globalization;
using System.Text.Json.Nodes;
using MutualAid.ActivityPub.Integrity;
using MutualAid.ActivityPub.Keys;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// The FEP-8b32 proof we embed, exactly as vocabulary.md section 11 specifies: no <c>@context</c> inside the
/// proof, which is what Mastodon's verifier hashes. (The protocol library's <see cref="ObjectProofSigner"/>
/// copies the document's context into the proof, as Fedify does; both verify, ours matches the spec.)
/// </summary>
public static class ActivityProof
{
    public static JsonObject Sign(JsonObject document, SigningKey key, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(time);
        var unsecured = (JsonObject)document.DeepClone();
        unsecured.Remove("proof");
        var proof = new JsonObject
        {
            ["type"] = EddsaJcs2022.ProofType,
            ["cryptosuite"] = EddsaJcs2022.Cryptosuite,
            ["verificationMethod"] = key.KeyId,
            ["proofPurpose"] = "assertionMethod",
            ["created"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        var signature = key.Sign(SignatureAlgorithmKind.Ed25519, EddsaJcs2022.HashData(proof, unsecured));
        proof["proofValue"] = "z" + Base58Btc.Encode(signature);
        unsecured["proof"] = proof;
        return unsecured;
    }
}
