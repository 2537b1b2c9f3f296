namespace MutualAid.Federation.Actors;

public enum LocalActorKind
{
    /// <summary>The server itself (FEP-2677 <c>Application</c>): signs fetches, follows other collectives.</summary>
    Instance,

    Collective,

    /// <summary>A followable fund, contact or service listing (<c>collective.listing</c>).</summary>
    Listing,
}
