using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FundDisbursements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Fund_DisbursedAmount",
                table: "Listings",
                type: "TEXT",
                precision: 19,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Fund_LastDisbursement",
                table: "Listings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            // Funds published before disbursements were tracked have paid out nothing we know of.
            migrationBuilder.Sql("UPDATE Listings SET Fund_DisbursedAmount = '0.0' WHERE Fund_RaisedAmount IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Fund_DisbursedAmount",
                table: "Listings");

            migrationBuilder.DropColumn(
                name: "Fund_LastDisbursement",
                table: "Listings");
        }
    }
}
