using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyMembers.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkLife : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExemptionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CellId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StepCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastStepDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CellResolutionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CellResolutionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CellResolutionIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DecisionIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExemptionCases_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExemptionCases_Units_CellId",
                        column: x => x.CellId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudyRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudyRecords_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CellId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Tasks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FollowUpMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FollowUpName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OutcomeComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutcomeRecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResolutionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResolutionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ResolutionIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkAssignments_Members_FollowUpMemberId",
                        column: x => x.FollowUpMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkAssignments_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkAssignments_Units_CellId",
                        column: x => x.CellId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExemptionSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 280, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActingAs = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExemptionSteps_ExemptionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ExemptionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudyCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAs = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudyCourses_StudyRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "StudyRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudyTheoryLevels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAs = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyTheoryLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudyTheoryLevels_StudyRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "StudyRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkAssignmentChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tasks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FollowUpName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActingAs = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkAssignmentChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkAssignmentChanges_WorkAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "WorkAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionCases_CellId_State_Id",
                table: "ExemptionCases",
                columns: new[] { "CellId", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionCases_MemberId_State",
                table: "ExemptionCases",
                columns: new[] { "MemberId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionCases_State_PeriodTo",
                table: "ExemptionCases",
                columns: new[] { "State", "PeriodTo" });

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionSteps_CaseId_Sequence",
                table: "ExemptionSteps",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudyCourses_RecordId_Sequence",
                table: "StudyCourses",
                columns: new[] { "RecordId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_MemberId",
                table: "StudyRecords",
                column: "MemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudyTheoryLevels_RecordId_Sequence",
                table: "StudyTheoryLevels",
                columns: new[] { "RecordId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkAssignmentChanges_AssignmentId_Sequence",
                table: "WorkAssignmentChanges",
                columns: new[] { "AssignmentId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkAssignments_CellId_Year",
                table: "WorkAssignments",
                columns: new[] { "CellId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkAssignments_FollowUpMemberId",
                table: "WorkAssignments",
                column: "FollowUpMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkAssignments_MemberId_Year",
                table: "WorkAssignments",
                columns: new[] { "MemberId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExemptionSteps");

            migrationBuilder.DropTable(
                name: "StudyCourses");

            migrationBuilder.DropTable(
                name: "StudyTheoryLevels");

            migrationBuilder.DropTable(
                name: "WorkAssignmentChanges");

            migrationBuilder.DropTable(
                name: "ExemptionCases");

            migrationBuilder.DropTable(
                name: "StudyRecords");

            migrationBuilder.DropTable(
                name: "WorkAssignments");
        }
    }
}
