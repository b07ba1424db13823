using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Admission;

public sealed partial class AdmissionCase
{
    public const int TextMaxLength = 1000;

    /// The cell recognises the person as a sympathiser, assigns an official member to help and gives test tasks
    /// (HD38 §I.1.1, §I.1.3).
    public Result RecogniseSympathiser(DateOnly resolutionDate, string? resolutionNumber, IntroducerFacts helper, string? testTasks, AdmissionChain chain, ChangeStamp stamp)
    {
        var (transition, errors) = Check(AdmissionTrigger.RecogniseSympathiser, chain, stamp, resolutionDate, "ResolutionDate");
        if (resolutionDate < IntroducedOn)
        {
            errors.Add(new DomainError("Admission.BeforeIntroduced", "ResolutionDate"));
        }

        if (!helper.IsOfficial || !helper.IsActive)
        {
            errors.Add(new DomainError("Admission.HelperNotOfficial", "HelperMemberId"));
        }

        errors.AddRange(TextLength(testTasks, "TestTasks").Concat(TextLength(resolutionNumber, "ResolutionNumber", LegalBasis.NumberMaxLength)));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        SympathiserSince = resolutionDate;
        SympathiserResolution = AwarenessCourse.Blank(resolutionNumber);
        HelperMemberId = helper.MemberId;
        HelperName = helper.Name;
        TestTasks = AwarenessCourse.Blank(testTasks);
        Move(transition!.Trigger, transition.To, resolutionDate, null, stamp);
        return Result.Success();
    }

    /// Records an attendance of the awareness course, passed or not.
    public Result RecordCourse(CourseInput input, ChangeStamp stamp)
    {
        var errors = Open(stamp, Role.CellSecretary, "RecordCourse");
        errors.AddRange(input.Validate(stamp.Today));
        if (IsRecognitionPhase)
        {
            errors.Add(new DomainError("Admission.AlreadyMember"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        _courses.Add(AwarenessCourse.Create(Id, input));
        Step("RecordCourse", Stage, input.EndDate, null, stamp);
        return Result.Success();
    }

    /// The grassroots committee (or, for a grassroots cell, the organisation board) allows the procedure to start. The
    /// person must hold a course certificate valid on that date.
    public Result PermitDossier(LegalBasis permission, AdmissionChain chain, AdmissionDeadlines deadlines, ChangeStamp stamp)
    {
        var (transition, errors) = Check(AdmissionTrigger.PermitDossier, chain, stamp, permission.DocumentDate, "BasisDate");
        if (Certificate is not { } course || !deadlines.CertificateValid(course.CertificateDate!.Value, permission.DocumentDate))
        {
            errors.Add(new DomainError("Admission.CertificateMissing"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        DossierPermittedOn = permission.DocumentDate;
        DossierPermission = permission;
        Move(transition!.Trigger, transition.To, permission.DocumentDate, null, stamp);
        return Result.Success();
    }

    /// The cell opens the dossier: the 12-month freshness clock starts (HD06 §5.4a).
    public Result OpenDossier(DateOnly openedOn, AdmissionChain chain, ChangeStamp stamp)
    {
        var (transition, errors) = Check(AdmissionTrigger.OpenDossier, chain, stamp, openedOn, "OpenedOn");
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        DossierOpenedOn = openedOn;
        Move(transition!.Trigger, transition.To, openedOn, null, stamp);
        return Result.Success();
    }

    /// Records a document of the dossier as received. Documents are added while the dossier is open (and refreshed
    /// ones when it has gone stale).
    public Result<DossierDocument> AddDocument(DossierItemKind kind, DateOnly receivedOn, string? note, ChangeStamp stamp)
    {
        var errors = Open(stamp, Role.CellSecretary, "AddDocument");
        if (Stage is not (AdmissionStage.DossierPermitted or AdmissionStage.DossierOpen))
        {
            errors.Add(new DomainError("Admission.DossierNotOpen"));
        }

        if (!Enum.IsDefined(kind))
        {
            errors.Add(new DomainError("Value.Invalid", "Kind"));
        }

        if (receivedOn > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", "ReceivedOn"));
        }
        else if (receivedOn < IntroducedOn)
        {
            errors.Add(new DomainError("Admission.BeforeIntroduced", "ReceivedOn"));
        }

        errors.AddRange(TextLength(note, "Note", DossierDocument.NoteMaxLength));
        if (errors.Count > 0)
        {
            return Result<DossierDocument>.Fail(errors);
        }

        var document = DossierDocument.Create(Id, kind, receivedOn, note);
        _documents.Add(document);
        Step("AddDocument", Stage, receivedOn, kind.ToString(), stamp);
        return Result<DossierDocument>.Ok(document);
    }

    /// Attaches a stored scan to a document of this case.
    public Result<DossierAttachment> Attach(Guid documentId, StoredFileInfo file, ChangeStamp stamp)
    {
        var errors = Open(stamp, Role.CellSecretary, "Attach");
        if (_documents.All(d => d.Id != documentId))
        {
            errors.Add(new DomainError("Admission.DocumentUnknown", "DocumentId"));
        }

        if (errors.Count > 0)
        {
            return Result<DossierAttachment>.Fail(errors);
        }

        var attachment = DossierAttachment.Create(Id, documentId, file, stamp);
        _attachments.Add(attachment);
        Step("Attach", Stage, stamp.Today, null, stamp);
        return Result<DossierAttachment>.Ok(attachment);
    }

    /// Adds an official member as introducer, with the date from which they worked with the person in the same unit.
    public Result AddIntroducer(IntroducerFacts facts, DateOnly knownSince, bool replacement, ChangeStamp stamp)
    {
        var errors = Open(stamp, Role.CellSecretary, "AddIntroducer");
        if (Stage is not (AdmissionStage.DossierPermitted or AdmissionStage.DossierOpen))
        {
            errors.Add(new DomainError("Admission.DossierNotOpen"));
        }

        if (!facts.IsOfficial || !facts.IsActive)
        {
            errors.Add(new DomainError("Admission.IntroducerNotOfficial", "MemberId"));
        }
        else if (!facts.InSameGrassroots)
        {
            errors.Add(new DomainError("Admission.IntroducerOtherOrganisation", "MemberId"));
        }

        if (_introducers.Any(i => i.MemberId == facts.MemberId))
        {
            errors.Add(new DomainError("Admission.IntroducerTwice", "MemberId"));
        }

        if (knownSince > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", "KnownSince"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        _introducers.Add(CaseIntroducer.Create(Id, facts, knownSince, replacement));
        Step("AddIntroducer", Stage, stamp.Today, facts.Name, stamp);
        return Result.Success();
    }

    /// Sends a verification request for one person (due in 30 working days, 90 abroad), or records the exemption the
    /// rules allow with its reason (HD06 §3.4c).
    public Result<VerificationRequest> AddVerification(VerificationSubject subject, string personName, bool abroad, string? sentTo,
        DateOnly? sentOn, string? exemptionReason, AdmissionDeadlines deadlines, ChangeStamp stamp)
    {
        var errors = Open(stamp, Role.CellSecretary, "AddVerification");
        if (Stage is not (AdmissionStage.DossierPermitted or AdmissionStage.DossierOpen))
        {
            errors.Add(new DomainError("Admission.DossierNotOpen"));
        }

        if (!Enum.IsDefined(subject))
        {
            errors.Add(new DomainError("Value.Invalid", "Subject"));
        }
        else if (subject == VerificationSubject.Candidate && !string.IsNullOrWhiteSpace(exemptionReason))
        {
            errors.Add(new DomainError("Admission.CandidateNotExempt", "ExemptionReason"));
        }

        if (string.IsNullOrWhiteSpace(personName))
        {
            errors.Add(new DomainError("Admission.PersonNameRequired", "PersonName"));
        }

        errors.AddRange(TextLength(personName, "PersonName", CandidateDetails.NameMaxLength)
            .Concat(TextLength(sentTo, "SentTo", VerificationRequest.TextMaxLength))
            .Concat(TextLength(exemptionReason, "ExemptionReason", VerificationRequest.TextMaxLength)));
        var exempt = !string.IsNullOrWhiteSpace(exemptionReason);
        if (!exempt)
        {
            if (sentOn is null)
            {
                errors.Add(new DomainError("Admission.SentOnRequired", "SentOn"));
            }
            else if (sentOn > stamp.Today)
            {
                errors.Add(new DomainError("Date.InFuture", "SentOn"));
            }

            if (string.IsNullOrWhiteSpace(sentTo))
            {
                errors.Add(new DomainError("Admission.SentToRequired", "SentTo"));
            }
        }

        if (errors.Count > 0)
        {
            return Result<VerificationRequest>.Fail(errors);
        }

        var due = exempt ? (DateOnly?)null : deadlines.VerificationReplyDue(sentOn!.Value, abroad);
        var request = VerificationRequest.Create(Id, subject, personName, abroad, sentTo, sentOn, due, exempt ? exemptionReason : null);
        _verifications.Add(request);
        Step(exempt ? "ExemptVerification" : "AddVerification", Stage, sentOn ?? stamp.Today, subject.ToString(), stamp);
        return Result<VerificationRequest>.Ok(request);
    }

    /// Records the reply to a verification request and its conclusion.
    public Result RecordVerificationReply(Guid requestId, DateOnly repliedOn, string conclusion, bool concernsFound, ChangeStamp stamp)
    {
        var errors = Open(stamp, Role.CellSecretary, "RecordVerificationReply");
        var request = _verifications.FirstOrDefault(v => v.Id == requestId);
        if (request is null || request.Exempt)
        {
            errors.Add(new DomainError("Admission.VerificationUnknown"));
        }
        else if (request.RepliedOn is not null)
        {
            errors.Add(new DomainError("Admission.VerificationAlreadyReplied"));
        }
        else if (repliedOn > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", "RepliedOn"));
        }
        else if (repliedOn < request.SentOn)
        {
            errors.Add(new DomainError("Admission.ReplyBeforeSent", "RepliedOn"));
        }

        if (string.IsNullOrWhiteSpace(conclusion))
        {
            errors.Add(new DomainError("Admission.ConclusionRequired", "Conclusion"));
        }

        errors.AddRange(TextLength(conclusion, "Conclusion"));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        request!.RecordReply(repliedOn, conclusion, concernsFound);
        Step("RecordVerificationReply", Stage, repliedOn, request.Subject.ToString(), stamp);
        return Result.Success();
    }

    /// The cell votes on admission. The vote is kept whatever its result; it passes only with the threshold on the
    /// legal denominator, and it may be held only when the person is eligible on the meeting date and the dossier is
    /// complete (<see cref="AdmissionEligibility"/>).
    public Result<CaseVote> RecordCellVote(VoteInput input, IReadOnlyList<IntroducerFacts> introducersNow, AdmissionChain chain,
        AdmissionDeadlines deadlines, ChangeStamp stamp)
    {
        var (transition, errors) = Check(AdmissionTrigger.CellVote, chain, stamp, input.MeetingDate, "MeetingDate");
        errors.AddRange(VoteErrors(input, VoteLevel.Cell));
        if (transition is not null)
        {
            errors.AddRange(AdmissionEligibility.Check(this, input.MeetingDate, introducersNow, deadlines));
        }

        if (errors.Count > 0)
        {
            return Result<CaseVote>.Fail(errors);
        }

        var vote = AddVote(AdmissionPhase.Admission, input, null, deadlines, stamp);
        if (vote.Passed)
        {
            CellResolutionDate = input.MeetingDate;
        }

        AfterVote(vote, transition!, chain, deadlines, input.Note, stamp);
        return Result<CaseVote>.Ok(vote);
    }

    /// A vote of the grassroots committee (admission or recognition).
    public Result<CaseVote> RecordGrassrootsVote(VoteInput input, AdmissionChain chain, AdmissionDeadlines deadlines, ChangeStamp stamp)
    {
        var trigger = IsRecognitionPhase ? AdmissionTrigger.RecognitionGrassrootsVote : AdmissionTrigger.GrassrootsVote;
        var (transition, errors) = Check(trigger, chain, stamp, input.MeetingDate, "MeetingDate");
        errors.AddRange(VoteErrors(input, VoteLevel.GrassrootsCommittee));
        if (errors.Count > 0)
        {
            return Result<CaseVote>.Fail(errors);
        }

        var vote = AddVote(Phase, input, null, deadlines, stamp);
        AfterVote(vote, transition!, chain, deadlines, input.Note, stamp);
        return Result<CaseVote>.Ok(vote);
    }

    /// An appraisal of the sub-committee or the organisation board: forward, or return to the cell with reasons.
    public Result RecordAppraisal(AppraisalLevel level, AppraisalInput input, AdmissionChain chain, ChangeStamp stamp)
    {
        var trigger = (level, IsRecognitionPhase) switch
        {
            (AppraisalLevel.SubCommittee, false) => AdmissionTrigger.SubCommitteeAppraisal,
            (AppraisalLevel.SubCommittee, true) => AdmissionTrigger.RecognitionSubCommitteeAppraisal,
            (_, false) => AdmissionTrigger.BoardAppraisal,
            _ => AdmissionTrigger.RecognitionBoardAppraisal,
        };
        var (transition, errors) = Check(trigger, chain, stamp, input.Date, "Date");
        if (!Enum.IsDefined(input.Outcome))
        {
            errors.Add(new DomainError("Value.Invalid", "Outcome"));
        }

        if (string.IsNullOrWhiteSpace(input.Conclusion))
        {
            errors.Add(new DomainError("Admission.ConclusionRequired", "Conclusion"));
        }

        errors.AddRange(TextLength(input.Conclusion, "Conclusion", CaseAppraisal.TextMaxLength));
        if (input.Outcome == AppraisalOutcome.Forward && !(input.DocumentsComplete && input.StandardsMet && input.ProcedureFollowed))
        {
            errors.Add(new DomainError("Admission.ChecklistIncomplete", "Outcome"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        _appraisals.Add(CaseAppraisal.Create(Id, Phase, level, input, stamp));
        if (input.Outcome == AppraisalOutcome.Forward)
        {
            Move(transition!.Trigger, transition.To, input.Date, input.Conclusion, stamp);
        }
        else
        {
            // Back to the cell, which completes the dossier and votes again (HD06 §3.7a).
            Move(transition!.Trigger, IsRecognitionPhase ? AdmissionStage.Probation : AdmissionStage.DossierOpen, input.Date, input.Conclusion, stamp);
        }

        return Result.Success();
    }

    /// The competent committee votes and, when the vote passes, issues the decision: admission (the ceremony is next)
    /// or, in the recognition phase, recognition or removal of the name as the cell proposed. A failed admission
    /// decision vote ends the case as not admitted; a failed recognition decision vote keeps the case for another vote.
    /// The decision must come within the time limit, or carry the reason for the extension (Q294 §4.3.1).
    public Result<CaseVote> Decide(VoteInput input, DecisionInput? decision, AdmissionChain chain, AdmissionDeadlines deadlines, ChangeStamp stamp, Member? member = null)
    {
        var trigger = IsRecognitionPhase ? AdmissionTrigger.RecognitionDecide : AdmissionTrigger.Decide;
        var (transition, errors) = Check(trigger, chain, stamp, input.MeetingDate, "MeetingDate");
        errors.AddRange(VoteErrors(input, chain.Decider));
        if (errors.Count > 0 || transition is null)
        {
            return Result<CaseVote>.Fail(errors);
        }

        var outcome = VoteOutcome.Apply(input.Tally, deadlines.Rules, input.MeetingDate);
        if (outcome.Passed)
        {
            if (decision is null)
            {
                return Result<CaseVote>.Fail([new DomainError("Decision.NumberRequired", "Number")]);
            }

            errors.AddRange(DecisionErrors(decision, input.MeetingDate, deadlines, stamp));
            if (IsRecognitionPhase)
            {
                errors.AddRange(RecognitionMemberErrors(member, decision, deadlines));
            }

            if (errors.Count > 0)
            {
                return Result<CaseVote>.Fail(errors);
            }
        }

        var vote = AddVote(Phase, input, null, deadlines, stamp);
        if (!vote.Passed)
        {
            if (IsRecognitionPhase)
            {
                FailedVotesAtStage++;
                Step(trigger + ".Failed", Stage, input.MeetingDate, input.Note, stamp);
            }
            else
            {
                ClosingReason = input.Note;
                Move(trigger, AdmissionStage.NotAdmitted, input.MeetingDate, input.Note, stamp);
            }

            return Result<CaseVote>.Ok(vote);
        }

        _decisions.Add(CaseDecision.Create(Id, Phase, decision!));
        if (!IsRecognitionPhase)
        {
            Move(trigger, AdmissionStage.Decided, decision!.Date, decision.ExtensionReason, stamp);
            return Result<CaseVote>.Ok(vote);
        }

        var basis = new LegalBasis(decision!.Number.Trim(), decision.Date, decision.IssuerName.Trim());
        var memberStamp = stamp;
        var changed = RecognitionProposal == Admission.RecognitionProposal.RemoveFromList
            ? member!.RemoveProbationerFromCase(new StatusChange(decision.Date, basis, input.Note), memberStamp)
            : member!.RecogniseFromCase(basis, deadlines.Rules.GetInteger(Rules.RuleKeys.ProbationMonths, CeremonyDate!.Value), memberStamp, input.Note);
        if (!changed.Succeeded)
        {
            // Checked above; a failure here means the member changed under us.
            throw new InvalidOperationException("The member could not take the decision: " + string.Join(", ", changed.Errors));
        }

        Move(trigger, RecognitionProposal == Admission.RecognitionProposal.RemoveFromList ? AdmissionStage.RemovedFromList : AdmissionStage.Recognised,
            decision.Date, decision.ExtensionReason, stamp);
        return Result<CaseVote>.Ok(vote);
    }

    /// The cell holds the ceremony: the person becomes a probationary member of the cell, with the ceremony date as the
    /// date of joining and the decision date as the start of party age (HD38 §I.2.2; Q294 §4.5.1). After 30 working
    /// days from receiving the decision the ceremony needs the direct upper committee's approval (Q294 §4.1).
    public Result<Member> HoldCeremony(DateOnly ceremonyDate, IntroducerFacts helper, LegalBasis? lateApproval, MemberDetails memberDetails,
        Organisation.UnitType cellType, AdmissionChain chain, AdmissionDeadlines deadlines, ChangeStamp stamp)
    {
        var (transition, errors) = Check(AdmissionTrigger.HoldCeremony, chain, stamp, ceremonyDate, "CeremonyDate");
        var decision = AdmissionDecision;
        if (transition is not null && decision is not null)
        {
            if (ceremonyDate < decision.Date)
            {
                errors.Add(new DomainError("Admission.CeremonyBeforeDecision", "CeremonyDate", decision.Date));
            }
            else if (ceremonyDate < decision.ReceivedOn)
            {
                errors.Add(new DomainError("Admission.CeremonyBeforeReceived", "CeremonyDate", decision.ReceivedOn));
            }
            else if (ceremonyDate > deadlines.CeremonyDue(decision.ReceivedOn) && lateApproval is null)
            {
                errors.Add(new DomainError("Admission.CeremonyLateNeedsApproval", "LateApprovalNumber", deadlines.CeremonyDue(decision.ReceivedOn)));
            }
        }

        if (!helper.IsOfficial || !helper.IsActive)
        {
            errors.Add(new DomainError("Admission.HelperNotOfficial", "HelperMemberId"));
        }

        if (errors.Count > 0)
        {
            return Result<Member>.Fail(errors);
        }

        var record = new MembershipRecord
        {
            Type = MembershipType.Probationary,
            AdmissionDecisionDate = decision!.Date,
            AdmissionDecision = decision.AsBasis(),
            CeremonyDate = ceremonyDate,
        };
        var details = memberDetails with
        {
            FullName = FullName,
            Sex = Sex,
            DateOfBirth = DateOfBirth,
            PersonalIdNumber = PersonalIdNumber,
            Occupation = memberDetails.Occupation ?? Occupation,
            Residence = memberDetails.Residence ?? Residence,
            Introducers = string.Join(", ", _introducers.Select(i => i.MemberName)),
        };
        var created = Member.Register(details, record, CellId, cellType, stamp);
        if (!created.Succeeded)
        {
            return created;
        }

        CeremonyDate = ceremonyDate;
        LateCeremonyApproval = lateApproval;
        HelperMemberId = helper.MemberId;
        HelperName = helper.Name;
        MemberId = created.Value!.Id;
        Move(transition!.Trigger, transition.To, ceremonyDate, null, stamp);
        return created;
    }

    /// Records the new-member political theory course certificate (HD06 §4.1).
    public Result RecordNewMemberCourse(string certificateNumber, DateOnly date, string issuer, ChangeStamp stamp)
    {
        var errors = Open(stamp, Role.CellSecretary, "RecordNewMemberCourse");
        if (Stage != AdmissionStage.Probation)
        {
            errors.Add(new DomainError("Admission.NotOnProbation"));
        }

        if (string.IsNullOrWhiteSpace(certificateNumber))
        {
            errors.Add(new DomainError("Course.CertificateNumberRequired", "CertificateNumber"));
        }

        if (string.IsNullOrWhiteSpace(issuer))
        {
            errors.Add(new DomainError("Course.CertificateIssuerRequired", "CertificateIssuer"));
        }

        errors.AddRange(TextLength(certificateNumber, "CertificateNumber", LegalBasis.NumberMaxLength)
            .Concat(TextLength(issuer, "CertificateIssuer", LegalBasis.IssuerMaxLength)));
        if (date > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", "CertificateDate"));
        }
        else if (CeremonyDate is { } ceremony && date < ceremony)
        {
            errors.Add(new DomainError("Admission.CourseBeforeCeremony", "CertificateDate"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        NewMemberCourseCertificate = certificateNumber.Trim();
        NewMemberCourseDate = date;
        NewMemberCourseIssuer = issuer.Trim();
        Step("RecordNewMemberCourse", Stage, date, null, stamp);
        return Result.Success();
    }

    /// After the probation, the cell votes to recognise the member or to remove the name (Q294 §4.2.1; HD06 §4.6).
    public Result<CaseVote> RecordRecognitionCellVote(VoteInput input, RecognitionProposal proposal, AdmissionChain chain, AdmissionDeadlines deadlines, ChangeStamp stamp)
    {
        var (transition, errors) = Check(AdmissionTrigger.RecognitionCellVote, chain, stamp, input.MeetingDate, "MeetingDate");
        errors.AddRange(VoteErrors(input, VoteLevel.Cell));
        if (!Enum.IsDefined(proposal))
        {
            errors.Add(new DomainError("Value.Invalid", "Proposal"));
        }

        if (CeremonyDate is { } ceremony && input.MeetingDate < deadlines.ProbationEnd(ceremony))
        {
            errors.Add(new DomainError("Admission.ProbationNotOver", "MeetingDate", deadlines.ProbationEnd(ceremony)));
        }

        if (proposal == Admission.RecognitionProposal.Recognise && NewMemberCourseDate is null)
        {
            errors.Add(new DomainError("Admission.NewMemberCourseMissing"));
        }

        if (errors.Count > 0)
        {
            return Result<CaseVote>.Fail(errors);
        }

        var vote = AddVote(AdmissionPhase.Recognition, input, proposal, deadlines, stamp);
        if (vote.Passed)
        {
            RecognitionCellResolutionDate = input.MeetingDate;
            RecognitionProposal = proposal;
        }

        AfterVote(vote, transition!, chain, deadlines, input.Note, stamp);
        return Result<CaseVote>.Ok(vote);
    }

    /// Records the provincial-level approval to admit a person over 60 (Q294 §1.1.2).
    public Result RecordOver60Approval(LegalBasis approval, ChangeStamp stamp)
    {
        var errors = Open(stamp, Role.CellSecretary, "RecordOver60Approval");
        if (IsRecognitionPhase)
        {
            errors.Add(new DomainError("Admission.AlreadyMember"));
        }

        errors.AddRange(LegalBasis.Validate(approval.DocumentNumber, approval.DocumentDate, approval.Issuer, stamp.Today, "Basis"));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Over60Approval = approval;
        Step("RecordOver60Approval", Stage, approval.DocumentDate, approval.ToString(), stamp);
        return Result.Success();
    }

    /// Ends the case before the ceremony (the person moved away, withdrew, or is no longer pursued), with the reason.
    public Result Withdraw(DateOnly date, string reason, AdmissionChain chain, ChangeStamp stamp)
    {
        var (transition, errors) = Check(AdmissionTrigger.Withdraw, chain, stamp, date, "Date");
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainError("Admission.ReasonRequired", "Reason"));
        }

        errors.AddRange(TextLength(reason, "Reason"));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        ClosingReason = reason.Trim();
        Move(AdmissionTrigger.Withdraw, AdmissionStage.Withdrawn, date, reason, stamp);
        return Result.Success();
    }

    private AdmissionPhase Phase => IsRecognitionPhase ? AdmissionPhase.Recognition : AdmissionPhase.Admission;

    private static IEnumerable<DomainError> VoteErrors(VoteInput input, VoteLevel level)
    {
        if (input.Tally.Level != level)
        {
            yield return new DomainError("Admission.WrongVoteLevel", null, level);
        }

        foreach (var error in input.Tally.Validate())
        {
            yield return error;
        }

        foreach (var error in TextLength(input.ResolutionNumber, "ResolutionNumber", LegalBasis.NumberMaxLength).Concat(TextLength(input.Note, "Note")))
        {
            yield return error;
        }
    }

    private IEnumerable<DomainError> DecisionErrors(DecisionInput decision, DateOnly meetingDate, AdmissionDeadlines deadlines, ChangeStamp stamp)
    {
        foreach (var error in decision.Validate(stamp.Today))
        {
            yield return error;
        }

        if (decision.Date < meetingDate)
        {
            yield return new DomainError("Decision.BeforeMeeting", "Date");
        }

        var start = IsRecognitionPhase ? RecognitionCellResolutionDate : CellResolutionDate;
        if (start is { } cellResolution)
        {
            var due = IsRecognitionPhase ? deadlines.RecognitionDecisionDue(cellResolution) : deadlines.AdmissionDecisionDue(cellResolution);
            if (decision.Date > due && string.IsNullOrWhiteSpace(decision.ExtensionReason))
            {
                yield return new DomainError("Decision.LateNeedsReason", "ExtensionReason", due);
            }
        }
    }

    private IEnumerable<DomainError> RecognitionMemberErrors(Member? member, DecisionInput decision, AdmissionDeadlines deadlines)
    {
        if (member is null || member.Id != MemberId)
        {
            yield return new DomainError("Admission.MemberMissing");
            yield break;
        }

        if (member.Type != MembershipType.Probationary || member.IsClosed)
        {
            yield return new DomainError("Admission.MemberNotProbationer");
        }

        if (CeremonyDate is { } ceremony && decision.Date < deadlines.ProbationEnd(ceremony))
        {
            yield return new DomainError("Member.DecisionBeforeProbationEnd", "Date", deadlines.ProbationEnd(ceremony));
        }
    }

    private CaseVote AddVote(AdmissionPhase phase, VoteInput input, RecognitionProposal? proposal, AdmissionDeadlines deadlines, ChangeStamp stamp)
    {
        var outcome = VoteOutcome.Apply(input.Tally, deadlines.Rules, input.MeetingDate);
        var vote = CaseVote.Create(Id, phase, input, outcome, proposal, stamp);
        _votes.Add(vote);
        return vote;
    }

    /// A passed vote moves the case on; a failed one is kept, and at the limit of failed votes the case goes to the
    /// competent level (Q294 §4.2.3).
    private void AfterVote(CaseVote vote, AdmissionTransition transition, AdmissionChain chain, AdmissionDeadlines deadlines, string? note, ChangeStamp stamp)
    {
        if (vote.Passed)
        {
            Move(transition.Trigger, transition.To, vote.MeetingDate, note, stamp);
            return;
        }

        FailedVotesAtStage++;
        var limit = deadlines.Rules.GetInteger(Rules.RuleKeys.FailedVotesBeforeEscalation, vote.MeetingDate);
        if (FailedVotesAtStage >= limit && vote.Level != chain.Decider)
        {
            RecognitionProposal ??= vote.Proposal;
            Move(transition.Trigger, IsRecognitionPhase ? AdmissionStage.RecognitionEscalated : AdmissionStage.Escalated, vote.MeetingDate, note, stamp);
            return;
        }

        Step(transition.Trigger + ".Failed", Stage, vote.MeetingDate, note, stamp);
    }

    private static IEnumerable<DomainError> TextLength(string? text, string field, int max = TextMaxLength)
    {
        if (text is not null && text.Trim().Length > max)
        {
            yield return new DomainError("Text.TooLong", field, max);
        }
    }
}
