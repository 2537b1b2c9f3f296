using MutualAid.ActivityPub.Keys;

namespace MutualAid.ActivityPub.Signatures;

/// <summary>
/// A key as the resolver found it. <paramref name="OwnerId"/> is the actor that lists the key
/// (its <c>owner</c>/<c>controller</c>, confirmed against the actor document by the resolver).
/// <paramref name="FromCache"/> tells the verifier a refetch could give a newer key.
/// </summary>
public sealed record ResolvedPublicKey(string KeyId, string OwnerId, PublicKeyMaterial Key, bool FromCache = false);
