using System.Text;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;

namespace MutualAid.Data.Sqlite.Search;

/// <summary>
/// Full-text matching over the FTS5 tables of the Search migration. The result is an ordinary listing
/// query (rows whose id the index returns), so the directory composes its filters and sorting on top.
/// </summary>
public sealed class SqliteListingTextIndex(MutualAidDbContext db) : IListingTextIndex
{
    /// <summary>The trigram tokenizer indexes substrings of exactly three characters; shorter ones need a scan.</summary>
    private const int TrigramLength = 3;

    public IQueryable<Listing> Matching(FullTextQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder("SELECT * FROM \"Listings\" WHERE 1 = 1");
        var parameters = new List<object>();
        if (query.WordMatch is { } words)
        {
            sql.Append(" AND \"Id\" IN (SELECT rowid FROM ListingSearch WHERE ListingSearch MATCH {").Append(parameters.Count).Append("})");
            parameters.Add(words);
        }

        foreach (var substring in query.Substrings)
        {
            if (substring.Length >= TrigramLength)
            {
                sql.Append(" AND \"Id\" IN (SELECT rowid FROM ListingSearchTrigram WHERE ListingSearchTrigram MATCH {").Append(parameters.Count).Append("})");
                parameters.Add("\"" + substring.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            }
            else
            {
                // One or two ideographs are a whole word in Chinese; LIKE on the trigram table still avoids
                // touching the main table's other columns.
                sql.Append(" AND \"Id\" IN (SELECT rowid FROM ListingSearchTrigram WHERE Title LIKE {").Append(parameters.Count)
                    .Append("} OR Body LIKE {").Append(parameters.Count).Append("} OR Tags LIKE {").Append(parameters.Count).Append("})");
                parameters.Add("%" + substring + "%");
            }
        }

        return db.Listings.FromSqlRaw(sql.ToString(), [.. parameters]);
    }
}
