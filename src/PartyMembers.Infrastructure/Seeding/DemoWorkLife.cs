using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Seeding;

/// Work life of the Tổng hợp cell, so that its pages and the home pages have something to show: this year's work
/// assignments for all but the last few members (by name), an exemption application for another reason that the cell
/// has resolved and the grassroots committee has to decide, and study records for a few members. Built through the
/// domain's methods, like the members.
public static class DemoWorkLife
{
    /// Members of the cell left without an assignment (the last ones by name).
    public const int LeftWithoutAssignment = 3;

    internal static async Task SeedAsync(PartyMembersDbContext db, DemoDataGenerator generator, DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var stamp = new ChangeStamp(null, DemoDataGenerator.RecordedBy, Role.CellSecretary, nowUtc, today);
        var cell = generator.Unit(DemoUnits.TongHopCellCode);
        var members = generator.Members.Where(m => m.Unit == cell).Select(m => m.Member)
            .Where(m => WorkAssignment.IsAssignable(m.Status)).OrderBy(m => m.SearchName, StringComparer.Ordinal).ThenBy(m => m.Id).ToList();
        var active = members.Where(m => m.Status == ActivityStatus.Active && m.Type == MembershipType.Official).ToList();

        var resolutionDate = new DateOnly(today.Year, 1, 10) > today ? today : new DateOnly(today.Year, 1, 10);
        var resolution = new LegalBasis("01-NQ/CB", resolutionDate, cell.Unit.Name);
        foreach (var member in members.Take(members.Count - LeftWithoutAssignment))
        {
            var followUp = active.First(f => f.Id != member.Id);
            var facts = new AssignmentFacts(member.Id, member.Status, cell.Unit.Id, followUp.Id, true);
            var tasks = member.Status == ActivityStatus.Active
                ? "Thực hiện tốt nhiệm vụ chuyên môn tại " + cell.Workplace + "; tham gia sinh hoạt chi bộ đầy đủ; gương mẫu nơi cư trú."
                : "Giáo dục gia đình; gương mẫu chấp hành chủ trương, chính sách nơi cư trú.";
            db.WorkAssignments.Add(Must(WorkAssignment.Assign(facts, cell.Unit.Id, today.Year, resolution, tasks, followUp.FullName, stamp)));
        }

        // Waiting for the grassroots committee: mobile work for five months, resolved by the cell.
        var applicant = active.First(m => m.FullName != DemoMembers.Dao);
        var application = new ExemptionApplication(today.AddDays(-20), ExemptionReason.MobileWork,
            "Được cử đi công tác lưu động tại các huyện miền núi trong 5 tháng.", today.AddDays(-15), today.AddDays(-15).AddMonths(5));
        var exemption = Must(ExemptionCase.Apply(applicant, cell.Unit.Id, application, false, RuleCatalogue.Book(), stamp));
        Check(exemption.ResolveInCell(new LegalBasis("05-NQ/CB", today.AddDays(-15), cell.Unit.Name), stamp));
        db.ExemptionCases.Add(exemption);

        foreach (var member in active.Skip(1).Where(m => m.CeremonyDate.AddYears(3) <= today).Take(4))
        {
            var record = StudyRecord.For(member.Id);
            if (member.PoliticalTheory != PoliticalTheoryLevel.None)
            {
                Check(record.RecordTheoryLevel(new TheoryLevelInput(member.PoliticalTheory, member.CeremonyDate.AddYears(2), StudyMode.PartTime,
                    "LLCT-" + member.CeremonyDate.Year, "Trường Chính trị Trần Phú tỉnh Hà Tĩnh"), member, stamp));
            }

            Check(record.RecordCourse(new StudyCourseInput(CourseKind.NewMemberCourse, "Lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
                member.CeremonyDate.AddMonths(2), member.CeremonyDate.AddMonths(2).AddDays(6), "Trung tâm Chính trị thành phố Hà Tĩnh", "Đạt", null),
                member, false, stamp));
            Check(record.RecordCourse(new StudyCourseInput(CourseKind.Refresher, "Bồi dưỡng nghiệp vụ công tác đảng", today.AddMonths(-3),
                today.AddMonths(-3).AddDays(2), "Ban Tổ chức Tỉnh ủy", "Hoàn thành", null), member, false, stamp));
            db.StudyRecords.Add(record);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static T Must<T>(Result<T> result)
        where T : class =>
        result.Value ?? throw new InvalidOperationException("Demo work life invalid: " + string.Join(", ", result.Errors));

    private static void Check(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo work life invalid: " + string.Join(", ", result.Errors));
        }
    }
}
