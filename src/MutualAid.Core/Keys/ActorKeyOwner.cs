namespace MutualAid.Core.Keys;

public enum ActorKeyOwner
{
    Instance,
    Collective,
    Listing,

    /// <summary>An actor on another server (OwnerId is the RemoteActor row); these keys have no private part.</summary>
    RemoteActor,
}
