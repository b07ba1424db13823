using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyMembers.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Admission : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdmissionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CellId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PersonalIdNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Occupation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Residence = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Education = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EducationException = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceDetails = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IntroducedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitHasYouthUnion = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnitHasTradeUnion = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsYouthUnionMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsTradeUnionMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    Married = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SympathiserSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SympathiserResolution = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    HelperMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HelperName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TestTasks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DossierPermittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DossierOpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CellResolutionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CeremonyDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NewMemberCourseCertificate = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    NewMemberCourseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NewMemberCourseIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecognitionCellResolutionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecognitionProposal = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FailedVotesAtStage = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StepCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastStepDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierPermissionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DossierPermissionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DossierPermissionIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LateCeremonyApprovalDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LateCeremonyApprovalNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LateCeremonyApprovalIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Over60ApprovalDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Over60ApprovalNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Over60ApprovalIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionCases_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionCases_Units_CellId",
                        column: x => x.CellId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionAppraisals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentsComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    StandardsMet = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProcedureFollowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionAppraisals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionAppraisals_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SessionsTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionsAttended = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CertificateDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionCourses_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IssuerUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionDecisions_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionDecisions_Units_IssuerUnitId",
                        column: x => x.IssuerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionDocuments_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionIntroducers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KnownSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsReplacement = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionIntroducers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionIntroducers_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionIntroducers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", unicode: false, maxLength: 80, nullable: false),
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
                    table.PrimaryKey("PK_AdmissionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionSteps_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionVerifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Abroad = table.Column<bool>(type: "INTEGER", nullable: false),
                    SentTo = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConcernsFound = table.Column<bool>(type: "INTEGER", nullable: false),
                    Exempt = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExemptionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionVerifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionVerifications_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResolutionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Registered = table.Column<int>(type: "INTEGER", nullable: false),
                    Denominator = table.Column<int>(type: "INTEGER", nullable: false),
                    Present = table.Column<int>(type: "INTEGER", nullable: false),
                    InFavour = table.Column<int>(type: "INTEGER", nullable: false),
                    Against = table.Column<int>(type: "INTEGER", nullable: false),
                    ThresholdKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ShareNumerator = table.Column<int>(type: "INTEGER", nullable: false),
                    ShareDenominator = table.Column<int>(type: "INTEGER", nullable: false),
                    Required = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    RuleSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Proposal = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAs = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionVotes_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    StorageName = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionAttachments_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionAttachments_AdmissionDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "AdmissionDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionVoteExclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionVoteExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionVoteExclusions_AdmissionVotes_VoteId",
                        column: x => x.VoteId,
                        principalTable: "AdmissionVotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionAppraisals_CaseId",
                table: "AdmissionAppraisals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionAttachments_CaseId",
                table: "AdmissionAttachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionAttachments_DocumentId",
                table: "AdmissionAttachments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_CellId_Stage_SearchName_Id",
                table: "AdmissionCases",
                columns: new[] { "CellId", "Stage", "SearchName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_MemberId",
                table: "AdmissionCases",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_PersonalIdNumber",
                table: "AdmissionCases",
                column: "PersonalIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_SearchName_Id",
                table: "AdmissionCases",
                columns: new[] { "SearchName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_Stage_CellId",
                table: "AdmissionCases",
                columns: new[] { "Stage", "CellId" });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCourses_CaseId",
                table: "AdmissionCourses",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionDecisions_CaseId",
                table: "AdmissionDecisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionDecisions_IssuerUnitId_Year_Number",
                table: "AdmissionDecisions",
                columns: new[] { "IssuerUnitId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionDocuments_CaseId",
                table: "AdmissionDocuments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionIntroducers_CaseId",
                table: "AdmissionIntroducers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionIntroducers_MemberId",
                table: "AdmissionIntroducers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionSteps_CaseId_Sequence",
                table: "AdmissionSteps",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionVerifications_CaseId",
                table: "AdmissionVerifications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionVerifications_DueOn_RepliedOn",
                table: "AdmissionVerifications",
                columns: new[] { "DueOn", "RepliedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionVoteExclusions_VoteId",
                table: "AdmissionVoteExclusions",
                column: "VoteId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionVotes_CaseId",
                table: "AdmissionVotes",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdmissionAppraisals");

            migrationBuilder.DropTable(
                name: "AdmissionAttachments");

            migrationBuilder.DropTable(
                name: "AdmissionCourses");

            migrationBuilder.DropTable(
                name: "AdmissionDecisions");

            migrationBuilder.DropTable(
                name: "AdmissionIntroducers");

            migrationBuilder.DropTable(
                name: "AdmissionSteps");

            migrationBuilder.DropTable(
                name: "AdmissionVerifications");

            migrationBuilder.DropTable(
                name: "AdmissionVoteExclusions");

            migrationBuilder.DropTable(
                name: "AdmissionDocuments");

            migrationBuilder.DropTable(
                name: "AdmissionVotes");

            migrationBuilder.DropTable(
                name: "AdmissionCases");
        }
    }
}
