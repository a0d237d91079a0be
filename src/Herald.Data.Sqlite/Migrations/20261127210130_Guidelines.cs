using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Herald.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Guidelines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GuidelineVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishedById = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuidelineAcknowledgements",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    GuidelineVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineAcknowledgements", x => new { x.UserId, x.GuidelineVersionId });
                    table.ForeignKey(
                        name: "FK_GuidelineAcknowledgements_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GuidelineAcknowledgements_GuidelineVersions_GuidelineVersionId",
                        column: x => x.GuidelineVersionId,
                        principalTable: "GuidelineVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineAcknowledgements_GuidelineVersionId",
                table: "GuidelineAcknowledgements",
                column: "GuidelineVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuidelineAcknowledgements");

            migrationBuilder.DropTable(
                name: "GuidelineVersions");
        }
    }
}
