using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Testing;

/// The four chains of bodies a case can pass through.
public static class AdmissionChains
{
    /// A cell directly under a grassroots committee; the standing committee of the upper committee decides.
    public static readonly AdmissionChain NoSubCommittee = new(HasSubCommittee: false, HasGrassrootsCommittee: true, GrassrootsAuthorisedToAdmit: false);

    /// A cell under a sub-committee of a grassroots committee; the standing committee decides.
    public static readonly AdmissionChain WithSubCommittee = new(HasSubCommittee: true, HasGrassrootsCommittee: true, GrassrootsAuthorisedToAdmit: false);

    /// A grassroots cell (chi bộ cơ sở): no grassroots committee above it; the standing committee decides.
    public static readonly AdmissionChain GrassrootsCell = new(HasSubCommittee: false, HasGrassrootsCommittee: false, GrassrootsAuthorisedToAdmit: false);

    /// A cell under a grassroots committee authorised to admit, which decides itself.
    public static readonly AdmissionChain AuthorisedGrassroots = new(HasSubCommittee: false, HasGrassrootsCommittee: true, GrassrootsAuthorisedToAdmit: true);

    public static IReadOnlyList<AdmissionChain> All { get; } = [NoSubCommittee, WithSubCommittee, GrassrootsCell, AuthorisedGrassroots];
}

/// Votes with valid counts.
public static class AdmissionVotes
{
    public static VoteTally Tally(VoteLevel level, int registered, int present, int inFavour, int against = 0, params VoteExclusionEntry[] excluded) =>
        new() { Level = level, Registered = registered, Excluded = excluded, Present = present, InFavour = inFavour, Against = against };

    public static VoteInput Input(DateOnly meetingDate, VoteTally tally, string? note = null) =>
        new(meetingDate, "01-NQ/CB", tally, note);

    /// A vote of <paramref name="level"/> with ten registered, nine present and nine (passing) or three (failing) in favour.
    public static VoteInput Passing(VoteLevel level, DateOnly meetingDate) => Input(meetingDate, Tally(level, 10, 9, 9));

    public static VoteInput Failing(VoteLevel level, DateOnly meetingDate) => Input(meetingDate, Tally(level, 10, 9, 3, 6), "Chưa đạt");
}

/// The dates a built case goes through, all after the 2025 rules came into force.
public sealed record AdmissionDates
{
    public DateOnly IntroducedOn { get; init; } = new(2025, 3, 3);

    public DateOnly CourseStart { get; init; } = new(2025, 4, 7);

    public DateOnly CourseEnd { get; init; } = new(2025, 4, 11);

    public DateOnly CertificateDate { get; init; } = new(2025, 4, 15);

    public DateOnly SympathiserOn { get; init; } = new(2025, 5, 5);

    public DateOnly PermittedOn { get; init; } = new(2025, 7, 7);

    public DateOnly OpenedOn { get; init; } = new(2025, 7, 10);

    public DateOnly DocumentsOn { get; init; } = new(2025, 7, 14);

    public DateOnly IntroducersKnownSince { get; init; } = new(2023, 1, 2);

    public DateOnly VerificationsSentOn { get; init; } = new(2025, 7, 15);

    public DateOnly VerificationsRepliedOn { get; init; } = new(2025, 8, 15);

    public DateOnly VerificationResultsOn { get; init; } = new(2025, 8, 20);

    public DateOnly CellVoteOn { get; init; } = new(2025, 9, 8);

    public DateOnly SubCommitteeOn { get; init; } = new(2025, 9, 15);

    public DateOnly GrassrootsVoteOn { get; init; } = new(2025, 9, 22);

    public DateOnly BoardOn { get; init; } = new(2025, 10, 6);

    public DateOnly DecisionOn { get; init; } = new(2025, 10, 20);

    public DateOnly DecisionReceivedOn { get; init; } = new(2025, 10, 22);

    public DateOnly CeremonyOn { get; init; } = new(2025, 11, 3);

    public DateOnly NewMemberCourseOn { get; init; } = new(2025, 12, 12);

    public DateOnly RecognitionCellVoteOn { get; init; } = new(2026, 11, 9);

    public DateOnly RecognitionSubCommitteeOn { get; init; } = new(2026, 11, 12);

    public DateOnly RecognitionGrassrootsVoteOn { get; init; } = new(2026, 11, 16);

    public DateOnly RecognitionBoardOn { get; init; } = new(2026, 11, 20);

    public DateOnly RecognitionDecisionOn { get; init; } = new(2026, 11, 27);

    public DateOnly RecognitionReceivedOn { get; init; } = new(2026, 11, 30);
}

/// A case brought to a stage, with what the tests need to take it further.
public sealed class AdmissionScenario(AdmissionCase admissionCase, AdmissionChain chain, AdmissionDeadlines deadlines, AdmissionDates dates)
{
    public AdmissionCase Case { get; } = admissionCase;

    public AdmissionChain Chain { get; } = chain;

    public AdmissionDeadlines Deadlines { get; } = deadlines;

    public AdmissionDates Dates { get; } = dates;

    /// The member created at the ceremony.
    public Member? Member { get; internal set; }

    public IntroducerFacts Helper { get; } = AdmissionCaseBuilder.Official("Trần Văn Bình");

    public List<IntroducerFacts> Introducers { get; } = [];

    /// A stamp for <paramref name="role"/> with <paramref name="today"/> as the day.
    public static ChangeStamp As(Role role, DateOnly today) => TestStamps.As(role, today);

    public static DecisionInput Decision(DateOnly date, DateOnly receivedOn, string? extensionReason = null) =>
        new(Guid.NewGuid(), LegalBases.DefaultIssuer, "125-QĐ/ĐU", date, "Nguyễn Văn Chủ", receivedOn, extensionReason);
}

/// Drives an <see cref="AdmissionCase"/> through its stages with valid data, using only its public methods. Every step
/// is stamped with the day it happens on (<see cref="AdmissionDates"/>), by the role the table names.
/// <see cref="AdmissionStage.DossierOpen"/> means a complete dossier, ready for the cell's vote, unless parts are left out.
public sealed class AdmissionCaseBuilder
{
    public static readonly DateOnly DefaultDateOfBirth = new(1998, 5, 12);

    private AdmissionChain _chain = AdmissionChains.NoSubCommittee;
    private AdmissionDates _dates = new();
    private CandidateDetails _details;
    private AdmissionDeadlines _deadlines = new(RuleBooks.Defaults(), WorkingDayCalendar.StatutoryOnly);
    private RecognitionProposal _proposal = RecognitionProposal.Recognise;
    private bool _documents = true;
    private bool _introducers = true;
    private bool _verifications = true;

    public AdmissionCaseBuilder()
    {
        _details = new CandidateDetails
        {
            FullName = "Lê Thị Hoa",
            Sex = Sex.Female,
            DateOfBirth = DefaultDateOfBirth,
            Occupation = "Chuyên viên",
            Residence = "Phường Thành Sen, tỉnh Hà Tĩnh",
            Education = EducationLevel.University,
            Source = CandidateSource.PartyMember,
            SourceDetails = "Đồng chí Trần Văn Bình",
            IntroducedOn = _dates.IntroducedOn,
        };
    }

    public static IntroducerFacts Official(string name) => new(Guid.NewGuid(), name, IsOfficial: true, IsActive: true, InSameGrassroots: true);

    public AdmissionCaseBuilder InChain(AdmissionChain chain)
    {
        _chain = chain;
        return this;
    }

    public AdmissionCaseBuilder WithCandidate(Func<CandidateDetails, CandidateDetails> change)
    {
        _details = change(_details);
        return this;
    }

    /// Changes the dates; the introduction date of the candidate follows <see cref="AdmissionDates.IntroducedOn"/>.
    public AdmissionCaseBuilder WithDates(Func<AdmissionDates, AdmissionDates> change)
    {
        _dates = change(_dates);
        return this;
    }

    public AdmissionCaseBuilder WithDeadlines(AdmissionDeadlines deadlines)
    {
        _deadlines = deadlines;
        return this;
    }

    public AdmissionCaseBuilder Proposing(RecognitionProposal proposal)
    {
        _proposal = proposal;
        return this;
    }

    /// Opens the dossier without some of its parts, for tests that add them.
    public AdmissionCaseBuilder Without(bool documents = false, bool introducers = false, bool verifications = false)
    {
        _documents = !documents;
        _introducers = !introducers;
        _verifications = !verifications;
        return this;
    }

    public CandidateDetails BuildDetails() =>
        _details with
        {
            IntroducedOn = _dates.IntroducedOn,
            PersonalIdNumber = string.IsNullOrEmpty(_details.PersonalIdNumber) ? PersonalIds.For(_details.DateOfBirth, _details.Sex) : _details.PersonalIdNumber,
        };

    /// Registers the candidate and takes the case to <paramref name="target"/>. Closing and escalated stages are reached
    /// the usual way: three failed votes (escalated), a failed decision vote (not admitted), a withdrawal from the
    /// candidate stage (withdrawn); <see cref="AdmissionStage.RemovedFromList"/> needs <see cref="Proposing"/>.
    public AdmissionScenario AtStage(AdmissionStage target)
    {
        var d = _dates;
        var created = AdmissionCase.Register(BuildDetails(), Guid.NewGuid(), UnitType.Cell, TestStamps.As(Role.CellSecretary, d.IntroducedOn));
        var s = new AdmissionScenario(BuildFailedException.Unwrap(created, "an admission case"), _chain, _deadlines, d);
        switch (target)
        {
            case AdmissionStage.Withdrawn:
                Ok(s.Case.Withdraw(d.IntroducedOn, "Chuyển công tác", _chain, TestStamps.As(Role.CellSecretary, d.IntroducedOn)), "Withdraw");
                return s;
            case AdmissionStage.Escalated:
                Run(s, AdmissionStage.DossierOpen);
                for (var i = 0; i < 3; i++)
                {
                    var on = d.CellVoteOn.AddDays(7 * i);
                    Ok(s.Case.RecordCellVote(AdmissionVotes.Failing(VoteLevel.Cell, on), s.Introducers, _chain, _deadlines, TestStamps.As(Role.CellSecretary, on)), "failed cell vote");
                }

                return Expect(s, target);
            case AdmissionStage.NotAdmitted:
                Run(s, _chain.Decider == VoteLevel.StandingCommittee ? AdmissionStage.Appraised : AdmissionStage.GrassrootsResolved);
                Ok(s.Case.Decide(AdmissionVotes.Failing(_chain.Decider, d.DecisionOn), null, _chain, _deadlines, TestStamps.As(_chain.DecidingRole, d.DecisionOn)), "failed decision");
                return Expect(s, target);
            case AdmissionStage.RecognitionEscalated:
                Run(s, AdmissionStage.Probation);
                for (var i = 0; i < 3; i++)
                {
                    var on = d.RecognitionCellVoteOn.AddDays(7 * i);
                    Ok(s.Case.RecordRecognitionCellVote(AdmissionVotes.Failing(VoteLevel.Cell, on), _proposal, _chain, _deadlines, TestStamps.As(Role.CellSecretary, on)), "failed recognition vote");
                }

                return Expect(s, target);
            default:
                Run(s, target);
                return s;
        }
    }

    private void Run(AdmissionScenario s, AdmissionStage target)
    {
        foreach (var (stage, step) in Path(s))
        {
            if (s.Case.Stage == target)
            {
                return;
            }

            step();
            if (s.Case.Stage != stage)
            {
                throw new BuildFailedException($"The case is at {s.Case.Stage}, expected {stage}.");
            }
        }

        Expect(s, target);
    }

    private static AdmissionScenario Expect(AdmissionScenario s, AdmissionStage target) =>
        s.Case.Stage == target ? s : throw new BuildFailedException($"The {s.Chain} chain does not reach {target}; the case stopped at {s.Case.Stage}.");

    private IEnumerable<(AdmissionStage Stage, Action Step)> Path(AdmissionScenario s)
    {
        var c = s.Case;
        var d = _dates;
        var chain = _chain;
        var dl = _deadlines;
        ChangeStamp Cell(DateOnly on) => TestStamps.As(Role.CellSecretary, on);
        ChangeStamp Grassroots(DateOnly on) => TestStamps.As(Role.GrassrootsSecretary, on);
        ChangeStamp Board(DateOnly on) => TestStamps.As(Role.OrganisationBoard, on);
        AppraisalInput Forward(DateOnly on) => new(on, true, true, true, "Đủ điều kiện", AppraisalOutcome.Forward);

        yield return (AdmissionStage.Sympathiser, () =>
        {
            Ok(c.RecordCourse(new CourseInput("Lớp nhận thức về Đảng khóa 1", d.CourseStart, d.CourseEnd, 10, 10, 8.5m, true, "123/GCN", d.CertificateDate, "Trung tâm chính trị"), Cell(d.CertificateDate)), "RecordCourse");
            Ok(c.RecogniseSympathiser(d.SympathiserOn, "05-NQ/CB", s.Helper, "Tham gia phong trào", chain, Cell(d.SympathiserOn)), "RecogniseSympathiser");
        });
        yield return (AdmissionStage.DossierPermitted, () =>
            Ok(c.PermitDossier(LegalBases.Sample(d.PermittedOn, "12-QĐ/ĐU"), chain, dl, chain.HasGrassrootsCommittee ? Grassroots(d.PermittedOn) : Board(d.PermittedOn)), "PermitDossier"));
        yield return (AdmissionStage.DossierOpen, () =>
        {
            Ok(c.OpenDossier(d.OpenedOn, chain, Cell(d.OpenedOn)), "OpenDossier");
            if (_documents)
            {
                foreach (var kind in new[]
                         {
                             DossierItemKind.Application, DossierItemKind.CandidateResume, DossierItemKind.IntroducerLetter, DossierItemKind.IntroducerLetter,
                             DossierItemKind.OpinionSummary, DossierItemKind.CourseCertificate,
                         }.Concat(AdmissionEligibility.RequiredDocuments(AdmissionEligibility.RequiredIntroduction(c, d.CellVoteOn, dl.Rules))
                             .Where(k => k is DossierItemKind.YouthUnionResolution or DossierItemKind.TradeUnionResolution)))
                {
                    Ok(c.AddDocument(kind, d.DocumentsOn, null, Cell(d.DocumentsOn)), "AddDocument " + kind);
                }
            }

            if (_introducers)
            {
                foreach (var facts in new[] { Official("Phạm Văn Cường"), Official("Hoàng Thị Dung") })
                {
                    Ok(c.AddIntroducer(facts, d.IntroducersKnownSince, false, Cell(d.DocumentsOn)), "AddIntroducer");
                    s.Introducers.Add(facts);
                }
            }

            if (_verifications)
            {
                var subjects = new List<VerificationSubject> { VerificationSubject.Candidate, VerificationSubject.Father, VerificationSubject.Mother };
                if (c.Married)
                {
                    subjects.AddRange([VerificationSubject.Spouse, VerificationSubject.FatherInLaw, VerificationSubject.MotherInLaw]);
                }

                foreach (var subject in subjects)
                {
                    var request = BuildFailedException.Unwrap(
                        c.AddVerification(subject, "Người " + subject, false, "Đảng ủy xã Thạch Đài", d.VerificationsSentOn, null, dl, Cell(d.VerificationsSentOn)),
                        "verification of " + subject);
                    Ok(c.RecordVerificationReply(request.Id, d.VerificationsRepliedOn, "Không có vấn đề", false, Cell(d.VerificationsRepliedOn)), "RecordVerificationReply");
                }
            }

            if (_documents)
            {
                Ok(c.AddDocument(DossierItemKind.VerificationResults, d.VerificationResultsOn, null, Cell(d.VerificationResultsOn)), "AddDocument VerificationResults");
            }
        });
        yield return (AdmissionStage.CellResolved, () =>
            Ok(c.RecordCellVote(AdmissionVotes.Passing(VoteLevel.Cell, d.CellVoteOn), s.Introducers, chain, dl, Cell(d.CellVoteOn)), "RecordCellVote"));
        if (chain.HasSubCommittee)
        {
            yield return (AdmissionStage.SubCommitteeAppraised, () =>
                Ok(c.RecordAppraisal(AppraisalLevel.SubCommittee, Forward(d.SubCommitteeOn), chain, Grassroots(d.SubCommitteeOn)), "SubCommitteeAppraisal"));
        }

        if (chain.HasGrassrootsCommittee)
        {
            yield return (AdmissionStage.GrassrootsResolved, () =>
                Ok(c.RecordGrassrootsVote(AdmissionVotes.Passing(VoteLevel.GrassrootsCommittee, d.GrassrootsVoteOn), chain, dl, Grassroots(d.GrassrootsVoteOn)), "GrassrootsVote"));
        }

        if (chain.Decider == VoteLevel.StandingCommittee)
        {
            yield return (AdmissionStage.Appraised, () =>
                Ok(c.RecordAppraisal(AppraisalLevel.OrganisationBoard, Forward(d.BoardOn), chain, Board(d.BoardOn)), "BoardAppraisal"));
        }

        yield return (AdmissionStage.Decided, () =>
            Ok(c.Decide(AdmissionVotes.Passing(chain.Decider, d.DecisionOn), AdmissionScenario.Decision(d.DecisionOn, d.DecisionReceivedOn), chain, dl,
                TestStamps.As(chain.DecidingRole, d.DecisionReceivedOn)), "Decide"));
        yield return (AdmissionStage.Probation, () =>
        {
            s.Member = BuildFailedException.Unwrap(
                c.HoldCeremony(d.CeremonyOn, s.Helper, null, new MemberBuilder().BuildDetails(), UnitType.Cell, chain, dl, Cell(d.CeremonyOn)),
                "the ceremony");
            Ok(c.RecordNewMemberCourse("456/GCN", d.NewMemberCourseOn, "Trung tâm chính trị", Cell(d.NewMemberCourseOn)), "RecordNewMemberCourse");
        });
        yield return (AdmissionStage.RecognitionCellResolved, () =>
            Ok(c.RecordRecognitionCellVote(AdmissionVotes.Passing(VoteLevel.Cell, d.RecognitionCellVoteOn), _proposal, chain, dl, Cell(d.RecognitionCellVoteOn)), "RecognitionCellVote"));
        if (chain.HasSubCommittee)
        {
            yield return (AdmissionStage.RecognitionSubCommitteeAppraised, () =>
                Ok(c.RecordAppraisal(AppraisalLevel.SubCommittee, Forward(d.RecognitionSubCommitteeOn), chain, Grassroots(d.RecognitionSubCommitteeOn)), "RecognitionSubCommitteeAppraisal"));
        }

        if (chain.HasGrassrootsCommittee)
        {
            yield return (AdmissionStage.RecognitionGrassrootsResolved, () =>
                Ok(c.RecordGrassrootsVote(AdmissionVotes.Passing(VoteLevel.GrassrootsCommittee, d.RecognitionGrassrootsVoteOn), chain, dl, Grassroots(d.RecognitionGrassrootsVoteOn)), "RecognitionGrassrootsVote"));
        }

        if (chain.Decider == VoteLevel.StandingCommittee)
        {
            yield return (AdmissionStage.RecognitionAppraised, () =>
                Ok(c.RecordAppraisal(AppraisalLevel.OrganisationBoard, Forward(d.RecognitionBoardOn), chain, Board(d.RecognitionBoardOn)), "RecognitionBoardAppraisal"));
        }

        yield return (_proposal == RecognitionProposal.Recognise ? AdmissionStage.Recognised : AdmissionStage.RemovedFromList, () =>
            Ok(c.Decide(AdmissionVotes.Passing(chain.Decider, d.RecognitionDecisionOn), AdmissionScenario.Decision(d.RecognitionDecisionOn, d.RecognitionReceivedOn), chain, dl,
                TestStamps.As(chain.DecidingRole, d.RecognitionReceivedOn), s.Member), "RecognitionDecide"));
    }

    private static void Ok(Result result, string what)
    {
        if (!result.Succeeded)
        {
            throw new BuildFailedException(what, result.Errors);
        }
    }

    private static void Ok<T>(Result<T> result, string what)
        where T : class => BuildFailedException.Unwrap(result, what);
}
