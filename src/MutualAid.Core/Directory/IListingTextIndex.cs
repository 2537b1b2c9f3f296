using MutualAid.Core.Listings;

namespace MutualAid.Core.Directory;

/// <summary>
/// The storage's full-text index: the listings matching a query, as a query the directory keeps filtering.
/// Implemented per database (SQLite: FTS5 tables kept by triggers, see the Search migration).
/// </summary>
public interface IListingTextIndex
{
    IQueryable<Listing> Matching(FullTextQuery query);
}
