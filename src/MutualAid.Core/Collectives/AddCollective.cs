using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Collectives;

/// <summary>An operator creates a collective on the instance.</summary>
public sealed class AddCollective(MutualAidDbContext db, TimeProvider time)
{
    public async Task<CollectiveView> ExecuteAsync(string slug, CollectiveProfileInput profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = new ValidationErrors();
        if (!Slugs.IsValid(slug))
        {
            errors.Add("slug", ValidationMessages.SlugInvalid());
        }

        var now = time.GetUtcNow();
        var collective = new Collective { Slug = slug, Name = "", CreatedAt = now, UpdatedAt = now };
        CollectiveProfileReader.Apply(profile, collective, errors);
        errors.ThrowIfAny();

        if (await db.Collectives.AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            throw new DuplicateException("slug", $"A collective '{slug}' already exists.");
        }

        db.Collectives.Add(collective);
        await db.SaveChangesAsync(cancellationToken);
        return CollectiveView.From(collective);
    }
}
