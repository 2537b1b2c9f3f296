using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActorKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PublicKeyPem = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PrivateKeyPem = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Collectives",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    AreaServed = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    AvatarUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    HeaderUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    FrontGateContact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Collectives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Instance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Rules = table.Column<string>(type: "TEXT", nullable: false),
                    FederationMode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AllowedDomains = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ListingTombstones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CollectiveId = table.Column<long>(type: "INTEGER", nullable: true),
                    FormerKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OriginKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OriginObjectIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    OriginActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    OriginInstanceDomain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    OriginFetchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OriginRemoteUpdatedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingTombstones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Listings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CollectiveId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExactLatitude = table.Column<double>(type: "REAL", nullable: true),
                    ExactLongitude = table.Column<double>(type: "REAL", nullable: true),
                    LocationPrecision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PublicLatitude = table.Column<double>(type: "REAL", nullable: true),
                    PublicLongitude = table.Column<double>(type: "REAL", nullable: true),
                    ServiceArea = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Followable = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OriginObjectIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    OriginActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    OriginInstanceDomain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    OriginFetchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OriginRemoteUpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Offer_What = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offer_QuantityAvailable = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: true),
                    Offer_Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Offer_Conditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Offer_HandOver = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Need_What = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Need_QuantityNeeded = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: true),
                    Need_Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Need_Urgency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Need_Deadline = table.Column<long>(type: "INTEGER", nullable: true),
                    Need_QuantityPledged = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: true),
                    Need_QuantityFulfilled = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: true),
                    Fund_Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Fund_GoalAmount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: true),
                    Fund_RaisedAmount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: true),
                    Fund_Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Fund_FullyFunded = table.Column<bool>(type: "INTEGER", nullable: true),
                    Fund_GiveElsewhereText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Fund_GiveElsewhereUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Fund_HowToGive = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Contact_Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Contact_Signal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Contact_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Contact_Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Contact_LanguagesSpoken = table.Column<string>(type: "TEXT", nullable: true),
                    Contact_AlwaysOpen = table.Column<bool>(type: "INTEGER", nullable: true),
                    Contact_Schedule_Recurrence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Contact_Schedule_Opens = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Contact_Schedule_Closes = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Contact_Schedule_TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Service_Schedule_Recurrence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Service_Schedule_Opens = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Service_Schedule_Closes = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Service_Schedule_TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Service_WalkInsWelcome = table.Column<bool>(type: "INTEGER", nullable: true),
                    SavingsCircle_LocalName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SavingsCircle_ContributionAmount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: true),
                    SavingsCircle_Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    SavingsCircle_CycleLengthDays = table.Column<int>(type: "INTEGER", nullable: true),
                    SavingsCircle_Slots = table.Column<int>(type: "INTEGER", nullable: true),
                    SavingsCircle_PayoutOrder = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SavingsCircle_SeatsOpen = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Listings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Listings_Collectives_CollectiveId",
                        column: x => x.CollectiveId,
                        principalTable: "Collectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CollectiveId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Members_Collectives_CollectiveId",
                        column: x => x.CollectiveId,
                        principalTable: "Collectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Members_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RefreshTokens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FamilyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefreshTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefreshTokens_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActorKeys_KeyId",
                table: "ActorKeys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActorKeys_OwnerKind_OwnerId",
                table: "ActorKeys",
                columns: new[] { "OwnerKind", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Collectives_Slug",
                table: "Collectives",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Listings_CollectiveId_Id",
                table: "Listings",
                columns: new[] { "CollectiveId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Listings_OriginObjectIri",
                table: "Listings",
                column: "OriginObjectIri");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_PublicId",
                table: "Listings",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ListingTombstones_PublicId",
                table: "ListingTombstones",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_CollectiveId_UserId",
                table: "Members",
                columns: new[] { "CollectiveId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_UserId",
                table: "Members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_FamilyId",
                table: "RefreshTokens",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_TokenHash",
                table: "RefreshTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_UserId",
                table: "RefreshTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Users_Email",
                table: "Users",
                column: "Email",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActorKeys");

            migrationBuilder.DropTable(
                name: "Instance");

            migrationBuilder.DropTable(
                name: "Listings");

            migrationBuilder.DropTable(
                name: "ListingTombstones");

            migrationBuilder.DropTable(
                name: "Members");

            migrationBuilder.DropTable(
                name: "RefreshTokens");

            migrationBuilder.DropTable(
                name: "Collectives");

            migrationBuilder.DropTable(
                name: "Users");
        }
    }
}
