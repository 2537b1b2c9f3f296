namespace MutualAid.Federation.Followers;

/// <summary>A remote actor's follow of one of our actors, as the admin API and pages show it.</summary>
public sealed record FollowRequestView(
    long Id,
    string ActorIri,
    string Handle,
    string? Name,
    string? ProfileUrl,
    string State,
    string FollowActivityIri,
    DateTimeOffset RequestedAt,
    string FollowedIri);
