using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FederationFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ManuallyApprovesFollowers",
                table: "Collectives",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_InboxItem_State_ReceivedAt",
                table: "InboxItem",
                columns: new[] { "State", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryJob_State_CompletedAt",
                table: "DeliveryJob",
                columns: new[] { "State", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxItem_State_ReceivedAt",
                table: "InboxItem");

            migrationBuilder.DropIndex(
                name: "IX_DeliveryJob_State_CompletedAt",
                table: "DeliveryJob");

            migrationBuilder.DropColumn(
                name: "ManuallyApprovesFollowers",
                table: "Collectives");
        }
    }
}
