using MutualAid.Core.Federation;

namespace MutualAid.Federation.Instances;

/// <summary>A collective (Organization or Group actor) known on another instance.</summary>
public sealed record KnownCollectiveView
{
    public required string ActorIri { get; init; }

    /// <summary><c>@name@host</c>.</summary>
    public required string Handle { get; init; }

    public string? Name { get; init; }

    public string? ProfileUrl { get; init; }

    /// <summary>Its public listings in our directory.</summary>
    public int Listings { get; init; }

    /// <summary>Whether our instance actor follows it (asked or accepted), so its listings come to the directory.</summary>
    public bool InDirectory { get; init; }

    /// <summary>The instance actor's follow, when there is one.</summary>
    public FollowState? DirectoryFollow { get; init; }
}
