namespace MutualAid.Core.Federation;

/// <summary>A remote actor blocked one of ours: we stop delivering to it and drop its follow.</summary>
public sealed class RemoteBlock
{
    public long Id { get; set; }

    public required string RemoteActorIri { get; set; }

    public required string LocalActorIri { get; set; }

    public required string ActivityIri { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
