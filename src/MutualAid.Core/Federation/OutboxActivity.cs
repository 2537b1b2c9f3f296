namespace MutualAid.Core.Federation;

/// <summary>An activity one of our actors sent: the exact bytes delivered, and what the outbox collection pages show.</summary>
public sealed class OutboxActivity
{
    public long Id { get; set; }

    public required string Iri { get; set; }

    public required string ActorIri { get; set; }

    public required string Type { get; set; }

    public string? ObjectIri { get; set; }

    /// <summary>The JSON-LD document, proof included.</summary>
    public required string Document { get; set; }

    /// <summary>Shown in the public outbox (public activities only; unlisted and followers-only are not).</summary>
    public bool Listed { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
