namespace PartyMembers.Domain.Rules;

/// Names of the rule parameters. Values, dates and sources are data (<see cref="RuleCatalogue"/>, then the database).
public static class RuleKeys
{
    public const string AdmissionMinAgeMonths = "Admission.MinAgeMonths";
    public const string AdmissionMaxAgeMonths = "Admission.MaxAgeMonths";
    public const string IntroducerSameUnitMonths = "Admission.IntroducerSameUnitMonths";
    public const string AwarenessCertificateValidityMonths = "Admission.AwarenessCertificateValidityMonths";
    public const string DossierValidityMonths = "Admission.DossierValidityMonths";
    public const string VerificationReplyWorkingDays = "Admission.VerificationReplyWorkingDays";
    public const string VerificationReplyAbroadWorkingDays = "Admission.VerificationReplyAbroadWorkingDays";
    public const string AdmissionDecisionWorkingDays = "Admission.DecisionWorkingDays";
    public const string AdmissionDecisionExtensionWorkingDays = "Admission.DecisionExtensionWorkingDays";
    public const string CellForwardWorkingDays = "Admission.CellForwardWorkingDays";
    public const string GrassrootsResolveWorkingDays = "Admission.GrassrootsResolveWorkingDays";
    public const string CeremonyWorkingDays = "Admission.CeremonyWorkingDays";
    public const string ResumeAfterCeremonyWorkingDays = "Admission.ResumeAfterCeremonyWorkingDays";
    public const string YouthUnionAgeLimitYears = "Admission.YouthUnionAgeLimitYears";
    public const string BadgeMilestoneYears = "Badges.MilestoneYears";
    public const string ProbationMonths = "Probation.Months";
    public const string ProbationExtensionMonths = "Probation.ExtensionMonths";
    public const string RecognitionConsiderWorkingDays = "Recognition.ConsiderWorkingDays";
    public const string RecognitionDecisionWorkingDays = "Recognition.DecisionWorkingDays";
    public const string RecognitionDecisionExtensionWorkingDays = "Recognition.DecisionExtensionWorkingDays";
    public const string FailedVotesBeforeEscalation = "Votes.FailedVotesBeforeEscalation";
    public const string CellVoteMinShare = "Votes.CellMinShare";
    public const string GrassrootsCommitteeVoteMinShare = "Votes.GrassrootsCommitteeMinShare";
    public const string StandingCommitteeVoteMoreThanShare = "Votes.StandingCommitteeMoreThanShare";
    public const string AuthorisedGrassrootsVoteMinShare = "Votes.AuthorisedGrassrootsMinShareOfSitting";
    public const string ReadmitWaitMonths = "Readmission.WaitMonths";
    public const string ReadmitAfterCriminalRecordMonths = "Readmission.AfterCriminalRecordMonths";
    public const string TransferStartWorkingDays = "Transfer.StartWorkingDays";
    public const string TransferPresentWorkingDays = "Transfer.PresentWorkingDays";
    public const string NonArrivalRemovalMonths = "Transfer.NonArrivalRemovalMonths";
    public const string NoticeCheckMonths = "Transfer.NoticeCheckMonths";
    public const string TemporaryTransferMinMonths = "Transfer.TemporaryMinMonths";
    public const string TemporaryTransferMaxMonthsExclusive = "Transfer.TemporaryMaxMonthsExclusive";
    public const string TemporaryTransferStudyMaxMonths = "Transfer.TemporaryStudyMaxMonths";
    public const string AbroadOfficialPresentWorkingDays = "Transfer.AbroadOfficialPresentWorkingDays";
    public const string AbroadTemporaryPresentWorkingDays = "Transfer.AbroadTemporaryPresentWorkingDays";
    public const string ReturnReportWorkingDays = "Transfer.ReturnReportWorkingDays";
    public const string DissolvedUnitTransferWorkingDays = "Transfer.DissolvedUnitWorkingDays";
    public const string DeathOrExitNoticeWorkingDays = "Records.DeathOrExitNoticeWorkingDays";
    public const string ListReconcileMonths = "Records.ListReconcileMonths";
    public const string RemovalMissedMonthsPerYear = "Removal.MissedMonthsPerYear";
    public const string RemovalNoProgressAfterEducationMonths = "Removal.NoProgressAfterEducationMonths";
    public const string AppealFilingWorkingDays = "Appeal.FilingWorkingDays";
    public const string AppealResolveProvinceWorkingDays = "Appeal.ResolveProvinceWorkingDays";
    public const string AppealResolveCentreWorkingDays = "Appeal.ResolveCentreWorkingDays";
    public const string AnswerGrassrootsWorkingDays = "Questions.AnswerGrassrootsWorkingDays";
    public const string AnswerUpperWorkingDays = "Questions.AnswerUpperWorkingDays";
    public const string AnswerCentreWorkingDays = "Questions.AnswerCentreWorkingDays";
    public const string MeetingMinMinutes = "Meetings.MinMinutes";
    public const string MeetingCombinedMinMinutes = "Meetings.CombinedMinMinutes";
    public const string MeetingDocumentsLeadDays = "Meetings.DocumentsLeadDays";
    public const string ExcellentCapPercentOfGood = "Rating.ExcellentCapPercentOfGood";
    public const string CellCommitteeThresholdOfficialMembers = "Cell.CommitteeThresholdOfficialMembers";
    public const string CellMaxCommitteeMembers = "Cell.MaxCommitteeMembers";
    public const string FeeExemptPartyAgeYears = "Fees.ExemptPartyAgeYears";
    public const string FeeSalaryPercent = "Fees.SalaryPercent";
    public const string FeeBenefitPercent = "Fees.BenefitPercent";
    public const string FeePensionPercent = "Fees.PensionPercent";
    public const string FeeStudentAmount = "Fees.StudentAmountVnd";
    public const string FeeOtherBelowRetirementPercentOfMinimumWage = "Fees.OtherBelowRetirementPercentOfMinimumWage";
    public const string FeeOtherRetiredPercentOfMinimumWage = "Fees.OtherRetiredPercentOfMinimumWage";
    public const string ExemptionOtherReasonMaxMonthsExclusive = "Exemption.OtherReasonMaxMonthsExclusive";
    public const string FeeMinimumWageRegion1 = "Fees.MinimumWageRegion1";
    public const string FeeMinimumWageRegion2 = "Fees.MinimumWageRegion2";
    public const string FeeMinimumWageRegion3 = "Fees.MinimumWageRegion3";
    public const string FeeMinimumWageRegion4 = "Fees.MinimumWageRegion4";
    public const string FeeOldOtherAmountRegion1 = "Fees.OldOtherAmountVndRegion1";
    public const string FeeOldOtherAmountRegion2 = "Fees.OldOtherAmountVndRegion2";
    public const string FeeOldOtherAmountRegion3 = "Fees.OldOtherAmountVndRegion3";
    public const string FeeOldOtherAmountRegion4 = "Fees.OldOtherAmountVndRegion4";
    public const string FeeOldOutsideWorkingAgePercentOfAmount = "Fees.OldOutsideWorkingAgePercentOfAmount";
    public const string FeeReliefMaxMonths = "Fees.ReliefMaxMonths";
    public const string FeeReductionPercents = "Fees.ReductionPercents";

    /// The monthly regional minimum wage of minimum-wage region 1 to 4.
    public static string FeeMinimumWageRegion(int region) => region switch
    {
        1 => FeeMinimumWageRegion1,
        2 => FeeMinimumWageRegion2,
        3 => FeeMinimumWageRegion3,
        4 => FeeMinimumWageRegion4,
        _ => throw new ArgumentOutOfRangeException(nameof(region)),
    };

    /// The old regime's fixed monthly amount for "other" members in area 1 to 4 (mapped onto the wage regions).
    public static string FeeOldOtherAmountRegion(int region) => region switch
    {
        1 => FeeOldOtherAmountRegion1,
        2 => FeeOldOtherAmountRegion2,
        3 => FeeOldOtherAmountRegion3,
        4 => FeeOldOtherAmountRegion4,
        _ => throw new ArgumentOutOfRangeException(nameof(region)),
    };
}
