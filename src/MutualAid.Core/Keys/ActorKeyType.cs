namespace MutualAid.Core.Keys;

public enum ActorKeyType
{
    Rsa,
    Ed25519,
}
