using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Admission;

/// The criteria checked on the day the cell considers the case (domain reference §3.1-3.5).
public class AdmissionEligibilityTests
{
    private static readonly DateOnly VoteOn = new AdmissionDates().CellVoteOn; // Monday 08/09/2025

    private static IReadOnlyList<DomainError> CheckOn(AdmissionScenario s, DateOnly on, IReadOnlyList<IntroducerFacts>? now = null) =>
        AdmissionEligibility.Check(s.Case, on, now ?? s.Introducers, s.Deadlines);

    private static AdmissionScenario Ready(Func<CandidateDetails, CandidateDetails>? candidate = null) =>
        new AdmissionCaseBuilder().WithCandidate(candidate ?? (d => d)).AtStage(AdmissionStage.DossierOpen);

    private static ChangeStamp Cell(DateOnly on) => TestStamps.As(Role.CellSecretary, on);

    [Fact]
    public void A_complete_dossier_is_eligible()
    {
        ErrorAssert.None(CheckOn(Ready(), VoteOn));
    }

    [Theory]
    [InlineData("2008-03-16", "2026-03-15", 215)] // 17 years 11 months 30 days
    [InlineData("2008-03-16", "2026-03-16", 216)] // 18 years 0 months
    [InlineData("2008-01-31", "2026-02-27", 216)]
    [InlineData("2008-01-31", "2026-02-28", 217)] // no 31 February: the month is complete on its last day
    [InlineData("2008-02-29", "2026-02-27", 215)]
    [InlineData("2008-02-29", "2026-02-28", 216)] // born on 29/02: 18 on 28/02 of a common year
    [InlineData("2008-02-29", "2028-02-28", 239)]
    [InlineData("2008-02-29", "2028-02-29", 240)]
    [InlineData("1965-09-08", "2025-09-08", 720)]
    [InlineData("1965-09-08", "2025-10-07", 720)]
    [InlineData("1965-09-08", "2025-10-08", 721)]
    [InlineData("2020-01-01", "2019-01-01", 0)]
    public void Age_in_full_months(string born, string on, int months)
    {
        Assert.Equal(months, AdmissionEligibility.AgeInMonths(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void One_day_short_of_18_is_too_young_and_18_years_0_months_is_accepted()
    {
        var young = Ready(d => d with { DateOfBirth = VoteOn.AddYears(-18).AddDays(1) }); // 17 years 11 months 30 days
        var error = ErrorAssert.Only(CheckOn(young, VoteOn), "Admission.TooYoung");
        Assert.Equal(18, error.Arguments[0]);

        ErrorAssert.None(CheckOn(Ready(d => d with { DateOfBirth = VoteOn.AddYears(-18) }), VoteOn));
    }

    [Fact]
    public void Born_on_29_February_the_candidate_is_18_on_28_February_of_a_common_year()
    {
        var s = Ready(d => d with { DateOfBirth = new DateOnly(2008, 2, 29) });
        ErrorAssert.Only(CheckOn(s, new DateOnly(2026, 2, 27)), "Admission.TooYoung");
        ErrorAssert.None(CheckOn(s, new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void Age_is_counted_in_full_months_so_60_years_and_some_days_is_accepted_and_60_years_1_month_needs_the_over_60_approval()
    {
        ErrorAssert.None(CheckOn(Ready(d => d with { DateOfBirth = VoteOn.AddYears(-60) }), VoteOn));
        ErrorAssert.None(CheckOn(Ready(d => d with { DateOfBirth = VoteOn.AddYears(-60).AddDays(-1) }), VoteOn));

        var older = Ready(d => d with { DateOfBirth = VoteOn.AddMonths(-721) });
        var error = ErrorAssert.Only(CheckOn(older, VoteOn), "Admission.Over60NeedsApproval");
        Assert.Equal(60, error.Arguments[0]);
    }

    [Fact]
    public void Born_on_29_February_the_candidate_reaches_60_years_1_month_on_29_March()
    {
        var s = Ready(d => d with { DateOfBirth = new DateOnly(1968, 2, 29) });
        bool Over60(DateOnly on) => CheckOn(s, on).Any(e => e.Code == "Admission.Over60NeedsApproval");
        Assert.False(Over60(new DateOnly(2028, 2, 29)));
        Assert.False(Over60(new DateOnly(2028, 3, 28)));
        Assert.True(Over60(new DateOnly(2028, 3, 29)));
    }

    [Fact]
    public void Over_60_is_accepted_with_the_provincial_approval()
    {
        var s = Ready(d => d with { DateOfBirth = new DateOnly(1960, 1, 10) });
        ErrorAssert.Only(CheckOn(s, VoteOn), "Admission.Over60NeedsApproval");

        ErrorAssert.Succeeded(s.Case.RecordOver60Approval(LegalBases.Sample(new DateOnly(2025, 8, 25), "88-CV/TU", "Ban Thường vụ Tỉnh ủy"), Cell(new DateOnly(2025, 8, 25))));
        ErrorAssert.None(CheckOn(s, VoteOn));
        Assert.Equal("88-CV/TU", s.Case.Over60Approval!.DocumentNumber);
    }

    [Fact]
    public void Education_below_lower_secondary_is_refused_unless_an_exception_is_recorded()
    {
        ErrorAssert.Only(CheckOn(Ready(d => d with { Education = EducationLevel.BelowLowerSecondary }), VoteOn), "Admission.EducationBelowMinimum");
        ErrorAssert.None(CheckOn(Ready(d => d with
        {
            Education = EducationLevel.BelowLowerSecondary,
            EducationException = "Xã đặc biệt khó khăn, vùng dân tộc thiểu số (Q294 §1.2)",
        }), VoteOn));
        ErrorAssert.None(CheckOn(Ready(d => d with { Education = EducationLevel.LowerSecondary }), VoteOn));
    }

    [Fact]
    public void A_certificate_is_valid_for_60_months_to_the_day()
    {
        var s = Ready();
        var lastValid = s.Dates.CertificateDate.AddMonths(60); // 15/04/2030
        Assert.True(s.Deadlines.CertificateValid(s.Dates.CertificateDate, lastValid));
        Assert.False(s.Deadlines.CertificateValid(s.Dates.CertificateDate, lastValid.AddDays(1)));
        Assert.False(s.Deadlines.CertificateValid(s.Dates.CertificateDate, s.Dates.CertificateDate.AddDays(-1)));

        Assert.DoesNotContain(CheckOn(s, lastValid), e => e.Code == "Admission.CertificateExpired");
        var error = ErrorAssert.Has(CheckOn(s, lastValid.AddDays(1)), "Admission.CertificateExpired");
        Assert.Equal(60, error.Arguments[0]);
    }

    [Fact]
    public void The_dossier_is_not_permitted_without_a_valid_certificate()
    {
        var s = new AdmissionCaseBuilder().AtStage(AdmissionStage.Sympathiser);
        var tooLate = s.Dates.CertificateDate.AddMonths(60).AddDays(1);
        var result = s.Case.PermitDossier(LegalBases.Sample(tooLate), s.Chain, s.Deadlines, TestStamps.As(Role.GrassrootsSecretary, tooLate));
        ErrorAssert.Only(result, "Admission.CertificateMissing");
        Assert.Equal(AdmissionStage.Sympathiser, s.Case.Stage);
    }

    [Fact]
    public void A_dossier_is_fresh_for_12_months_then_the_introductions_and_opinions_must_be_redone()
    {
        var s = Ready();
        var opened = s.Dates.OpenedOn; // 10/07/2025
        Assert.True(s.Deadlines.DossierFresh(opened, opened.AddMonths(12)));
        Assert.False(s.Deadlines.DossierFresh(opened, opened.AddMonths(12).AddDays(1)));

        // The items were received on 14/07/2025: on 15/07/2026 they are more than 12 months old.
        var on = new DateOnly(2026, 7, 15);
        var errors = CheckOn(s, on);
        Assert.Equal(
            new[] { DossierItemKind.IntroducerLetter, DossierItemKind.OpinionSummary },
            errors.Where(e => e.Code == "Admission.DocumentStale").Select(e => (DossierItemKind)e.Arguments[0]).Order());
        ErrorAssert.Has(errors, "Admission.SecondIntroducerLetterMissing");
        Assert.Equal(3, errors.Count);

        foreach (var kind in new[] { DossierItemKind.IntroducerLetter, DossierItemKind.IntroducerLetter, DossierItemKind.OpinionSummary })
        {
            ErrorAssert.Succeeded(s.Case.AddDocument(kind, on, "Làm lại", Cell(on)));
        }

        ErrorAssert.None(CheckOn(s, on));
    }

    [Fact]
    public void A_stale_dossier_of_a_youth_union_member_needs_a_new_youth_union_resolution()
    {
        var s = Ready(d => d with { UnitHasYouthUnion = true, IsYouthUnionMember = true });
        Assert.Contains(s.Case.Documents, d => d.Kind == DossierItemKind.YouthUnionResolution);
        ErrorAssert.None(CheckOn(s, VoteOn));

        var on = new DateOnly(2026, 7, 15);
        Assert.Contains(CheckOn(s, on), e => e.Code == "Admission.DocumentStale" && (DossierItemKind)e.Arguments[0] == DossierItemKind.YouthUnionResolution);
        foreach (var kind in new[] { DossierItemKind.IntroducerLetter, DossierItemKind.OpinionSummary })
        {
            ErrorAssert.Succeeded(s.Case.AddDocument(kind, on, null, Cell(on)));
        }

        ErrorAssert.Only(CheckOn(s, on), "Admission.DocumentStale");
        ErrorAssert.Succeeded(s.Case.AddDocument(DossierItemKind.YouthUnionResolution, on, null, Cell(on)));
        ErrorAssert.None(CheckOn(s, on));
    }

    [Fact]
    public void A_member_who_is_not_official_cannot_be_added_as_introducer()
    {
        var s = new AdmissionCaseBuilder().Without(introducers: true).AtStage(AdmissionStage.DossierOpen);
        var probationer = new IntroducerFacts(Guid.NewGuid(), "Vũ Văn Em", IsOfficial: false, IsActive: true, InSameGrassroots: true);
        ErrorAssert.Only(s.Case.AddIntroducer(probationer, new DateOnly(2023, 1, 2), false, Cell(VoteOn)), "Admission.IntroducerNotOfficial", "MemberId");
        var elsewhere = new IntroducerFacts(Guid.NewGuid(), "Vũ Văn Em", IsOfficial: true, IsActive: true, InSameGrassroots: false);
        ErrorAssert.Only(s.Case.AddIntroducer(elsewhere, new DateOnly(2023, 1, 2), false, Cell(VoteOn)), "Admission.IntroducerOtherOrganisation", "MemberId");
        Assert.Empty(s.Case.Introducers);
    }

    [Fact]
    public void An_introducer_who_is_no_longer_official_on_the_vote_day_does_not_count()
    {
        var s = Ready();
        var now = s.Introducers.Select((f, i) => i == 0 ? f with { IsActive = false } : f).ToList();
        var errors = CheckOn(s, VoteOn, now);
        ErrorAssert.Has(errors, "Admission.IntroducerNoLongerOfficial");
        ErrorAssert.Has(errors, "Admission.IntroducersMissing");
        Assert.Equal(2, errors.Count);
    }

    [Theory]
    [InlineData(11, false, false)]
    [InlineData(12, false, true)]
    [InlineData(1, true, true)] // a replacement introducer is exempt from the 12 months (Q294 §3.2.2)
    public void Introducers_must_have_known_the_candidate_for_12_months(int months, bool replacement, bool accepted)
    {
        var s = new AdmissionCaseBuilder().Without(introducers: true).AtStage(AdmissionStage.DossierOpen);
        var first = AdmissionCaseBuilder.Official("Phạm Văn Cường");
        var second = AdmissionCaseBuilder.Official("Hoàng Thị Dung");
        ErrorAssert.Succeeded(s.Case.AddIntroducer(first, new DateOnly(2023, 1, 2), false, Cell(VoteOn)));
        ErrorAssert.Succeeded(s.Case.AddIntroducer(second, VoteOn.AddMonths(-months), replacement, Cell(VoteOn)));

        var errors = CheckOn(s, VoteOn, [first, second]);
        if (accepted)
        {
            ErrorAssert.None(errors);
        }
        else
        {
            var error = ErrorAssert.Has(errors, "Admission.IntroducerTooRecent");
            Assert.Equal(new object[] { "Hoàng Thị Dung", 12 }, error.Arguments);
            ErrorAssert.Has(errors, "Admission.IntroducersMissing");
        }
    }

    [Fact]
    public void The_same_introducer_cannot_be_added_twice()
    {
        var s = new AdmissionCaseBuilder().Without(introducers: true).AtStage(AdmissionStage.DossierOpen);
        var first = AdmissionCaseBuilder.Official("Phạm Văn Cường");
        ErrorAssert.Succeeded(s.Case.AddIntroducer(first, new DateOnly(2023, 1, 2), false, Cell(VoteOn)));
        ErrorAssert.Only(s.Case.AddIntroducer(first, new DateOnly(2023, 1, 2), false, Cell(VoteOn)), "Admission.IntroducerTwice", "MemberId");
    }

    [Theory]
    // Youth age runs to the end of the 30th year (rule Admission.YouthUnionAgeLimitYears = 30).
    [InlineData("1995-01-16", true, true, false, false, IntroductionKind.MemberAndYouthUnion)]  // 30 years 11 months
    [InlineData("1995-01-15", true, true, false, false, IntroductionKind.TwoMembers)]           // 31 years 0 months
    [InlineData("2000-06-01", true, false, false, false, IntroductionKind.TwoMembers)]          // not a Union member
    [InlineData("2000-06-01", false, false, true, true, IntroductionKind.MemberAndTradeUnion)]  // no Youth Union, trade union member
    [InlineData("1995-01-16", false, false, true, true, IntroductionKind.MemberAndTradeUnion)]
    [InlineData("1995-01-15", false, false, true, true, IntroductionKind.TwoMembers)]
    [InlineData("2000-06-01", true, false, true, true, IntroductionKind.TwoMembers)]            // a Youth Union exists: no trade union route
    [InlineData("2000-06-01", false, false, false, false, IntroductionKind.TwoMembers)]         // neither organisation
    public void The_introduction_required_follows_age_and_mass_organisations(string born, bool unitYouth, bool youthMember, bool unitTrade, bool tradeMember, IntroductionKind expected)
    {
        var s = new AdmissionCaseBuilder().WithCandidate(d => d with
        {
            DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture),
            UnitHasYouthUnion = unitYouth,
            IsYouthUnionMember = youthMember,
            UnitHasTradeUnion = unitTrade,
            IsTradeUnionMember = tradeMember,
        }).AtStage(AdmissionStage.Candidate);
        Assert.Equal(expected, AdmissionEligibility.RequiredIntroduction(s.Case, new DateOnly(2026, 1, 15), s.Deadlines.Rules));
    }

    [Fact]
    public void A_youth_union_member_needs_one_introducer_and_the_union_resolution()
    {
        var s = new AdmissionCaseBuilder().WithCandidate(d => d with { UnitHasYouthUnion = true, IsYouthUnionMember = true })
            .Without(documents: true, introducers: true).AtStage(AdmissionStage.DossierOpen);
        foreach (var kind in new[]
                 {
                     DossierItemKind.Application, DossierItemKind.CandidateResume, DossierItemKind.IntroducerLetter, DossierItemKind.OpinionSummary,
                     DossierItemKind.VerificationResults, DossierItemKind.CourseCertificate,
                 })
        {
            ErrorAssert.Succeeded(s.Case.AddDocument(kind, VoteOn, null, Cell(VoteOn)));
        }

        var introducer = AdmissionCaseBuilder.Official("Phạm Văn Cường");
        ErrorAssert.Succeeded(s.Case.AddIntroducer(introducer, new DateOnly(2023, 1, 2), false, Cell(VoteOn)));
        var error = ErrorAssert.Only(CheckOn(s, VoteOn, [introducer]), "Admission.DocumentMissing");
        Assert.Equal(DossierItemKind.YouthUnionResolution, error.Arguments[0]);

        ErrorAssert.Succeeded(s.Case.AddDocument(DossierItemKind.YouthUnionResolution, VoteOn, null, Cell(VoteOn)));
        ErrorAssert.None(CheckOn(s, VoteOn, [introducer]));
    }

    [Fact]
    public void The_candidate_and_both_parents_must_be_verified()
    {
        var s = new AdmissionCaseBuilder().Without(verifications: true).AtStage(AdmissionStage.DossierOpen);
        var errors = CheckOn(s, VoteOn);
        Assert.Equal(3, errors.Count);
        Assert.Equal(
            new[] { VerificationSubject.Candidate, VerificationSubject.Father, VerificationSubject.Mother },
            errors.Where(e => e.Code == "Admission.VerificationMissing").Select(e => (VerificationSubject)e.Arguments[0]));
    }

    [Fact]
    public void A_guardian_stands_for_both_parents()
    {
        var s = new AdmissionCaseBuilder().Without(verifications: true).AtStage(AdmissionStage.DossierOpen);
        Reply(s, Send(s, VerificationSubject.Candidate));
        Reply(s, Send(s, VerificationSubject.Guardian));
        ErrorAssert.None(CheckOn(s, VoteOn));
    }

    [Fact]
    public void A_married_candidate_needs_the_spouse_and_both_parents_in_law_verified()
    {
        var s = new AdmissionCaseBuilder().WithCandidate(d => d with { Married = true }).Without(verifications: true).AtStage(AdmissionStage.DossierOpen);
        foreach (var subject in new[] { VerificationSubject.Candidate, VerificationSubject.Father, VerificationSubject.Mother })
        {
            Reply(s, Send(s, subject));
        }

        Assert.Equal(
            new[] { VerificationSubject.Spouse, VerificationSubject.FatherInLaw, VerificationSubject.MotherInLaw },
            CheckOn(s, VoteOn).Where(e => e.Code == "Admission.VerificationMissing").Select(e => (VerificationSubject)e.Arguments[0]));
        Assert.Equal(3, CheckOn(s, VoteOn).Count);

        Reply(s, Send(s, VerificationSubject.Spouse));
        foreach (var subject in new[] { VerificationSubject.FatherInLaw, VerificationSubject.MotherInLaw })
        {
            // The spouse's parents are members, declared and certified (HD06 §3.4c).
            ErrorAssert.Succeeded(s.Case.AddVerification(subject, "Người " + subject, false, null, null, "Là đảng viên, đã khai đầy đủ", s.Deadlines, Cell(VoteOn)));
        }

        ErrorAssert.None(CheckOn(s, VoteOn));
        Assert.All(s.Case.Verifications.Where(v => v.Exempt), v => Assert.True(v.IsSettled && v.DueOn is null && v.SentOn is null));
    }

    [Fact]
    public void An_unanswered_request_blocks_the_vote_until_it_is_answered()
    {
        var s = new AdmissionCaseBuilder().Without(verifications: true).AtStage(AdmissionStage.DossierOpen);
        Reply(s, Send(s, VerificationSubject.Candidate));
        Reply(s, Send(s, VerificationSubject.Father));
        var mother = Send(s, VerificationSubject.Mother);
        var error = ErrorAssert.Only(CheckOn(s, VoteOn), "Admission.VerificationPending");
        Assert.Equal(VerificationSubject.Mother, error.Arguments[0]);

        // A reply dated after the vote day does not count for it.
        ErrorAssert.Succeeded(s.Case.RecordVerificationReply(mother.Id, VoteOn.AddDays(1), "Không có vấn đề", false, Cell(VoteOn.AddDays(1))));
        ErrorAssert.Only(CheckOn(s, VoteOn), "Admission.VerificationPending");
        ErrorAssert.None(CheckOn(s, VoteOn.AddDays(1)));
    }

    [Fact]
    public void An_extra_request_that_is_still_open_blocks_the_vote()
    {
        var s = Ready();
        var child = Send(s, VerificationSubject.AdultChild);
        var error = ErrorAssert.Only(CheckOn(s, VoteOn), "Admission.VerificationPending");
        Assert.Equal(VerificationSubject.AdultChild, error.Arguments[0]);
        Reply(s, child);
        ErrorAssert.None(CheckOn(s, VoteOn));
    }

    [Fact]
    public void The_candidate_cannot_be_exempted_and_a_request_needs_its_date_and_addressee()
    {
        var s = new AdmissionCaseBuilder().Without(verifications: true).AtStage(AdmissionStage.DossierOpen);
        ErrorAssert.Only(s.Case.AddVerification(VerificationSubject.Candidate, "Lê Thị Hoa", false, null, null, "Là con đảng viên", s.Deadlines, Cell(VoteOn)),
            "Admission.CandidateNotExempt", "ExemptionReason");
        var errors = s.Case.AddVerification(VerificationSubject.Father, "Lê Văn Phú", false, " ", null, null, s.Deadlines, Cell(VoteOn)).Errors;
        ErrorAssert.Has(errors, "Admission.SentOnRequired", "SentOn");
        ErrorAssert.Has(errors, "Admission.SentToRequired", "SentTo");
        Assert.Empty(s.Case.Verifications);
    }

    [Fact]
    public void A_request_abroad_is_due_in_90_working_days()
    {
        var s = new AdmissionCaseBuilder().Without(verifications: true).AtStage(AdmissionStage.DossierOpen);
        var sent = s.Dates.VerificationsSentOn;
        var request = ErrorAssert.Succeeded(s.Case.AddVerification(VerificationSubject.Father, "Lê Văn Phú", true, "Đại sứ quán", sent, null, s.Deadlines, Cell(sent)));
        Assert.Equal(s.Deadlines.Calendar.AddWorkingDays(sent, 90), request.DueOn);
        Assert.Equal(90, s.Deadlines.Calendar.WorkingDaysBetween(sent, request.DueOn!.Value));
    }

    [Fact]
    public void The_cell_vote_is_refused_while_the_candidate_is_not_eligible_and_nothing_is_recorded()
    {
        var s = new AdmissionCaseBuilder().Without(verifications: true).AtStage(AdmissionStage.DossierOpen);
        var steps = s.Case.StepCount;
        var result = s.Case.RecordCellVote(AdmissionVotes.Passing(VoteLevel.Cell, VoteOn), s.Introducers, s.Chain, s.Deadlines, Cell(VoteOn));
        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal("Admission.VerificationMissing", e.Code));
        Assert.Empty(s.Case.Votes);
        Assert.Equal((AdmissionStage.DossierOpen, steps), (s.Case.Stage, s.Case.StepCount));
    }

    private static VerificationRequest Send(AdmissionScenario s, VerificationSubject subject)
    {
        var sent = s.Dates.VerificationsSentOn;
        return ErrorAssert.Succeeded(s.Case.AddVerification(subject, "Người " + subject, false, "Đảng ủy xã Thạch Đài", sent, null, s.Deadlines, Cell(sent)));
    }

    private static void Reply(AdmissionScenario s, VerificationRequest request) =>
        ErrorAssert.Succeeded(s.Case.RecordVerificationReply(request.Id, s.Dates.VerificationsRepliedOn, "Không có vấn đề", false, Cell(s.Dates.VerificationsRepliedOn)));
}
