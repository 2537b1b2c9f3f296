using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InstanceDiscovery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OriginStaleSince",
                table: "Listings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KnownInstance",
                columns: table => new
                {
                    Domain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    Software = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SoftwareVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OpenRegistrations = table.Column<bool>(type: "INTEGER", nullable: true),
                    UsersTotal = table.Column<long>(type: "INTEGER", nullable: true),
                    LocalPosts = table.Column<long>(type: "INTEGER", nullable: true),
                    NodeInfo = table.Column<string>(type: "TEXT", nullable: true),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastCheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastContactAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StaleSince = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnownInstance", x => x.Domain);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Listings_OriginInstanceDomain",
                table: "Listings",
                column: "OriginInstanceDomain");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KnownInstance");

            migrationBuilder.DropIndex(
                name: "IX_Listings_OriginInstanceDomain",
                table: "Listings");

            migrationBuilder.DropColumn(
                name: "OriginStaleSince",
                table: "Listings");
        }
    }
}
