using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyMembers.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Transfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberHolds_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransferCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FromUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CausedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CellComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GrassrootsComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CommentedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LetterIssuerUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LetterIssuerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LetterYear = table.Column<int>(type: "INTEGER", nullable: true),
                    LetterNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LetterSigner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FeesPaidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AttachedDocuments = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReceivingUpperCommittee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReceivingGrassroots = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PresentDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArrivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Study = table.Column<bool>(type: "INTEGER", nullable: false),
                    Extensions = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SenderOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NoticeNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    NoticeDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NonArrivalLimit = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FlaggedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FlagEvidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StepCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CausingDecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CausingDecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CausingDecisionIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransferCases_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransferCases_Units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransferCases_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransferSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActingAs = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransferSteps_TransferCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "TransferCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MemberHolds_MemberId_ClosedOn",
                table: "MemberHolds",
                columns: new[] { "MemberId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_FromUnitId_Stage_SearchName_Id",
                table: "TransferCases",
                columns: new[] { "FromUnitId", "Stage", "SearchName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_LetterIssuerUnitId_LetterYear_LetterNumber",
                table: "TransferCases",
                columns: new[] { "LetterIssuerUnitId", "LetterYear", "LetterNumber" },
                unique: true,
                filter: "LetterNumber IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_MemberId",
                table: "TransferCases",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_Stage_NonArrivalLimit",
                table: "TransferCases",
                columns: new[] { "Stage", "NonArrivalLimit" });

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_Stage_PresentDue",
                table: "TransferCases",
                columns: new[] { "Stage", "PresentDue" });

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_Stage_StartDue",
                table: "TransferCases",
                columns: new[] { "Stage", "StartDue" });

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_ToUnitId_Stage_SearchName_Id",
                table: "TransferCases",
                columns: new[] { "ToUnitId", "Stage", "SearchName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TransferSteps_CaseId_Sequence",
                table: "TransferSteps",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberHolds");

            migrationBuilder.DropTable(
                name: "TransferSteps");

            migrationBuilder.DropTable(
                name: "TransferCases");
        }
    }
}
