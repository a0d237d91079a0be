using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Herald.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScoutRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScoutRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Share = table.Column<double>(type: "REAL", nullable: false),
                    DepartmentCoverage = table.Column<double>(type: "REAL", nullable: false),
                    TopicTerms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PeopleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Departments = table.Column<string>(type: "TEXT", nullable: false),
                    Locations = table.Column<string>(type: "TEXT", nullable: false),
                    Warnings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoutRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoutRuns_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoutCandidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    ReasonsEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReasonsDe = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SelfNominated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Draft = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoutCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoutCandidates_ScoutRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "ScoutRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScoutCandidates_RunId_State",
                table: "ScoutCandidates",
                columns: new[] { "RunId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoutRuns_CreatedAt",
                table: "ScoutRuns",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ScoutRuns_CreatedById",
                table: "ScoutRuns",
                column: "CreatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScoutCandidates");

            migrationBuilder.DropTable(
                name: "ScoutRuns");
        }
    }
}
