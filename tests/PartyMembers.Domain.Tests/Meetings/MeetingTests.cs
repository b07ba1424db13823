using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Meetings;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Meetings;

public sealed class MeetingTests
{
    private static readonly DateOnly Today = TestDates.Today;
    private static readonly OrganisationUnit Top = UnitBuilder.Root().Build();
    private static readonly OrganisationUnit Grassroots = UnitBuilder.Under(Top, UnitType.GrassrootsCommittee).Build();
    private static readonly OrganisationUnit Cell = UnitBuilder.Under(Grassroots, UnitType.Cell).Build();

    private static readonly RosterMember Home = new(Guid.NewGuid(), "Nguyễn Văn An", ActivityStatus.Active, false);
    private static readonly RosterMember Away = new(Guid.NewGuid(), "Trần Thị Bình", ActivityStatus.TemporarilyAway, false);
    private static readonly RosterMember Exempted = new(Guid.NewGuid(), "Lê Văn Cư", ActivityStatus.Exempt, false);
    private static readonly RosterMember Guest = new(Guid.NewGuid(), "Phạm Thu Dung", ActivityStatus.TemporarilyAway, true);
    private static readonly IReadOnlyList<RosterMember> Roster = [Home, Away, Exempted, Guest];

    internal static MeetingInput Input(MeetingKind kind = MeetingKind.Regular, DateOnly? date = null, int minutes = 95, string? studied = null) =>
        new(kind, date ?? Today.AddDays(-2), minutes, "Nguyễn Văn An", "Trần Thị Bình", studied, "Nội dung", "Nghị quyết");

    private static Meeting Recorded(MeetingKind kind = MeetingKind.Regular) =>
        Meeting.Record(Input(kind), Cell, TestStamps.As(Role.CellSecretary)).Value!;

    [Fact]
    public void A_cell_secretary_records_a_cell_meeting_with_its_history_line()
    {
        var result = Meeting.Record(Input(), Cell, TestStamps.As(Role.CellSecretary));

        Assert.True(result.Succeeded);
        var meeting = result.Value!;
        Assert.Equal(Cell.Id, meeting.UnitId);
        Assert.Equal(95, meeting.DurationMinutes);
        var line = Assert.Single(meeting.History);
        Assert.Equal(MeetingChangeKind.Recorded, line.Kind);
        Assert.Equal(TestStamps.UserNameFor(Role.CellSecretary), line.UserName);
    }

    [Fact]
    public void A_meeting_cannot_be_dated_in_the_future_nor_before_the_unit_existed()
    {
        ErrorAssert.Only(Meeting.Record(Input(date: Today.AddDays(1)), Cell, TestStamps.As(Role.CellSecretary)).Errors, "Date.InFuture", "Date");
        ErrorAssert.Only(Meeting.Record(Input(date: Cell.EstablishedOn.AddDays(-1)), Cell, TestStamps.As(Role.CellSecretary)).Errors,
            "Meeting.UnitNotActiveOnDate", "Date");
        Assert.True(Meeting.Record(Input(date: Today), Cell, TestStamps.As(Role.CellSecretary)).Succeeded);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(Meeting.MaxDurationMinutes, true)]
    [InlineData(Meeting.MaxDurationMinutes + 1, false)]
    public void The_duration_must_be_a_plausible_number_of_minutes(int minutes, bool accepted)
    {
        var result = Meeting.Record(Input(minutes: minutes), Cell, TestStamps.As(Role.CellSecretary));
        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            ErrorAssert.Only(result.Errors, "Meeting.DurationOutOfRange", "DurationMinutes");
        }
    }

    [Fact]
    public void Chair_and_minute_taker_are_required_and_a_study_session_needs_its_document()
    {
        var errors = Meeting.Record(Input() with { Chair = " ", MinuteTaker = null }, Cell, TestStamps.As(Role.CellSecretary)).Errors;
        ErrorAssert.Has(errors, "Meeting.ChairRequired", "Chair");
        ErrorAssert.Has(errors, "Meeting.MinuteTakerRequired", "MinuteTaker");
        ErrorAssert.Only(Meeting.Record(Input(MeetingKind.ResolutionStudy), Cell, TestStamps.As(Role.CellSecretary)).Errors,
            "Meeting.StudiedDocumentRequired", "StudiedDocument");
        Assert.True(Meeting.Record(Input(MeetingKind.ResolutionStudy, studied: "Nghị quyết 57-NQ/TW"), Cell, TestStamps.As(Role.CellSecretary)).Succeeded);
    }

    [Fact]
    public void A_grassroots_committee_records_only_study_sessions_and_only_through_its_secretary()
    {
        var stamp = TestStamps.As(Role.GrassrootsSecretary);
        Assert.True(Meeting.Record(Input(MeetingKind.ResolutionStudy, studied: "Nghị quyết 66-NQ/TW"), Grassroots, stamp).Succeeded);
        ErrorAssert.Only(Meeting.Record(Input(MeetingKind.Regular), Grassroots, stamp).Errors, "Meeting.KindNotForUnit", "Kind");
        ErrorAssert.Only(Meeting.Record(Input(MeetingKind.ResolutionStudy, studied: "NQ"), Grassroots, TestStamps.As(Role.CellSecretary)).Errors,
            "Meeting.RoleCannotRecord");
        ErrorAssert.Only(Meeting.Record(Input(), Cell, TestStamps.As(Role.OrganisationBoard)).Errors, "Meeting.RoleCannotRecord");
    }

    [Fact]
    public void The_roll_call_starts_from_each_members_status()
    {
        Assert.Equal(AttendanceStatus.Present, Home.DefaultStatus);
        Assert.Equal(AttendanceStatus.AwayOnTransfer, Away.DefaultStatus);
        Assert.Equal(AttendanceStatus.Exempt, Exempted.DefaultStatus);
        Assert.Equal(AttendanceStatus.Present, Guest.DefaultStatus);
        Assert.Equal(AttendanceStatus.Exempt, new RosterMember(Guid.NewGuid(), "X", ActivityStatus.TemporarilyExempt, false).DefaultStatus);
    }

    [Fact]
    public void Attendance_is_recorded_per_member_with_guests_marked_and_counts_in_the_history()
    {
        var meeting = Recorded();
        var result = meeting.RecordAttendance(
        [
            new(Home.MemberId, AttendanceStatus.AbsentWithReason, " Ốm "), new(Away.MemberId, AttendanceStatus.AwayOnTransfer, null),
            new(Exempted.MemberId, AttendanceStatus.Present, "ignored"), new(Guest.MemberId, AttendanceStatus.Present, null),
        ], Roster, null, TestStamps.As(Role.CellSecretary));

        Assert.True(result.Succeeded);
        Assert.True(meeting.AttendanceRecorded);
        var home = meeting.Attendance.Single(a => a.MemberId == Home.MemberId);
        Assert.Equal(("Ốm", false), (home.Reason, home.IsGuest));
        Assert.Null(meeting.Attendance.Single(a => a.MemberId == Exempted.MemberId).Reason);
        Assert.True(meeting.Attendance.Single(a => a.MemberId == Guest.MemberId).IsGuest);
        Assert.Equal("Present=2;AbsentWithReason=1;AbsentWithoutReason=0;Exempt=0;AwayOnTransfer=1", meeting.History[^1].Summary);
    }

    [Fact]
    public void A_member_not_on_the_roll_call_is_refused_beside_its_line_and_nothing_is_recorded()
    {
        var meeting = Recorded();
        var result = meeting.RecordAttendance(
            [new(Home.MemberId, AttendanceStatus.Present, null), new(Guid.NewGuid(), AttendanceStatus.Present, null)],
            Roster, null, TestStamps.As(Role.CellSecretary));

        ErrorAssert.Only(result, "Meeting.Attendance.NotOnRoster", "Entries[1].MemberId");
        Assert.Empty(meeting.Attendance);
        Assert.False(meeting.AttendanceRecorded);
    }

    [Fact]
    public void Absent_with_reason_needs_the_reason_and_statuses_must_fit_the_member()
    {
        var meeting = Recorded();
        var stamp = TestStamps.As(Role.CellSecretary);
        ErrorAssert.Only(meeting.RecordAttendance([new(Home.MemberId, AttendanceStatus.AbsentWithReason, "  ")], Roster, null, stamp),
            "Meeting.Attendance.ReasonRequired", "Entries[0].Reason");
        ErrorAssert.Only(meeting.RecordAttendance([new(Home.MemberId, AttendanceStatus.AwayOnTransfer, null)], Roster, null, stamp),
            "Meeting.Attendance.StatusNotAllowed", "Entries[0].Status");
        ErrorAssert.Only(meeting.RecordAttendance([new(Home.MemberId, AttendanceStatus.Exempt, null)], Roster, null, stamp),
            "Meeting.Attendance.StatusNotAllowed", "Entries[0].Status");
        ErrorAssert.Only(meeting.RecordAttendance([new(Guest.MemberId, AttendanceStatus.AwayOnTransfer, null)], Roster, null, stamp),
            "Meeting.Attendance.StatusNotAllowed", "Entries[0].Status");
        ErrorAssert.Only(meeting.RecordAttendance([new(Home.MemberId, (AttendanceStatus)99, null)], Roster, null, stamp),
            "Meeting.Attendance.StatusNotAllowed", "Entries[0].Status");
        ErrorAssert.Only(meeting.RecordAttendance([new(Home.MemberId, AttendanceStatus.Present, null), new(Home.MemberId, AttendanceStatus.Present, null)], Roster, null, stamp),
            "Meeting.Attendance.Duplicate", "Entries[1].MemberId");
        Assert.Empty(meeting.Attendance);
    }

    [Fact]
    public void Correcting_a_recorded_roll_call_needs_a_reason_and_updates_the_lines_in_place()
    {
        var meeting = Recorded();
        var stamp = TestStamps.As(Role.CellSecretary);
        Assert.True(meeting.RecordAttendance([new(Home.MemberId, AttendanceStatus.Present, null)], Roster, null, stamp).Succeeded);

        ErrorAssert.Only(meeting.RecordAttendance([new(Home.MemberId, AttendanceStatus.AbsentWithoutReason, null)], Roster, null, stamp),
            "Meeting.ReasonRequired", "CorrectionReason");
        Assert.True(meeting.RecordAttendance([new(Home.MemberId, AttendanceStatus.AbsentWithoutReason, null)], Roster, "Điểm danh nhầm", stamp).Succeeded);

        var line = Assert.Single(meeting.Attendance);
        Assert.Equal(AttendanceStatus.AbsentWithoutReason, line.Status);
        Assert.Equal("Điểm danh nhầm", meeting.History[^1].Reason);
    }

    [Fact]
    public void An_edit_keeps_the_changed_fields_and_the_reason_and_refuses_no_change()
    {
        var meeting = Recorded();
        var stamp = TestStamps.As(Role.CellSecretary);
        ErrorAssert.Only(meeting.Edit(Input() with { DurationMinutes = 120 }, null, Cell, stamp), "Meeting.ReasonRequired", "Reason");
        ErrorAssert.Only(meeting.Edit(Input(), "không đổi", Cell, stamp), "Meeting.NothingChanged");

        Assert.True(meeting.Edit(Input() with { DurationMinutes = 120, Chair = "Lê Văn Cư" }, "Ghi sai thời lượng", Cell, stamp).Succeeded);

        Assert.Equal(120, meeting.DurationMinutes);
        var line = meeting.History[^1];
        Assert.Equal((MeetingChangeKind.Edited, "DurationMinutes;Chair", "Ghi sai thời lượng"), (line.Kind, line.Summary, line.Reason));
    }

    [Fact]
    public void A_cancelled_meeting_keeps_its_record_and_refuses_every_change()
    {
        var meeting = Recorded();
        var stamp = TestStamps.As(Role.CellSecretary);
        ErrorAssert.Only(meeting.Cancel(" ", stamp), "Meeting.ReasonRequired", "Reason");
        Assert.True(meeting.Cancel("Nhập trùng", stamp).Succeeded);

        Assert.True(meeting.IsCancelled);
        Assert.Equal("Nhập trùng", meeting.CancelReason);
        ErrorAssert.Only(meeting.Cancel("lại", stamp), "Meeting.Cancelled");
        ErrorAssert.Only(meeting.RecordAttendance([new(Home.MemberId, AttendanceStatus.Present, null)], Roster, null, stamp), "Meeting.Cancelled");
        ErrorAssert.Only(meeting.Edit(Input(minutes: 100), "sửa", Cell, stamp), "Meeting.Cancelled");
        Assert.False(meeting.AddDocument("Biên bản", new StoredFileInfo("bb.pdf", "application/pdf", 10, new string('a', 64), "2026/03/" + new string('b', 32)), stamp).Succeeded);
    }

    [Fact]
    public void A_document_needs_a_title_and_is_kept_with_who_added_it()
    {
        var meeting = Recorded();
        var file = new StoredFileInfo("bien-ban.pdf", "application/pdf", 1000, new string('a', 64), "2026/03/" + new string('b', 32));
        Assert.False(meeting.AddDocument(" ", file, TestStamps.As(Role.CellSecretary)).Succeeded);

        var added = meeting.AddDocument("Biên bản", file, TestStamps.As(Role.CellSecretary));

        Assert.True(added.Succeeded);
        Assert.Equal(("Biên bản", TestStamps.UserNameFor(Role.CellSecretary)), (added.Value!.Title, added.Value.UploadedBy));
        Assert.Equal(MeetingChangeKind.DocumentAdded, meeting.History[^1].Kind);
    }

    [Fact]
    public void Every_change_moves_the_change_count_so_the_row_and_its_version_change()
    {
        var meeting = Recorded();
        var before = meeting.ChangeCount;
        meeting.RecordAttendance([new(Home.MemberId, AttendanceStatus.Present, null)], Roster, null, TestStamps.As(Role.CellSecretary));
        Assert.Equal(before + 1, meeting.ChangeCount);
    }
}
