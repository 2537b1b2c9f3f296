namespace MutualAid.Core.Collectives;

/// <summary>A group that publishes listings: a tenants' union, a bail fund, a food bank.</summary>
public sealed class Collective
{
    public long Id { get; set; }

    /// <summary>URL-safe handle, unique on the instance (e.g. <c>eastside-food-bank</c>).</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string Summary { get; set; } = "";

    public List<string> Languages { get; set; } = [];

    public string AreaServed { get; set; } = "";

    public string? Website { get; set; }

    public string? AvatarUrl { get; set; }

    public string? HeaderUrl { get; set; }

    /// <summary>The public way in for people who need help (a phone line, an email, a door to knock on).</summary>
    public string FrontGateContact { get; set; } = "";

    /// <summary>Remote follows wait for an admin's approval instead of being accepted at once (ActivityStreams <c>manuallyApprovesFollowers</c>).</summary>
    public bool ManuallyApprovesFollowers { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<Member> Members { get; set; } = [];
}
