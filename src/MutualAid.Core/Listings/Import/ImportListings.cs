using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings.Actors;
using MutualAid.Core.Text;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings.Import;

/// <summary>
/// Bulk import for operators: every row is validated first and the rows are saved in one transaction,
/// so a single bad row imports nothing and the report names every bad row and field.
/// </summary>
public sealed class ImportListings(MutualAidDbContext db, CollectiveAccess access, ListingActorSlugs actorSlugs, MarkdownRenderer markdown, IListingPublisher publisher, TimeProvider time)
{
    public async Task<int> ExecuteAsync(string collectiveSlug, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var collective = await access.FindAsync(collectiveSlug, cancellationToken);
        var problems = new List<ImportProblem>();
        var listings = new List<Listing>();
        var claimedActorSlugs = new HashSet<string>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            problems.Add(new ImportProblem("file", "$", "The file has no listings."));
        }

        foreach (var row in rows)
        {
            AddProblems(row.Position, row.ParseErrors, problems);
            if (row.Input is null)
            {
                continue;
            }

            var errors = new ValidationErrors();
            var listing = CreateListing.Compose(collective, row.Input, markdown, time, errors);
            await actorSlugs.AssignAsync(
                listing, collective.Slug, CreateListing.TakeRequestedActorSlug(listing), errors, claimedActorSlugs, cancellationToken);
            AddProblems(row.Position, errors.ToDictionary(), problems);
            listings.Add(listing);
        }

        if (problems.Count > 0)
        {
            throw new ImportFailedException(problems);
        }

        // The publisher may need to create the collective's keys (its own short write), so it runs before the
        // transaction takes SQLite's write lock; what it records is saved with the listings.
        foreach (var listing in listings)
        {
            await publisher.ListingCreatedAsync(listing, collective, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Listings.AddRange(listings);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return listings.Count;
    }

    private static void AddProblems(string position, IReadOnlyDictionary<string, string[]> errors, List<ImportProblem> problems)
    {
        foreach (var (field, messages) in errors)
        {
            problems.AddRange(messages.Select(message => new ImportProblem(position, field, message)));
        }
    }
}
