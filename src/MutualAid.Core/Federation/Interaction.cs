namespace MutualAid.Core.Federation;

/// <summary>A remote Like or Announce of one of our objects; counted, and removed again by Undo.</summary>
public sealed class Interaction
{
    public long Id { get; set; }

    public InteractionKind Kind { get; set; }

    public required string ActivityIri { get; set; }

    public required string ActorIri { get; set; }

    public required string ObjectIri { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
