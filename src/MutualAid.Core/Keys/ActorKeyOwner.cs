namespace MutualAid.Core.Keys;

public enum ActorKeyOwner
{
    Instance,
    Collective,
    Listing,
}
