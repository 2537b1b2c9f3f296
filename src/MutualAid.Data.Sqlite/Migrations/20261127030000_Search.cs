using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MutualAid.Core.Data;

#nullable disable

namespace MutualAid.Data.Sqlite.Migrations;

/// <summary>
/// Full-text search over listings, in raw SQL because EF has no model for FTS5 (the EF model is unchanged).
/// Two external-content FTS5 indexes read the Listings table (so text is not stored twice) and are kept
/// current by triggers:
/// <list type="bullet">
/// <item><c>ListingSearch</c>: <c>unicode61 remove_diacritics 2</c> word tokens for scripts that separate
/// words with spaces; "cafe" finds "café", "Árbol" finds "arbol", and case folds for every script.</item>
/// <item><c>ListingSearchTrigram</c>: the <c>trigram</c> tokenizer, for scripts without spaces (Chinese,
/// Japanese, Thai, ...), where unicode61 would make a whole sentence one token. Trigrams match any
/// substring of three or more characters, which is how people search those scripts.</item>
/// </list>
/// Plus the indexes the directory walks: open and public, newest first (overall and per kind), and by place.
/// </summary>
[DbContext(typeof(MutualAidDbContext))]
[Migration("20261127030000_Search")]
public partial class Search : Migration
{
    private const string Columns = "Title, Body, Tags, Categories, PlaceName, Offer_What, Need_What, SavingsCircle_LocalName";
    private const string TrigramColumns = "Title, Body, Tags";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""
            CREATE VIRTUAL TABLE ListingSearch USING fts5({Columns},
                content='Listings', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
            """);
        migrationBuilder.Sql($"""
            CREATE VIRTUAL TABLE ListingSearchTrigram USING fts5({TrigramColumns},
                content='Listings', content_rowid='Id', tokenize='trigram');
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER Listings_Search_Insert AFTER INSERT ON Listings BEGIN
                INSERT INTO ListingSearch(rowid, {Columns}) VALUES (new.Id, {Values("new", Columns)});
                INSERT INTO ListingSearchTrigram(rowid, {TrigramColumns}) VALUES (new.Id, {Values("new", TrigramColumns)});
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER Listings_Search_Delete AFTER DELETE ON Listings BEGIN
                INSERT INTO ListingSearch(ListingSearch, rowid, {Columns}) VALUES ('delete', old.Id, {Values("old", Columns)});
                INSERT INTO ListingSearchTrigram(ListingSearchTrigram, rowid, {TrigramColumns}) VALUES ('delete', old.Id, {Values("old", TrigramColumns)});
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER Listings_Search_Update AFTER UPDATE OF {Columns} ON Listings BEGIN
                INSERT INTO ListingSearch(ListingSearch, rowid, {Columns}) VALUES ('delete', old.Id, {Values("old", Columns)});
                INSERT INTO ListingSearchTrigram(ListingSearchTrigram, rowid, {TrigramColumns}) VALUES ('delete', old.Id, {Values("old", TrigramColumns)});
                INSERT INTO ListingSearch(rowid, {Columns}) VALUES (new.Id, {Values("new", Columns)});
                INSERT INTO ListingSearchTrigram(rowid, {TrigramColumns}) VALUES (new.Id, {Values("new", TrigramColumns)});
            END;
            """);
        // Index what is already there (a no-op on a fresh database).
        migrationBuilder.Sql("INSERT INTO ListingSearch(ListingSearch) VALUES ('rebuild');");
        migrationBuilder.Sql("INSERT INTO ListingSearchTrigram(ListingSearchTrigram) VALUES ('rebuild');");
        migrationBuilder.Sql("CREATE INDEX IX_Listings_Directory ON Listings (Status, Visibility, PublishedAt);");
        migrationBuilder.Sql("CREATE INDEX IX_Listings_Directory_Kind ON Listings (Status, Visibility, Kind, PublishedAt);");
        // Status and visibility lead so "open, public, in this box" beats walking the newest-first index;
        // expiry and publication time make it cover the distance pass, which then never reads the rows.
        migrationBuilder.Sql("CREATE INDEX IX_Listings_Directory_Place ON Listings (Status, Visibility, PublicLatitude, PublicLongitude, ExpiresAt, PublishedAt);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Listings_Directory_Place;");
        migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Listings_Directory_Kind;");
        migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Listings_Directory;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Listings_Search_Update;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Listings_Search_Delete;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Listings_Search_Insert;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS ListingSearchTrigram;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS ListingSearch;");
    }

    private static string Values(string row, string columns) =>
        string.Join(", ", columns.Split(", ").Select(column => $"{row}.{column}"));
}
