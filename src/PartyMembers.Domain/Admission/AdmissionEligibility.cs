using PartyMembers.Domain.Common;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Admission;

/// The admission criteria checked on the date the cell considers the case (Q294 §1, §3; HD06 §3, §5.4), and the
/// completeness of the dossier. Each failure is a separate error so the cell sees everything still missing.
public static class AdmissionEligibility
{
    /// Full months of age on a date: the largest n with birth + n months on or before the date.
    public static int AgeInMonths(DateOnly dateOfBirth, DateOnly on)
    {
        var months = ((on.Year - dateOfBirth.Year) * 12) + on.Month - dateOfBirth.Month;
        if (dateOfBirth.AddMonths(months) > on)
        {
            months--;
        }

        return Math.Max(months, 0);
    }

    /// How the person must be introduced on a date: within youth age, a Youth Union member is introduced by the Youth
    /// Union and one member; where there is no Youth Union, a trade union member by the trade union and one member;
    /// otherwise two official members (Charter Art. 4; Q294 §3.1; HNHD §2.5).
    public static IntroductionKind RequiredIntroduction(AdmissionCase c, DateOnly on, RuleBook rules)
    {
        var youthLimit = rules.Find(RuleKeys.YouthUnionAgeLimitYears, on)?.AsInteger() ?? 30;
        var withinYouthAge = AgeInMonths(c.DateOfBirth, on) < (youthLimit + 1) * 12;
        if (withinYouthAge && c.UnitHasYouthUnion && c.IsYouthUnionMember)
        {
            return IntroductionKind.MemberAndYouthUnion;
        }

        if (withinYouthAge && !c.UnitHasYouthUnion && c.UnitHasTradeUnion && c.IsTradeUnionMember)
        {
            return IntroductionKind.MemberAndTradeUnion;
        }

        return IntroductionKind.TwoMembers;
    }

    /// The people who must be verified or exempted: the person, both parents or a guardian, and when married the
    /// spouse and both parents-in-law (HD06 §3.4a). Adult children are verified when declared.
    public static IReadOnlyList<VerificationSubject[]> RequiredVerifications(AdmissionCase c)
    {
        var required = new List<VerificationSubject[]>
        {
            new[] { VerificationSubject.Candidate },
            new[] { VerificationSubject.Father, VerificationSubject.Guardian },
            new[] { VerificationSubject.Mother, VerificationSubject.Guardian },
        };
        if (c.Married)
        {
            required.Add([VerificationSubject.Spouse]);
            required.Add([VerificationSubject.FatherInLaw]);
            required.Add([VerificationSubject.MotherInLaw]);
        }

        return required;
    }

    /// The dossier items needed for the cell's vote.
    public static IReadOnlyList<DossierItemKind> RequiredDocuments(IntroductionKind introduction)
    {
        var kinds = new List<DossierItemKind>
        {
            DossierItemKind.Application, DossierItemKind.CandidateResume, DossierItemKind.IntroducerLetter,
            DossierItemKind.OpinionSummary, DossierItemKind.VerificationResults, DossierItemKind.CourseCertificate,
        };
        if (introduction == IntroductionKind.MemberAndYouthUnion)
        {
            kinds.Add(DossierItemKind.YouthUnionResolution);
        }
        else if (introduction == IntroductionKind.MemberAndTradeUnion)
        {
            kinds.Add(DossierItemKind.TradeUnionResolution);
        }

        return kinds;
    }

    /// The items that must be redone when the dossier is more than 12 months old at the resolution (HD06 §5.4a).
    public static bool MustRefresh(DossierItemKind kind) => kind is DossierItemKind.IntroducerLetter
        or DossierItemKind.YouthUnionResolution or DossierItemKind.TradeUnionResolution or DossierItemKind.OpinionSummary;

    /// Everything that stops the cell from voting on <paramref name="on"/>; empty when the case may go to the vote.
    public static IReadOnlyList<DomainError> Check(AdmissionCase c, DateOnly on, IReadOnlyList<IntroducerFacts> introducersNow, AdmissionDeadlines deadlines)
    {
        var errors = new List<DomainError>();
        var rules = deadlines.Rules;

        // Age: 18 years 0 months to 60 years counted in full months (60 years and some days is still 720 months), on the
        // day the cell considers the case (Q294 §1.1.1).
        var age = AgeInMonths(c.DateOfBirth, on);
        var min = rules.GetInteger(RuleKeys.AdmissionMinAgeMonths, on);
        var max = rules.GetInteger(RuleKeys.AdmissionMaxAgeMonths, on);
        if (age < min)
        {
            errors.Add(new DomainError("Admission.TooYoung", null, min / 12));
        }
        else if (age > max && c.Over60Approval is null)
        {
            errors.Add(new DomainError("Admission.Over60NeedsApproval", null, max / 12));
        }

        // Education: lower-secondary or higher, or an exception with its basis (Q294 §1.2).
        if (c.Education == EducationLevel.BelowLowerSecondary && c.EducationException is null)
        {
            errors.Add(new DomainError("Admission.EducationBelowMinimum"));
        }

        // Awareness course certificate valid on the date (HD06 §5.4b).
        if (c.Certificate is not { } course || !deadlines.CertificateValid(course.CertificateDate!.Value, on))
        {
            errors.Add(new DomainError("Admission.CertificateExpired", null, rules.GetInteger(RuleKeys.AwarenessCertificateValidityMonths, on)));
        }

        if (c.HelperMemberId is null)
        {
            errors.Add(new DomainError("Admission.HelperMissing"));
        }

        // Introducers (Q294 §3.2).
        var introduction = RequiredIntroduction(c, on, rules);
        var needed = introduction == IntroductionKind.TwoMembers ? 2 : 1;
        var sameUnitMonths = rules.GetInteger(RuleKeys.IntroducerSameUnitMonths, on);
        var valid = 0;
        foreach (var introducer in c.Introducers)
        {
            var facts = introducersNow.FirstOrDefault(f => f.MemberId == introducer.MemberId);
            if (facts is null || !facts.IsOfficial || !facts.IsActive)
            {
                errors.Add(new DomainError("Admission.IntroducerNoLongerOfficial", null, introducer.MemberName));
                continue;
            }

            if (!introducer.IsReplacement && introducer.KnownSince.AddMonths(sameUnitMonths) > on)
            {
                errors.Add(new DomainError("Admission.IntroducerTooRecent", null, introducer.MemberName, sameUnitMonths));
                continue;
            }

            valid++;
        }

        if (valid < needed)
        {
            errors.Add(new DomainError("Admission.IntroducersMissing", null, needed, introduction));
        }

        // Documents, refreshed when the dossier is older than 12 months (HD06 §5.4a).
        var fresh = c.DossierOpenedOn is { } opened && deadlines.DossierFresh(opened, on);
        var since = deadlines.RefreshedSince(on);
        foreach (var kind in RequiredDocuments(introduction))
        {
            var present = c.Documents.Where(d => d.Kind == kind && d.ReceivedOn <= on).ToList();
            if (present.Count == 0)
            {
                errors.Add(new DomainError("Admission.DocumentMissing", null, kind));
            }
            else if (!fresh && MustRefresh(kind) && present.All(d => d.ReceivedOn < since))
            {
                errors.Add(new DomainError("Admission.DocumentStale", null, kind));
            }
        }

        if (introduction == IntroductionKind.TwoMembers
            && c.Documents.Count(d => d.Kind == DossierItemKind.IntroducerLetter && d.ReceivedOn <= on && (fresh || d.ReceivedOn >= since)) < 2
            && c.Documents.Any(d => d.Kind == DossierItemKind.IntroducerLetter))
        {
            errors.Add(new DomainError("Admission.SecondIntroducerLetterMissing"));
        }

        // Verification: every required person verified with a reply, or exempted with a reason (HD06 §3.4).
        foreach (var alternatives in RequiredVerifications(c))
        {
            var requests = c.Verifications.Where(v => alternatives.Contains(v.Subject)).ToList();
            if (requests.Count == 0)
            {
                errors.Add(new DomainError("Admission.VerificationMissing", null, alternatives[0]));
            }
            else if (!requests.Any(r => r.IsSettled && (r.RepliedOn is null || r.RepliedOn <= on)))
            {
                errors.Add(new DomainError("Admission.VerificationPending", null, alternatives[0]));
            }
        }

        foreach (var request in c.Verifications.Where(v => !alternativesCover(v.Subject) && !v.IsSettled))
        {
            errors.Add(new DomainError("Admission.VerificationPending", null, request.Subject));
        }

        return errors;

        bool alternativesCover(VerificationSubject subject) =>
            RequiredVerifications(c).Any(a => a.Contains(subject));
    }
}
