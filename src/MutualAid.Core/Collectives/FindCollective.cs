namespace MutualAid.Core.Collectives;

/// <summary>Reads a collective's public profile.</summary>
public sealed class FindCollective(CollectiveAccess access)
{
    public async Task<CollectiveView> ExecuteAsync(string slug, CancellationToken cancellationToken) =>
        CollectiveView.From(await access.FindAsync(slug, cancellationToken));
}
