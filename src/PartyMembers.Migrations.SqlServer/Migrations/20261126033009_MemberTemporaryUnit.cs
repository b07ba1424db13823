using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyMembers.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MemberTemporaryUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TemporaryUnitId",
                table: "Members",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_TemporaryUnitId",
                table: "Members",
                column: "TemporaryUnitId",
                filter: "[TemporaryUnitId] IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_Members_Units_TemporaryUnitId",
                table: "Members",
                column: "TemporaryUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Members_Units_TemporaryUnitId",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_TemporaryUnitId",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "TemporaryUnitId",
                table: "Members");
        }
    }
}
