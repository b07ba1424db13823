using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyMembers.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserId_Id",
                table: "AuditEntries");

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "TEXT",
                unicode: false,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "MemberId",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Page",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            // Rows written before the chain take their id as sequence number (ADR 0015).
            migrationBuilder.Sql(PartyMembers.Infrastructure.Persistence.AuditSql.BackfillSequence);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_MemberId_Sequence",
                table: "AuditEntries",
                columns: new[] { "MemberId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UnitId_Sequence",
                table: "AuditEntries",
                columns: new[] { "UnitId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_Sequence",
                table: "AuditEntries",
                columns: new[] { "UserId", "Sequence" });

            // Append-only audit (ADR 0015; docs/database.md): paste these calls back when the migration is regenerated.
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
            {
                migrationBuilder.Sql(PartyMembers.Infrastructure.Persistence.AuditSql.SqlServerTriggers);
            }
            else
            {
                migrationBuilder.Sql(PartyMembers.Infrastructure.Persistence.AuditSql.SqliteTriggers);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
            {
                migrationBuilder.Sql(PartyMembers.Infrastructure.Persistence.AuditSql.SqlServerDropTriggers);
            }
            else
            {
                migrationBuilder.Sql(PartyMembers.Infrastructure.Persistence.AuditSql.SqliteDropTriggers);
            }

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_MemberId_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UnitId_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserId_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "MemberId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Page",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_Id",
                table: "AuditEntries",
                columns: new[] { "UserId", "Id" });
        }
    }
}
