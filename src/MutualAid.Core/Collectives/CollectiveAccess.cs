using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Collectives;

/// <summary>Finds a collective by slug and checks what a user may do in it.</summary>
public sealed class CollectiveAccess(MutualAidDbContext db)
{
    public async Task<Collective> FindAsync(string slug, CancellationToken cancellationToken)
    {
        return await db.Collectives.SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken)
            ?? throw new NotFoundException($"There is no collective '{slug}'.");
    }

    /// <summary>The collective, when <paramref name="userId"/> is a member with at least <paramref name="role"/>.</summary>
    public async Task<Collective> RequireMemberAsync(long userId, string slug, MemberRole role, CancellationToken cancellationToken)
    {
        var collective = await FindAsync(slug, cancellationToken);
        var membership = await db.Members.SingleOrDefaultAsync(m => m.CollectiveId == collective.Id && m.UserId == userId, cancellationToken);
        if (membership is null)
        {
            throw new ForbiddenException($"Only members of '{slug}' can change it.");
        }

        if (role == MemberRole.Admin && membership.Role != MemberRole.Admin)
        {
            throw new ForbiddenException($"Only admins of '{slug}' can do this.");
        }

        return collective;
    }

    public Task<bool> IsMemberAsync(long? userId, long collectiveId, CancellationToken cancellationToken) =>
        userId is { } id
            ? db.Members.AnyAsync(m => m.CollectiveId == collectiveId && m.UserId == id, cancellationToken)
            : Task.FromResult(false);
}
