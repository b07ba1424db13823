using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.WorkLife;

public sealed class WorkAssignmentTests
{
    private static readonly DateOnly Today = TestDates.Today;
    private static readonly Guid Cell = Guid.NewGuid();
    private static readonly Guid MemberId = Guid.NewGuid();
    private static readonly Guid FollowUp = Guid.NewGuid();
    private static readonly LegalBasis Resolution = new("01-NQ/CB", new DateOnly(Today.Year, 1, 10), "Chi bộ Phòng Tổng hợp");

    private static AssignmentFacts Facts(ActivityStatus status = ActivityStatus.Active, Guid? workCell = null, Guid? followUp = null, bool inCell = true) =>
        new(MemberId, status, workCell ?? Cell, followUp ?? FollowUp, inCell);

    private static Result<WorkAssignment> Assign(AssignmentFacts? facts = null, int? year = null, LegalBasis? resolution = null, Role role = Role.CellSecretary,
        string? tasks = "Nhiệm vụ chuyên môn") =>
        WorkAssignment.Assign(facts ?? Facts(), Cell, year ?? Today.Year, resolution ?? Resolution, tasks, "Lê Văn Theo", TestStamps.As(role, Today));

    [Fact]
    public void The_cell_secretary_assigns_work_by_resolution_and_the_history_records_it()
    {
        var a = ErrorAssert.Succeeded(Assign());
        Assert.Equal(Today.Year, a.Year);
        Assert.Equal("Nhiệm vụ chuyên môn", a.Tasks);
        Assert.Equal(FollowUp, a.FollowUpMemberId);
        var change = Assert.Single(a.Changes);
        Assert.Equal(AssignmentAction.Assigned, change.Action);
        Assert.Equal(Resolution.DocumentDate, change.Date);
        Assert.Equal(TestStamps.UserNameFor(Role.CellSecretary), change.UserName);
    }

    [Theory]
    [InlineData(ActivityStatus.Active, true)]
    [InlineData(ActivityStatus.TemporarilyAway, true)]
    [InlineData(ActivityStatus.Exempt, true)]
    [InlineData(ActivityStatus.TemporarilyExempt, true)]
    [InlineData(ActivityStatus.Suspended, false)]
    [InlineData(ActivityStatus.TransferringOut, false)]
    [InlineData(ActivityStatus.TransferredOut, false)]
    [InlineData(ActivityStatus.Left, false)]
    [InlineData(ActivityStatus.Deceased, false)]
    public void Every_status_is_assignable_or_not_as_HD38_says(ActivityStatus status, bool assignable)
    {
        Assert.Equal(assignable, WorkAssignment.IsAssignable(status));
        var result = Assign(Facts(status));
        if (assignable)
        {
            ErrorAssert.Succeeded(result);
        }
        else
        {
            ErrorAssert.Only(result, "Assignment.MemberNotAssignable");
        }
    }

    [Theory]
    [InlineData(Role.GrassrootsSecretary)]
    [InlineData(Role.OrganisationBoard)]
    [InlineData(Role.StandingCommittee)]
    public void Only_the_cell_secretary_assigns(Role role) => ErrorAssert.Only(Assign(role: role), "Assignment.RoleCannotRecord");

    [Fact]
    public void Only_the_cell_where_the_member_works_assigns() => ErrorAssert.Only(Assign(Facts(workCell: Guid.NewGuid())), "Assignment.NotWorkCell");

    [Fact]
    public void The_follow_up_is_another_active_member_of_the_cell()
    {
        ErrorAssert.Only(Assign(Facts(followUp: MemberId)), "Assignment.FollowUpIsMember", nameof(WorkAssignment.FollowUpMemberId));
        ErrorAssert.Only(Assign(Facts(inCell: false)), "Assignment.FollowUpNotInCell", nameof(WorkAssignment.FollowUpMemberId));
    }

    [Fact]
    public void Tasks_are_required_and_bounded()
    {
        ErrorAssert.Only(Assign(tasks: "  "), "Assignment.TasksRequired", nameof(WorkAssignment.Tasks));
        ErrorAssert.Only(Assign(tasks: new string('x', WorkAssignment.TasksMaxLength + 1)), "Text.TooLong", nameof(WorkAssignment.Tasks));
    }

    [Fact]
    public void The_year_is_last_this_or_next_year_and_the_resolution_of_that_year_or_the_one_before()
    {
        ErrorAssert.Succeeded(Assign(year: Today.Year + 1, resolution: Resolution));
        ErrorAssert.Has(Assign(year: Today.Year + 2, resolution: Resolution).Errors, "Assignment.YearOutOfRange", nameof(WorkAssignment.Year));
        ErrorAssert.Only(Assign(year: Today.Year - 1, resolution: Resolution), "Assignment.ResolutionYear", "ResolutionDocumentDate");
        ErrorAssert.Succeeded(Assign(year: Today.Year - 1, resolution: Resolution with { DocumentDate = new DateOnly(Today.Year - 1, 1, 5) }));
        ErrorAssert.Only(Assign(resolution: Resolution with { DocumentDate = Today.AddDays(1) }), "Date.InFuture", "ResolutionDocumentDate");
    }

    [Fact]
    public void An_adjustment_needs_a_reason_keeps_the_history_and_is_closed_once_the_result_is_recorded()
    {
        var a = ErrorAssert.Succeeded(Assign());
        var stamp = TestStamps.As(Role.CellSecretary, Today);
        var other = Facts(followUp: Guid.NewGuid());
        ErrorAssert.Only(a.Adjust(other, "Nhiệm vụ mới", "Trần Thị Mới", Today, " ", stamp), "Assignment.ReasonRequired", "Reason");
        ErrorAssert.Only(a.Adjust(other, "Nhiệm vụ mới", "Trần Thị Mới", Resolution.DocumentDate.AddDays(-1), "Đổi vị trí", stamp),
            "Assignment.DateBeforeResolution", "Date");

        ErrorAssert.Succeeded(a.Adjust(other, "Nhiệm vụ mới", "Trần Thị Mới", Today, "Đổi vị trí công tác", stamp));
        Assert.Equal("Nhiệm vụ mới", a.Tasks);
        Assert.Equal("Trần Thị Mới", a.FollowUpName);
        Assert.Equal([AssignmentAction.Assigned, AssignmentAction.Adjusted], a.Changes.Select(c => c.Action));
        Assert.Equal("Nhiệm vụ chuyên môn", a.Changes[0].Tasks);

        ErrorAssert.Succeeded(a.RecordResult(AssignmentOutcome.Completed, null, Today, stamp));
        ErrorAssert.Only(a.Adjust(other, "Nữa", "Trần Thị Mới", Today, "Lý do", stamp), "Assignment.ResultAlreadyRecorded");
    }

    [Fact]
    public void The_result_is_recorded_in_the_year_or_early_the_next_and_a_correction_needs_a_reason()
    {
        var a = ErrorAssert.Succeeded(Assign());
        ErrorAssert.Only(a.RecordResult(null, null, Today, TestStamps.As(Role.CellSecretary, Today)), "Assignment.OutcomeRequired", nameof(WorkAssignment.Outcome));
        var nextYear = new DateOnly(Today.Year + 1, 1, 15);
        var later = TestStamps.As(Role.CellSecretary, new DateOnly(Today.Year + 2, 1, 5));
        ErrorAssert.Only(a.RecordResult(AssignmentOutcome.Completed, null, later.Today, later), "Assignment.ResultYear", nameof(WorkAssignment.OutcomeRecordedOn));

        ErrorAssert.Succeeded(a.RecordResult(AssignmentOutcome.PartlyCompleted, "Chưa xong một việc", nextYear, later));
        Assert.Equal(AssignmentOutcome.PartlyCompleted, a.Outcome);
        Assert.Equal(nextYear, a.OutcomeRecordedOn);
        ErrorAssert.Only(a.RecordResult(AssignmentOutcome.Completed, null, nextYear, later), "Assignment.ReasonRequired", nameof(WorkAssignment.OutcomeComment));
        ErrorAssert.Succeeded(a.RecordResult(AssignmentOutcome.Completed, "Đã bổ sung kết quả", nextYear, later));
        Assert.Equal(AssignmentOutcome.Completed, a.Changes[^1].Outcome);
        Assert.Equal(3, a.Changes.Count);
    }
}
