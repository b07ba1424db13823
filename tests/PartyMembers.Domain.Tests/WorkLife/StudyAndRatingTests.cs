using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.WorkLife;

public sealed class StudyRecordTests
{
    private static readonly DateOnly Today = TestDates.Today;
    private static readonly ChangeStamp Stamp = TestStamps.As(Role.CellSecretary, Today);

    private static TheoryLevelInput Level(PoliticalTheoryLevel level, DateOnly? on = null) =>
        new(level, on ?? Today.AddYears(-1), StudyMode.PartTime, "LLCT-01", "Trường Chính trị tỉnh");

    [Fact]
    public void A_higher_level_becomes_the_members_current_level_and_an_earlier_one_is_kept_as_history_only()
    {
        var member = new MemberBuilder().Build();
        Assert.Equal(PoliticalTheoryLevel.Intermediate, member.PoliticalTheory);
        var record = StudyRecord.For(member.Id);

        ErrorAssert.Succeeded(record.RecordTheoryLevel(Level(PoliticalTheoryLevel.Elementary, Today.AddYears(-8)), member, Stamp));
        Assert.Equal(PoliticalTheoryLevel.Intermediate, member.PoliticalTheory);
        ErrorAssert.Succeeded(record.RecordTheoryLevel(Level(PoliticalTheoryLevel.Advanced), member, Stamp));

        Assert.Equal(PoliticalTheoryLevel.Advanced, member.PoliticalTheory);
        Assert.Equal([PoliticalTheoryLevel.Elementary, PoliticalTheoryLevel.Advanced], record.Levels.Select(l => l.Level));
        Assert.Equal([1, 2], record.Levels.Select(l => l.Sequence));
    }

    [Fact]
    public void A_level_needs_a_real_level_a_past_date_an_institution_and_a_role_that_keeps_the_registry()
    {
        var member = new MemberBuilder().Build();
        var record = StudyRecord.For(member.Id);
        ErrorAssert.Only(record.RecordTheoryLevel(Level(PoliticalTheoryLevel.None), member, Stamp), "Study.LevelRequired", "Level");
        ErrorAssert.Only(record.RecordTheoryLevel(Level(PoliticalTheoryLevel.Advanced, Today.AddDays(1)), member, Stamp), "Date.InFuture", "AwardedOn");
        ErrorAssert.Only(record.RecordTheoryLevel(Level(PoliticalTheoryLevel.Advanced) with { Institution = " " }, member, Stamp), "Study.Required", "Institution");
        ErrorAssert.Only(record.RecordTheoryLevel(Level(PoliticalTheoryLevel.Advanced), member, TestStamps.As(Role.StandingCommittee, Today)), "Study.RoleCannotRecord");
        Assert.Empty(record.Levels);
        Assert.Equal(PoliticalTheoryLevel.Intermediate, member.PoliticalTheory);
    }

    [Fact]
    public void The_new_member_course_is_recorded_once_and_not_when_the_admission_case_has_it()
    {
        var member = new MemberBuilder().Build();
        var record = StudyRecord.For(member.Id);
        var course = new StudyCourseInput(CourseKind.NewMemberCourse, "Lớp đảng viên mới", new DateOnly(2015, 7, 1), new DateOnly(2015, 7, 7),
            "Trung tâm Chính trị", "Đạt", "12/GCN");
        ErrorAssert.Only(record.RecordCourse(course, member, newMemberCourseInAdmissionCase: true, Stamp), "Study.NewMemberCourseRecorded", "Kind");
        ErrorAssert.Succeeded(record.RecordCourse(course, member, false, Stamp));
        ErrorAssert.Only(record.RecordCourse(course, member, false, Stamp), "Study.NewMemberCourseRecorded", "Kind");
        ErrorAssert.Succeeded(record.RecordCourse(course with { Kind = CourseKind.Refresher }, member, false, Stamp));
        ErrorAssert.Only(record.RecordCourse(course with { Kind = CourseKind.Other, To = new DateOnly(2015, 6, 30) }, member, false, Stamp),
            "Study.EndsBeforeStart", "To");
        Assert.Equal(2, record.Courses.Count);
    }
}

public sealed class RatingEligibilityTests
{
    [Theory]
    [InlineData(ActivityStatus.Active, true)]
    [InlineData(ActivityStatus.TemporarilyAway, true)]
    [InlineData(ActivityStatus.TemporarilyExempt, true)]
    [InlineData(ActivityStatus.Suspended, true)]
    [InlineData(ActivityStatus.Exempt, false)]
    [InlineData(ActivityStatus.TransferringOut, false)]
    [InlineData(ActivityStatus.TransferredOut, false)]
    [InlineData(ActivityStatus.Left, false)]
    [InlineData(ActivityStatus.Deceased, false)]
    public void Exempt_members_and_members_no_longer_here_are_not_rated(ActivityStatus status, bool rated) =>
        Assert.Equal(rated, RatingEligibility.IsRated(status));

    [Fact]
    public void The_status_on_a_date_comes_from_the_events_up_to_that_date()
    {
        var member = new MemberBuilder().Build();
        var exemptOn = new DateOnly(2026, 2, 1);
        MemberActions.Bring(member, ActivityStatus.Exempt, exemptOn);
        var events = member.NewEvents;

        Assert.True(RatingEligibility.IsRated(events, exemptOn.AddDays(-1)));
        Assert.False(RatingEligibility.IsRated(events, exemptOn));
        Assert.Null(RatingEligibility.StatusOn(events, MemberBuilder.DefaultCeremonyDate.AddDays(-1)));
        Assert.False(RatingEligibility.IsRated(events, MemberBuilder.DefaultCeremonyDate.AddDays(-1)));
    }
}

/// Q294 §9.3.2: exempt members who are absent leave the cell vote's denominator; one who attends and votes counts.
public sealed class ExemptMembersInVoteDenominatorTests
{
    [Fact]
    public void An_absent_exempt_member_is_left_out_of_the_denominator_and_changes_the_required_count()
    {
        var rules = RuleBooks.Defaults();
        var withAll = AdmissionVotes.Tally(VoteLevel.Cell, registered: 10, present: 6, inFavour: 6);
        var exemptAbsent = AdmissionVotes.Tally(VoteLevel.Cell, registered: 10, present: 6, inFavour: 6, against: 0,
            new VoteExclusionEntry("Nguyễn Văn Miễn", ExclusionReason.ExemptAndAbsent),
            new VoteExclusionEntry("Lê Thị Miễn", ExclusionReason.ExemptAndAbsent),
            new VoteExclusionEntry("Trần Văn Miễn", ExclusionReason.ExemptAndAbsent));
        var date = new DateOnly(2026, 3, 16);

        Assert.Equal(10, withAll.Denominator);
        Assert.Equal(7, exemptAbsent.Denominator);
        Assert.Empty(exemptAbsent.Validate());
        Assert.False(VoteOutcome.Apply(withAll, rules, date).Passed);
        var outcome = VoteOutcome.Apply(exemptAbsent, rules, date);
        Assert.Equal(5, outcome.Required);
        Assert.True(outcome.Passed);
    }

    [Fact]
    public void An_exempt_member_who_attends_is_not_excluded_so_all_ten_may_be_present()
    {
        var attending = AdmissionVotes.Tally(VoteLevel.Cell, registered: 10, present: 10, inFavour: 7);
        Assert.Empty(attending.Validate());
        var wronglyExcluded = AdmissionVotes.Tally(VoteLevel.Cell, registered: 10, present: 10, inFavour: 7, against: 0,
            new VoteExclusionEntry("Nguyễn Văn Miễn", ExclusionReason.ExemptAndAbsent));
        ErrorAssert.Only(wronglyExcluded.Validate(), "Vote.PresentExceedsDenominator", nameof(VoteTally.Present));
    }
}
