using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Meetings;
using PartyMembers.Domain.Members;

namespace PartyMembers.Infrastructure.Seeding;

/// Four months of meetings with their roll-calls for the demo cells the accounts work in, so that the meeting lists,
/// attendance rates and dashboards have something to show: regular meetings every month, a thematic meeting each
/// quarter (combined with the regular one in the Tổng hợp cell), and a resolution study session of the Văn phòng
/// grassroots organisation. The Hành chính cell has no regular meeting last month, so its grassroots committee's
/// dashboard shows the gap. Built through the domain's methods, like the members.
public static class DemoMeetings
{
    /// The demo cell left without last month's regular meeting.
    public const string CellWithoutLastMonth = DemoUnits.VanPhongHanhChinhCell;

    public const string StudiedResolution = "Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật";

    internal static IReadOnlyList<Meeting> Create(DemoDataGenerator generator, DateOnly today, DateTime nowUtc)
    {
        var meetings = new List<Meeting>();
        var facts = generator.Members
            .Select(m => new RosterFacts(m.Member.Id, m.Member.FullName, m.Member.SearchName, m.Member.HomeUnitId, m.Member.TemporaryUnitId, m.Member.Status))
            .ToList();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        foreach (var code in new[] { DemoUnits.TongHopCellCode, DemoUnits.VanPhongHanhChinhCellCode, DemoUnits.ThoiSuCellCode, DemoUnits.ToChucGrassrootsCellCode })
        {
            var cell = generator.Unit(code).Unit;
            var roster = MeetingRoster.From(facts, id => id == cell.Id);
            var secretary = generator.SecretaryOf(code);
            for (var back = 4; back >= 1; back--)
            {
                var month = thisMonth.AddMonths(-back);
                if (back == 1 && cell.Name == CellWithoutLastMonth)
                {
                    continue;
                }

                // The first month of each quarter holds the thematic meeting too.
                var thematic = month.Month % 3 == 1;
                var combined = thematic && code == DemoUnits.TongHopCellCode;
                var kind = combined ? MeetingKind.RegularAndThematic : MeetingKind.Regular;
                meetings.Add(Hold(cell, kind, month.AddDays(9), combined ? 150 : 95, secretary, roster, back, null, nowUtc, today));
                if (thematic && !combined)
                {
                    meetings.Add(Hold(cell, MeetingKind.Thematic, month.AddDays(19), 100, secretary, roster, back + 1, null, nowUtc, today));
                }
            }
        }

        var committee = generator.Unit(DemoUnits.VanPhongCommitteeCode).Unit;
        var paths = generator.Units.ToDictionary(u => u.Unit.Id, u => u.Unit.Path);
        var all = MeetingRoster.From(facts, id => paths[id].StartsWith(committee.Path, StringComparison.Ordinal));
        meetings.Add(Hold(committee, MeetingKind.ResolutionStudy, thisMonth.AddMonths(-2).AddDays(14), 180,
            generator.SecretaryOf(DemoUnits.VanPhongHanhChinhCellCode), all, 3, StudiedResolution, nowUtc, today));
        return meetings;
    }

    private static Meeting Hold(
        Domain.Organisation.OrganisationUnit unit, MeetingKind kind, DateOnly date, int minutes, string chair,
        IReadOnlyList<RosterMember> roster, int seed, string? studied, DateTime nowUtc, DateOnly today)
    {
        var role = unit.Type == Domain.Organisation.UnitType.GrassrootsCommittee ? Role.GrassrootsSecretary : Role.CellSecretary;
        var stamp = new ChangeStamp(null, DemoDataGenerator.RecordedBy, role, nowUtc, today);
        var content = kind switch
        {
            MeetingKind.ResolutionStudy => "Quán triệt nội dung nghị quyết; thảo luận kế hoạch thực hiện của cơ quan.",
            MeetingKind.Thematic => "Chuyên đề: nâng cao chất lượng tham mưu, cải cách hành chính trong cơ quan.",
            _ => "Thu đảng phí; điểm danh; thông tin thời sự; kiểm điểm công việc tháng; nhiệm vụ tháng tới.",
        };
        var created = Meeting.Record(
            new MeetingInput(kind, date, minutes, chair, roster.Count > 1 ? roster[1].Name : chair, studied, content,
                kind == MeetingKind.ResolutionStudy ? null : "Chi bộ thống nhất giao nhiệm vụ tháng tới cho từng đảng viên."),
            unit, stamp);
        var meeting = created.Value ?? throw new InvalidOperationException("Demo meeting invalid: " + string.Join(", ", created.Errors));
        var entries = roster.Select((r, n) => new AttendanceEntry(r.MemberId, Vary(r, n + seed), Vary(r, n + seed) == AttendanceStatus.AbsentWithReason ? "Đi công tác" : null)).ToList();
        var recorded = meeting.RecordAttendance(entries, roster, null, stamp);
        if (!recorded.Succeeded)
        {
            throw new InvalidOperationException("Demo attendance invalid: " + string.Join(", ", recorded.Errors));
        }

        return meeting;
    }

    /// Mostly present, a few absent with a reason and now and then one without.
    private static AttendanceStatus Vary(RosterMember member, int n) =>
        member.DefaultStatus != AttendanceStatus.Present ? member.DefaultStatus
        : n % 7 == 3 ? AttendanceStatus.AbsentWithReason
        : n % 13 == 5 ? AttendanceStatus.AbsentWithoutReason
        : AttendanceStatus.Present;
}
