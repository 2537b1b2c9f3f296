namespace MutualAid.Core.Collectives;

/// <summary>A collective's public profile as submitted (PUT replaces it whole).</summary>
public sealed class CollectiveProfileInput
{
    public string? Name { get; init; }

    public string? Summary { get; init; }

    public List<string>? Languages { get; init; }

    public string? AreaServed { get; init; }

    public string? Website { get; init; }

    public string? AvatarUrl { get; init; }

    public string? HeaderUrl { get; init; }

    public string? FrontGateContact { get; init; }

    /// <summary>Approve followers by hand; null keeps the current setting (clients that predate the field do not reset it).</summary>
    public bool? ManuallyApprovesFollowers { get; init; }
}
