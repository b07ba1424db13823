using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;

namespace PartyMembers.Web.Tests.Admission;

/// A case of the Tổng hợp cell built through the domain, not saved yet, with what the tests need to take it further.
internal sealed record TongHopCase(AdmissionCase Case, OrganisationUnit Cell, IReadOnlyList<IntroducerFacts> Introducers, AdmissionChain Chain,
    AdmissionDeadlines Deadlines);

/// Builds cases of the Tổng hợp cell through the domain, with dates in the past, for the tests that drive the pages.
internal static class TongHopCases
{
    public static DateOnly Today { get; } = VietnamTime.Today(TimeProvider.System);

    public static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string UniqueNumber() => $"{Random.Shared.Next(5000, 999_999)}-QĐ/ĐU";

    /// A new case brought to stage Appraised, the board's appraisal on <paramref name="appraisedOn"/>: course,
    /// sympathiser, permission, dossier, two introducers, verification, the cell's and the grassroots committee's votes.
    /// Each step is recorded on its own day, in order, as it would have been; the first is 200 days before the appraisal.
    public static async Task<TongHopCase> AppraisedAsync(PartyMembersDbContext db, string name, DateOnly appraisedOn, Sex sex = Sex.Male)
    {
        var cell = await db.Units.AsNoTracking().SingleAsync(u => u.Name == DemoUnits.TongHopCell);
        var introducers = await db.Members.AsNoTracking()
            .Where(m => m.HomeUnitId == cell.Id && m.Type == MembershipType.Official && m.Status == ActivityStatus.Active)
            .OrderBy(m => m.SearchName).Take(2).ToListAsync();
        var facts = introducers.Select(m => new IntroducerFacts(m.Id, m.FullName, true, true, true)).ToList();
        var deadlines = new AdmissionDeadlines(RuleBooks.Defaults(), WorkingDayCalendar.StatutoryOnly);
        var chain = new AdmissionChain(HasSubCommittee: false, HasGrassrootsCommittee: true, GrassrootsAuthorisedToAdmit: false);
        DateOnly Before(int days) => appraisedOn.AddDays(-days);
        ChangeStamp As(Role role, int days) => TestStamps.As(role, Before(days));
        ChangeStamp Cell(int days) => As(Role.CellSecretary, days);
        var born = Today.AddYears(-25);

        var c = Ok(AdmissionCase.Register(new CandidateDetails
        {
            FullName = name,
            Sex = sex,
            DateOfBirth = born,
            PersonalIdNumber = PersonalIds.For(born, sex),
            Occupation = "Chuyên viên",
            Residence = "Phường Ba Đình, Hà Nội",
            Education = EducationLevel.University,
            Source = CandidateSource.PartyMember,
            IntroducedOn = Before(200),
        }, cell.Id, cell.Type, Cell(200)));
        Ok(c.RecordCourse(new CourseInput("Lớp nhận thức về Đảng", Before(180), Before(176), 10, 10, 9m, true,
            "NT-" + Guid.NewGuid().ToString("N")[..6], Before(170), "Trung tâm Chính trị"), Cell(170)));
        Ok(c.RecogniseSympathiser(Before(155), "5-NQ/CB", facts[0], "Tham gia công tác đoàn thể", chain, Cell(155)));
        Ok(c.PermitDossier(new LegalBasis("7-CV/ĐU", Before(70), "Đảng ủy Văn phòng"), chain, deadlines, As(Role.GrassrootsSecretary, 70)));
        Ok(c.OpenDossier(Before(65), chain, Cell(65)));
        foreach (var kind in AdmissionEligibility.RequiredDocuments(IntroductionKind.TwoMembers))
        {
            Ok(c.AddDocument(kind, Before(60), null, Cell(60)));
        }

        Ok(c.AddDocument(DossierItemKind.IntroducerLetter, Before(60), null, Cell(60)));
        foreach (var introducer in facts)
        {
            Ok(c.AddIntroducer(introducer, Before(900), replacement: false, Cell(60)));
        }

        foreach (var (subject, person) in new[] { (VerificationSubject.Candidate, name), (VerificationSubject.Father, "Lê Văn Cha"), (VerificationSubject.Mother, "Nguyễn Thị Mẹ") })
        {
            var request = Ok(c.AddVerification(subject, person, abroad: false, "Đảng ủy phường Ba Đình", Before(58), null, deadlines, Cell(58)));
            Ok(c.RecordVerificationReply(request.Id, Before(35), "Không có vấn đề gì", concernsFound: false, Cell(35)));
        }

        Ok(c.RecordCellVote(Vote(Before(10), VoteLevel.Cell), facts, chain, deadlines, Cell(10)));
        Ok(c.RecordGrassrootsVote(Vote(Before(5), VoteLevel.GrassrootsCommittee), chain, deadlines, As(Role.GrassrootsSecretary, 5)));
        Ok(c.RecordAppraisal(AppraisalLevel.OrganisationBoard, new AppraisalInput(appraisedOn, true, true, true, "Đủ điều kiện", AppraisalOutcome.Forward), chain,
            TestStamps.As(Role.OrganisationBoard, appraisedOn)));
        Assert.Equal(AdmissionStage.Appraised, c.Stage);
        return new TongHopCase(c, cell, facts, chain, deadlines);
    }

    /// The board's appraisal form on <paramref name="date"/>: the checklist met, forward.
    public static Dictionary<string, string> ForwardAppraisal(DateOnly date) => new()
    {
        ["Input.Date"] = D(date),
        ["Input.DocumentsComplete"] = "true",
        ["Input.StandardsMet"] = "true",
        ["Input.ProcedureFollowed"] = "true",
        ["Input.Conclusion"] = "Hồ sơ đầy đủ, đúng quy trình.",
        ["Input.Outcome"] = nameof(AppraisalOutcome.Forward),
    };

    /// A vote of nine members, all present and in favour.
    public static VoteInput Vote(DateOnly meeting, VoteLevel level) =>
        new(meeting, "1-NQ", new VoteTally { Level = level, Registered = 9, Excluded = [], Present = 9, InFavour = 9, Against = 0 }, null);

    public static T Ok<T>(Result<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    public static void Ok(Result result) => Assert.True(result.Succeeded, string.Join("; ", result.Errors));
}
