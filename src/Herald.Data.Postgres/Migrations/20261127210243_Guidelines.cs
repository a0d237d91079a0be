using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Herald.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Guidelines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Comment",
                table: "PolicyVersions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "GuidelineVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Markdown = table.Column<string>(type: "text", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PublishedById = table.Column<string>(type: "text", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuidelineAcknowledgements",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    GuidelineVersionId = table.Column<int>(type: "integer", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                        name: "FK_GuidelineAcknowledgements_GuidelineVersions_GuidelineVersio~",
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

            migrationBuilder.AlterColumn<string>(
                name: "Comment",
                table: "PolicyVersions",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);
        }
    }
}
