namespace MutualAid.Core.Collectives;

public sealed record CollectiveView(
    string Slug,
    string Name,
    string Summary,
    IReadOnlyList<string> Languages,
    string AreaServed,
    string? Website,
    string? AvatarUrl,
    string? HeaderUrl,
    string FrontGateContact,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public bool ManuallyApprovesFollowers { get; init; }

    public static CollectiveView From(Collective collective)
    {
        ArgumentNullException.ThrowIfNull(collective);
        return new CollectiveView(collective.Slug, collective.Name, collective.Summary, collective.Languages, collective.AreaServed,
            collective.Website, collective.AvatarUrl, collective.HeaderUrl, collective.FrontGateContact, collective.CreatedAt, collective.UpdatedAt)
        {
            ManuallyApprovesFollowers = collective.ManuallyApprovesFollowers,
        };
    }
}
