namespace MutualAid.Core.Federation;

/// <summary>A Flag from another server: a report about one of our actors or listings, for the collective's admins.</summary>
public sealed class FederatedReport
{
    public long Id { get; set; }

    public required string ActivityIri { get; set; }

    public required string ReporterIri { get; set; }

    /// <summary>The local actor reported, or whose listing is reported.</summary>
    public string? TargetActorIri { get; set; }

    /// <summary>Reported objects, one IRI per line.</summary>
    public string ObjectIris { get; set; } = "";

    public string Comment { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
