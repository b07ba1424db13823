using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Rules;
using PartyMembers.Domain.Transfers;

namespace PartyMembers.Infrastructure.Seeding;

/// A few transfers so that each role has one waiting on it, built through the domain's methods: an internal transfer
/// from the Tổng hợp cell to the Tổ chức grassroots cell commented by the grassroots committee and waiting for the
/// board's letter (then the Tổ chức secretary accepts); a Tổng hợp member's request to move out of the organisation
/// waiting for the grassroots comment; a Hành chính member's internal transfer to Tổng hợp whose letter was issued 40
/// days ago and is not yet presented; a temporary transfer of a Hành chính member waiting for the grassroots
/// committee's letter; and a notice of a member coming from outside into the Tổng hợp cell received more than 3
/// months ago without the file (on the removal watch). No member's status changes.
public static class DemoTransfers
{
    public const string Scenario = "transfer";

    /// The person of the incoming notice.
    public const string IncomingName = "Hồ Thị Kim Oanh";

    internal static IReadOnlyList<TransferCase> Create(DemoDataGenerator generator, DateOnly today, DateTime nowUtc)
    {
        var deadlines = new TransferDeadlines(RuleCatalogue.Book(), WorkingDayCalendar.StatutoryOnly);
        ChangeStamp As(Role role) => new(null, DemoDataGenerator.RecordedBy, role, nowUtc, today);
        DateOnly Day(int daysAgo) => today.AddDays(-daysAgo);
        var cases = new List<TransferCase>();

        var tongHop = generator.Unit(DemoUnits.TongHopCellCode);
        var toChuc = generator.Unit(DemoUnits.ToChucGrassrootsCellCode);
        var moving = Pick(generator, DemoUnits.TongHopCellCode, last: false);
        var internalCase = Must(TransferCase.Request(moving, new TransferRequest
        {
            Kind = TransferKind.Internal,
            Reason = TransferReason.JobChange,
            RequestedOn = Day(12),
            CausingDecision = new LegalBasis("245-QĐ/TU", Day(25), "Ban Thường vụ Tỉnh ủy"),
            CausedOn = Day(20),
            ToUnitId = toChuc.Unit.Id,
            CellComment = "Đồng chí hoàn thành tốt nhiệm vụ, giữ gìn phẩm chất đạo đức, đã đóng đảng phí đầy đủ.",
        }, toChuc.Unit.Type, holdOpen: false, deadlines, As(Role.CellSecretary)));
        Must(internalCase.Comment(Day(8), "Nhất trí nhận xét của chi ủy; hồ sơ đã niêm phong.", As(Role.GrassrootsSecretary)));
        cases.Add(internalCase);

        var leaving = Pick(generator, DemoUnits.TongHopCellCode, last: true);
        cases.Add(Must(TransferCase.Request(leaving, new TransferRequest
        {
            Kind = TransferKind.OfficialOut,
            Reason = TransferReason.Residence,
            RequestedOn = Day(2),
            CausedOn = Day(30),
            Destination = "Đảng bộ phường Trường Vinh, tỉnh Nghệ An",
            CellComment = "Đồng chí nghỉ hưu, chuyển về nơi cư trú; đã đóng đảng phí đầy đủ.",
        }, null, holdOpen: false, deadlines, As(Role.CellSecretary))));

        var top = generator.Units.First(u => u.Unit.ParentId is null).Unit;
        var arriving = Pick(generator, DemoUnits.VanPhongHanhChinhCellCode, last: false);
        var letterCase = Must(TransferCase.Request(arriving, new TransferRequest
        {
            Kind = TransferKind.Internal,
            Reason = TransferReason.JobChange,
            RequestedOn = Day(50),
            CausingDecision = new LegalBasis("198-QĐ/VPTU", Day(58), "Văn phòng Tỉnh ủy"),
            CausedOn = Day(55),
            ToUnitId = tongHop.Unit.Id,
            CellComment = "Đồng chí hoàn thành nhiệm vụ, đã đóng đảng phí đầy đủ.",
        }, tongHop.Unit.Type, holdOpen: false, deadlines, As(Role.CellSecretary)));
        Must(letterCase.Comment(Day(45), "Nhất trí.", As(Role.GrassrootsSecretary)));
        var letterDate = Day(40);
        Must(letterCase.IssueLetter(arriving, new TransferLetter(top.Id, top.Name, "35-GGT/BTC", letterDate, "Phan Thị Thu Hương",
            new DateOnly(letterDate.Year, letterDate.Month, 1).AddMonths(-1), "Hồ sơ đảng viên", null, null), holdOpen: false, deadlines,
            As(Role.OrganisationBoard)));
        cases.Add(letterCase);

        var away = Pick(generator, DemoUnits.VanPhongHanhChinhCellCode, last: true);
        cases.Add(Must(TransferCase.Request(away, new TransferRequest
        {
            Kind = TransferKind.Temporary,
            Reason = TransferReason.Study,
            RequestedOn = Day(3),
            Destination = "Đảng bộ Học viện Chính trị khu vực III",
            CellComment = "Đồng chí được cử đi học lớp cao cấp lý luận chính trị tập trung.",
            PeriodFrom = today,
            PeriodTo = today.AddMonths(18).AddDays(-1),
            Study = true,
        }, null, holdOpen: false, deadlines, As(Role.CellSecretary))));

        cases.Add(Must(TransferCase.RecordNotice(new IncomingNotice(IncomingName, Sex.Female, new DateOnly(1987, 9, 14),
            "Đảng ủy Khối các cơ quan tỉnh Nghệ An", "38-PB/BTC", Day(105), Day(100), tongHop.Unit.Id), UnitType.Cell, deadlines,
            As(Role.OrganisationBoard))));
        return cases;
    }

    /// An official active member of the cell who plays no other demo part, by name (first or last).
    private static Member Pick(DemoDataGenerator generator, string cellCode, bool last)
    {
        var pool = generator.Members
            .Where(m => m.Unit.Plan.Code == cellCode && !m.Reserved && m.Scenario is null
                && m.Member.Type == MembershipType.Official && m.Member.Status == ActivityStatus.Active
                && m.Member.FullName != generator.SecretaryOf(cellCode))
            .OrderBy(m => m.Member.SearchName).ThenBy(m => m.Member.Id)
            .ToList();
        var chosen = last ? pool[^1] : pool[pool.Count / 2];
        chosen.Scenario = Scenario;
        return chosen.Member;
    }

    private static T Must<T>(Result<T> result)
        where T : class =>
        result.Value ?? throw new InvalidOperationException("Demo transfer invalid: " + string.Join(", ", result.Errors));

    private static void Must(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo transfer invalid: " + string.Join(", ", result.Errors));
        }
    }
}
