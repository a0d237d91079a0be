using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Herald.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RiskTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RaisedCategories",
                table: "Drafts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "RiskTallies",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskTallies", x => new { x.Month, x.Category });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskTallies");

            migrationBuilder.DropColumn(
                name: "RaisedCategories",
                table: "Drafts");
        }
    }
}
