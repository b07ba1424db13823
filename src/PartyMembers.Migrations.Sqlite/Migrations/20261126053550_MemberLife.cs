using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyMembers.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MemberLife : Migration
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
                name: "FeeBases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DeclaredAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RetirementAge = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeBases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeePayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    Voluntary = table.Column<bool>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RuleApplied = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VoidSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VoidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    VoidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeePayments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeeReliefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReductionPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    FromMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAfterMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EndedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeReliefs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MinuteTaker = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StudiedDocument = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Resolutions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AttendanceRecorded = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "MeetingAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsGuest = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingChanges_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
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
                    table.PrimaryKey("PK_MeetingDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingDocuments_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
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
                name: "IX_FeeBases_MemberId_ValidFrom_RecordedAtUtc",
                table: "FeeBases",
                columns: new[] { "MemberId", "ValidFrom", "RecordedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FeePayments_MemberId_Month_VoidSequence",
                table: "FeePayments",
                columns: new[] { "MemberId", "Month", "VoidSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeePayments_UnitId_Month_VoidSequence_MemberId",
                table: "FeePayments",
                columns: new[] { "UnitId", "Month", "VoidSequence", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeeReliefs_MemberId_FromMonth",
                table: "FeeReliefs",
                columns: new[] { "MemberId", "FromMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_MeetingId_MemberId",
                table: "MeetingAttendance",
                columns: new[] { "MeetingId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_MemberId_Status",
                table: "MeetingAttendance",
                columns: new[] { "MemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingChanges_MeetingId",
                table: "MeetingChanges",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDocuments_MeetingId",
                table: "MeetingDocuments",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_UnitId_Date_Id",
                table: "Meetings",
                columns: new[] { "UnitId", "Date", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_UnitId_IsCancelled_Kind_Date",
                table: "Meetings",
                columns: new[] { "UnitId", "IsCancelled", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberHolds_MemberId_ClosedOn",
                table: "MemberHolds",
                columns: new[] { "MemberId", "ClosedOn" });

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
                name: "FeeBases");

            migrationBuilder.DropTable(
                name: "FeePayments");

            migrationBuilder.DropTable(
                name: "FeeReliefs");

            migrationBuilder.DropTable(
                name: "MeetingAttendance");

            migrationBuilder.DropTable(
                name: "MeetingChanges");

            migrationBuilder.DropTable(
                name: "MeetingDocuments");

            migrationBuilder.DropTable(
                name: "MemberHolds");

            migrationBuilder.DropTable(
                name: "StudyCourses");

            migrationBuilder.DropTable(
                name: "StudyTheoryLevels");

            migrationBuilder.DropTable(
                name: "TransferSteps");

            migrationBuilder.DropTable(
                name: "WorkAssignmentChanges");

            migrationBuilder.DropTable(
                name: "ExemptionCases");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "StudyRecords");

            migrationBuilder.DropTable(
                name: "TransferCases");

            migrationBuilder.DropTable(
                name: "WorkAssignments");
        }
    }
}
