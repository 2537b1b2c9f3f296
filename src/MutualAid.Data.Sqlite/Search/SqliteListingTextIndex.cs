using System.Text;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Directory;

namespace MutualAid.Data.Sqlite.Search;

/// <summary>
/// Full-text matching over the FTS5 tables of the Search migration. The result is the rowid set the
/// indexes return, which the directory uses as <c>"Id" IN (...)</c> on the listing table, so SQLite
/// can still drive from the place or newest-first index and probe the set per row.
/// </summary>
public sealed class SqliteListingTextIndex(MutualAidDbContext db) : IListingTextIndex
{
    /// <summary>The trigram tokenizer indexes substrings of exactly three characters; shorter ones need a scan.</summary>
    private const int TrigramLength = 3;

    public IQueryable<long> MatchingIds(FullTextQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            throw new ArgumentException("An empty full-text query matches everything; filter without the index.", nameof(query));
        }

        // Each term is one rowid source; the first is selected from, the others narrow it with rowid IN.
        var sources = new List<(string Table, string Condition)>();
        var parameters = new List<object>();
        if (query.WordMatch is { } words)
        {
            sources.Add(("ListingSearch", $"ListingSearch MATCH {{{parameters.Count}}}"));
            parameters.Add(words);
        }

        foreach (var substring in query.Substrings)
        {
            var p = parameters.Count;
            if (substring.Length >= TrigramLength)
            {
                sources.Add(("ListingSearchTrigram", $"ListingSearchTrigram MATCH {{{p}}}"));
                parameters.Add("\"" + substring.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            }
            else
            {
                // One or two ideographs are a whole word in Chinese; LIKE on the trigram table still avoids
                // touching the main table's other columns.
                sources.Add(("ListingSearchTrigram", $"Title LIKE {{{p}}} OR Body LIKE {{{p}}} OR Tags LIKE {{{p}}}"));
                parameters.Add("%" + substring + "%");
            }
        }

        var (table, condition) = sources[0];
        var sql = new StringBuilder("SELECT rowid AS \"Value\" FROM ").Append(table).Append(" WHERE (").Append(condition).Append(')');
        foreach (var (otherTable, otherCondition) in sources.Skip(1))
        {
            sql.Append(" AND rowid IN (SELECT rowid FROM ").Append(otherTable).Append(" WHERE ").Append(otherCondition).Append(')');
        }

        return db.Database.SqlQueryRaw<long>(sql.ToString(), [.. parameters]);
    }
}
