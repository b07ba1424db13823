using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyMembers.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Privacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LawfulBasisRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NoticeVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LawfulBasisRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LawfulBasisRecords_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LawfulBasisRecords_MemberId_EffectiveFrom_RecordedAtUtc",
                table: "LawfulBasisRecords",
                columns: new[] { "MemberId", "EffectiveFrom", "RecordedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LawfulBasisRecords");
        }
    }
}
