namespace MutualAid.Core.Directory;

/// <summary>
/// The storage's full-text index: the ids of the listings matching a query, as a query the directory
/// composes into its own (<c>Id IN (...)</c>). Ids rather than listing rows so every other filter, in
/// particular the bounding box on the public point, applies to the listing table itself and can use its
/// indexes (a listing-row source would make owned columns such as the location a self-join).
/// Implemented per database (SQLite: FTS5 tables kept by triggers, see the Search migration).
/// </summary>
public interface IListingTextIndex
{
    IQueryable<long> MatchingIds(FullTextQuery query);
}
