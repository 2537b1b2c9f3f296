using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListingActors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActorSlug",
                table: "Listings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OriginListingActorFollowers",
                table: "Listings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginListingActorHandle",
                table: "Listings",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginListingActorIri",
                table: "Listings",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ListingActorTombstone",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Username = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    ActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    CollectiveId = table.Column<long>(type: "INTEGER", nullable: true),
                    ListingPublicId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingActorTombstone", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Listings_CollectiveId_ActorSlug",
                table: "Listings",
                columns: new[] { "CollectiveId", "ActorSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Listings_OriginListingActorIri",
                table: "Listings",
                column: "OriginListingActorIri");

            migrationBuilder.CreateIndex(
                name: "IX_ListingActorTombstone_ListingPublicId",
                table: "ListingActorTombstone",
                column: "ListingPublicId");

            migrationBuilder.CreateIndex(
                name: "IX_ListingActorTombstone_Username",
                table: "ListingActorTombstone",
                column: "Username",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListingActorTombstone");

            migrationBuilder.DropIndex(
                name: "IX_Listings_CollectiveId_ActorSlug",
                table: "Listings");

            migrationBuilder.DropIndex(
                name: "IX_Listings_OriginListingActorIri",
                table: "Listings");

            migrationBuilder.DropColumn(
                name: "ActorSlug",
                table: "Listings");

            migrationBuilder.DropColumn(
                name: "OriginListingActorFollowers",
                table: "Listings");

            migrationBuilder.DropColumn(
                name: "OriginListingActorHandle",
                table: "Listings");

            migrationBuilder.DropColumn(
                name: "OriginListingActorIri",
                table: "Listings");
        }
    }
}
