using System.Globalization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Infrastructure.Seeding;

/// A few admission cases at their first stages, so that each role's pages have something to show: people on the
/// registers of the Tổng hợp, Hành chính, Thời sự and Tổ chức cells, some already recognised as sympathisers with an
/// awareness-course certificate. Built through the domain's methods, like the members.
public static class DemoAdmissions
{
    public const string TongHopCandidate = "Hoàng Minh Khôi";
    public const string TongHopSympathiser = "Đặng Thị Ngọc Ánh";
    public const string HanhChinhCandidate = "Vũ Quốc Bảo";
    public const string ThoiSuCandidate = "Trịnh Thu Trang";
    public const string ToChucSympathiser = "Bùi Đức Long";

    internal static IReadOnlyList<AdmissionCase> Create(DemoDataGenerator generator, DateOnly today, DateTime nowUtc)
    {
        var stamp = new ChangeStamp(null, DemoDataGenerator.RecordedBy, Role.CellSecretary, nowUtc, today);
        var usedIds = generator.Members.Select(m => m.Member.PersonalIdNumber).ToHashSet(StringComparer.Ordinal);
        var cases = new List<AdmissionCase>();
        var serial = 990_000;

        AdmissionCase Add(string cellCode, string name, Sex sex, int birthYear, CandidateSource source, bool sympathiser)
        {
            var cell = generator.Unit(cellCode);
            var dob = new DateOnly(birthYear, 3 + (cases.Count % 9), 10 + cases.Count);
            string id;
            do
            {
                id = "042" + PersonalIdNumber.CenturySexDigit(birthYear, sex).ToString(CultureInfo.InvariantCulture)
                    + (birthYear % 100).ToString("00", CultureInfo.InvariantCulture) + (serial++).ToString("000000", CultureInfo.InvariantCulture);
            }
            while (!usedIds.Add(id));

            var details = new CandidateDetails
            {
                FullName = name,
                Sex = sex,
                DateOfBirth = dob,
                PersonalIdNumber = id,
                Occupation = "Chuyên viên",
                Residence = "Thành phố Hà Tĩnh",
                Education = EducationLevel.University,
                Source = source,
                SourceDetails = source == CandidateSource.YouthUnion ? "Đoàn cơ sở " + cell.Workplace : "Công đoàn " + cell.Workplace,
                IntroducedOn = today.AddDays(-200),
                UnitHasYouthUnion = true,
                UnitHasTradeUnion = true,
                IsYouthUnionMember = source == CandidateSource.YouthUnion,
                IsTradeUnionMember = true,
            };
            var created = AdmissionCase.Register(details, cell.Unit.Id, cell.Unit.Type, stamp);
            var admission = created.Value ?? throw new InvalidOperationException("Demo candidate invalid: " + string.Join(", ", created.Errors));
            if (sympathiser)
            {
                var helper = generator.Members.First(m => m.Unit == cell && m.Member.Type == MembershipType.Official && m.Member.Status == ActivityStatus.Active);
                var facts = new IntroducerFacts(helper.Member.Id, helper.Member.FullName, true, true, true);
                Must(admission.RecordCourse(new CourseInput("Lớp bồi dưỡng nhận thức về Đảng khóa " + (today.Year % 100),
                    today.AddDays(-160), today.AddDays(-155), 10, 10, 8.5m, true, "NT-" + (120 + cases.Count), today.AddDays(-150),
                    "Trung tâm Chính trị thành phố Hà Tĩnh"), stamp));
                Must(admission.RecogniseSympathiser(today.AddDays(-140), "NQ " + (10 + cases.Count) + "-NQ/CB", facts,
                    "Tham gia tổ soạn thảo báo cáo tổng kết năm của cơ quan.", Chain(cell), stamp));
            }

            cases.Add(admission);
            return admission;
        }

        Add(DemoUnits.TongHopCellCode, TongHopCandidate, Sex.Male, 2000, CandidateSource.YouthUnion, sympathiser: false);
        Add(DemoUnits.TongHopCellCode, TongHopSympathiser, Sex.Female, 1998, CandidateSource.YouthUnion, sympathiser: true);
        Add(DemoUnits.VanPhongHanhChinhCellCode, HanhChinhCandidate, Sex.Male, 1995, CandidateSource.TradeUnion, sympathiser: false);
        Add(DemoUnits.ThoiSuCellCode, ThoiSuCandidate, Sex.Female, 1999, CandidateSource.YouthUnion, sympathiser: false);
        Add(DemoUnits.ToChucGrassrootsCellCode, ToChucSympathiser, Sex.Male, 1997, CandidateSource.YouthUnion, sympathiser: true);
        return cases;
    }

    // Recognising a sympathiser is the cell's step in every chain; only the grassroots level matters for the table.
    private static AdmissionChain Chain(DemoUnitNode cell) => new(false, cell.Grassroots is not null, false);

    private static void Must(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo admission step invalid: " + string.Join(", ", result.Errors));
        }
    }
}
