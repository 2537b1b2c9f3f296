using MutualAid.ActivityPub.Keys;

namespace MutualAid.Federation.Actors;

/// <summary>An actor's current keys: RSA for HTTP signatures, Ed25519 for FEP-8b32 proofs. Signing keys are reused, not re-imported.</summary>
public sealed record LocalActorKeyPair(ActorKeyRecord Rsa, ActorKeyRecord Ed25519, SigningKey RsaSigning, SigningKey Ed25519Signing);
