namespace MutualAid.Core.Directory;

/// <summary>
/// A collective on another server as the directory knows it: its actor (as last fetched), and its open public
/// listings here a page at a time, the followable ones (funds, lines, services with actors of their own) apart from the rest.
/// </summary>
public sealed record RemoteCollectiveView
{
    public required string ActorIri { get; init; }

    /// <summary>Its display name; the handle or IRI when the actor document gave none or was never fetched.</summary>
    public required string Name { get; init; }

    /// <summary><c>user@host</c> when the actor was fetched, else null.</summary>
    public string? Handle { get; init; }

    /// <summary>Its profile page on its own server, if it gave one.</summary>
    public string? ProfileUrl { get; init; }

    public required string InstanceDomain { get; init; }

    public required IReadOnlyList<DirectoryEntry> Followable { get; init; }

    public required IReadOnlyList<DirectoryEntry> Others { get; init; }

    /// <summary>The cursor of the next page; null on the last.</summary>
    public string? NextCursor { get; init; }

    /// <summary>The cursor of the previous page; null on the first.</summary>
    public string? PreviousCursor { get; init; }
}
