using System.Globalization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;

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
    public const string TongHopDossier = "Phan Thị Mỹ Duyên";
    public const string TongHopGrassrootsResolved = "Lê Quang Vinh";
    public const string TongHopAppraised = "Trương Thị Hồng Nhung";
    public const string TongHopDecided = "Võ Minh Tuấn";

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

        // Cases further on, so that each body has one waiting on it: the cell's vote, the board's appraisal, the
        // standing committee's decision, and the ceremony.
        var deadlines = new AdmissionDeadlines(RuleCatalogue.Book(), WorkingDayCalendar.StatutoryOnly);
        var context = new Progress(generator, today, nowUtc, deadlines);
        context.Advance(Add(DemoUnits.TongHopCellCode, TongHopDossier, Sex.Female, 1999, CandidateSource.YouthUnion, sympathiser: true), AdmissionStage.DossierOpen);
        context.Advance(Add(DemoUnits.TongHopCellCode, TongHopGrassrootsResolved, Sex.Male, 1998, CandidateSource.YouthUnion, sympathiser: true), AdmissionStage.GrassrootsResolved);
        context.Advance(Add(DemoUnits.TongHopCellCode, TongHopAppraised, Sex.Female, 2001, CandidateSource.YouthUnion, sympathiser: true), AdmissionStage.Appraised);
        context.Advance(Add(DemoUnits.TongHopCellCode, TongHopDecided, Sex.Male, 1997, CandidateSource.YouthUnion, sympathiser: true), AdmissionStage.Decided);
        Add(DemoUnits.TongHopCellCode, TongHopCandidate, Sex.Male, 2000, CandidateSource.YouthUnion, sympathiser: false);
        Add(DemoUnits.TongHopCellCode, TongHopSympathiser, Sex.Female, 1998, CandidateSource.YouthUnion, sympathiser: true);
        Add(DemoUnits.VanPhongHanhChinhCellCode, HanhChinhCandidate, Sex.Male, 1995, CandidateSource.TradeUnion, sympathiser: false);
        Add(DemoUnits.ThoiSuCellCode, ThoiSuCandidate, Sex.Female, 1999, CandidateSource.YouthUnion, sympathiser: false);
        Add(DemoUnits.ToChucGrassrootsCellCode, ToChucSympathiser, Sex.Male, 1997, CandidateSource.YouthUnion, sympathiser: true);
        return cases;
    }

    /// Takes a Tổng hợp sympathiser on through the dossier and the votes, each step on its own day in the past and
    /// recorded in the role that takes it.
    private sealed class Progress(DemoDataGenerator generator, DateOnly today, DateTime nowUtc, AdmissionDeadlines deadlines)
    {
        private int _decisions;

        public void Advance(AdmissionCase admission, AdmissionStage target)
        {
            var cell = generator.Unit(DemoUnits.TongHopCellCode);
            var chain = Chain(cell);
            ChangeStamp As(Role role) => new(null, DemoDataGenerator.RecordedBy, role, nowUtc, today);
            DateOnly Day(int daysAgo) => today.AddDays(-daysAgo);
            var officials = generator.Members
                .Where(m => m.Unit == cell && m.Member.Type == MembershipType.Official && m.Member.Status == ActivityStatus.Active)
                .ToList();
            var introducer = officials[1 % officials.Count].Member;

            Must(admission.PermitDossier(new LegalBasis("12" + admission.StepCount + "-CV/ĐU", Day(120), "Đảng ủy " + generator.Unit(DemoUnits.VanPhongCommitteeCode).Unit.Name["Đảng bộ ".Length..]),
                chain, deadlines, As(Role.GrassrootsSecretary)));
            Must(admission.OpenDossier(Day(100), chain, As(Role.CellSecretary)));
            foreach (var kind in new[]
                     {
                         DossierItemKind.Application, DossierItemKind.CandidateResume, DossierItemKind.IntroducerLetter,
                         DossierItemKind.YouthUnionResolution, DossierItemKind.OpinionSummary, DossierItemKind.VerificationResults,
                         DossierItemKind.CourseCertificate,
                     })
            {
                Must(admission.AddDocument(kind, Day(90), null, As(Role.CellSecretary)));
            }

            Must(admission.AddIntroducer(new IntroducerFacts(introducer.Id, introducer.FullName, true, true, true), Day(800), false, As(Role.CellSecretary)));
            foreach (var (subject, name) in new[] { (VerificationSubject.Candidate, admission.FullName), (VerificationSubject.Father, "Cha của " + admission.FullName), (VerificationSubject.Mother, "Mẹ của " + admission.FullName) })
            {
                var request = admission.AddVerification(subject, name, false, "Đảng ủy phường Thành Sen", Day(90), null, deadlines, As(Role.CellSecretary));
                Must(request);
                Must(admission.RecordVerificationReply(request.Value!.Id, Day(60), "Chấp hành tốt chủ trương, chính sách; không có vấn đề về lịch sử chính trị.", false, As(Role.CellSecretary)));
            }

            if (target == AdmissionStage.DossierOpen)
            {
                return;
            }

            var registered = officials.Count;
            Must(admission.RecordCellVote(Vote(Day(40), VoteLevel.Cell, registered, registered - 1, registered - 1, 0),
                [new IntroducerFacts(introducer.Id, introducer.FullName, true, true, true)], chain, deadlines, As(Role.CellSecretary)));
            Must(admission.RecordGrassrootsVote(Vote(Day(30), VoteLevel.GrassrootsCommittee, 9, 9, 9, 0), chain, deadlines, As(Role.GrassrootsSecretary)));
            if (target == AdmissionStage.GrassrootsResolved)
            {
                return;
            }

            Must(admission.RecordAppraisal(AppraisalLevel.OrganisationBoard, new AppraisalInput(Day(20), true, true, true,
                "Hồ sơ đầy đủ, đúng quy trình; đủ tiêu chuẩn, điều kiện.", AppraisalOutcome.Forward), chain, As(Role.OrganisationBoard)));
            if (target == AdmissionStage.Appraised)
            {
                return;
            }

            var top = generator.Unit(DemoUnits.TopUnitCode).Unit;
            _decisions++;
            Must(admission.Decide(Vote(Day(10), VoteLevel.StandingCommittee, 11, 11, 10, 1),
                new DecisionInput(top.Id, top.Name, _decisions + "-QĐ/ĐU", Day(10), "Nguyễn Hữu Thắng", Day(8), null),
                chain, deadlines, As(Role.StandingCommittee)));
        }

        private static VoteInput Vote(DateOnly on, VoteLevel level, int registered, int present, int inFavour, int against) =>
            new(on, null, new VoteTally { Level = level, Registered = registered, Excluded = [], Present = present, InFavour = inFavour, Against = against }, null);
    }

    private static void Must<T>(Result<T> result)
        where T : class
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo admission step invalid: " + string.Join(", ", result.Errors));
        }
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
