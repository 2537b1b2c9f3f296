using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Collectives;

/// <summary>An admin of the collective replaces its public profile.</summary>
public sealed class UpdateCollectiveProfile(MutualAidDbContext db, CollectiveAccess access, IListingPublisher publisher, TimeProvider time)
{
    public async Task<CollectiveView> ExecuteAsync(long userId, string slug, CollectiveProfileInput profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var collective = await access.RequireMemberAsync(userId, slug, MemberRole.Admin, cancellationToken);
        var errors = new ValidationErrors();
        // Validate against a scratch copy so an invalid profile leaves the tracked entity untouched.
        var scratch = new Collective { Slug = collective.Slug, Name = "" };
        CollectiveProfileReader.Apply(profile, scratch, errors);
        errors.ThrowIfAny();

        CollectiveProfileReader.Apply(profile, collective, errors);
        collective.UpdatedAt = time.GetUtcNow();
        await publisher.CollectiveProfileUpdatedAsync(collective, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CollectiveView.From(collective);
    }
}
