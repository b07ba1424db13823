namespace PartyMembers.Domain.Rules;

/// A seed row: one version of a rule parameter with the document it comes from.
public sealed record RuleSeed(string Key, RuleValueKind Kind, string Value, DateOnly ValidFrom, string Source, RuleConfidence Confidence, string? Note = null)
{
    /// The parameter this seed stands for. A seed that is not a valid parameter is a mistake in the catalogue.
    public RuleParameter ToParameter()
    {
        var result = RuleParameter.Create(Key, Kind, Value, ValidFrom, Source, Confidence, Note);
        return result.Value ?? throw new InvalidOperationException(
            $"Rule catalogue entry {Key} from {ValidFrom:yyyy-MM-dd} is invalid: {string.Join(", ", result.Errors)}");
    }
}

/// The national rule set of 2025 (docs/domain-reference §11.4, shared) and the earlier values where history needs them.
/// Notes are in Vietnamese: they are data shown to officials beside the value.
/// Seeded into the database at start-up when missing; administrators add later versions there, never here.
public static class RuleCatalogue
{
    private const string Q294 = "Quy định 294-QĐ/TW, 26/5/2025, Ban Chấp hành Trung ương";
    private const string Hd06 = "Hướng dẫn 06-HD/TW, 09/6/2025, Ban Bí thư";
    private const string Hd38 = "Hướng dẫn 38-HD/BTCTW, 29/9/2025, Ban Tổ chức Trung ương";
    private const string Hd12Of2022 = "Hướng dẫn 12-HD/BTCTW, 18/01/2022, Ban Tổ chức Trung ương";
    private const string Q29 = "Quy định 29-QĐ/TW, 25/7/2016, Ban Chấp hành Trung ương";
    private const string Charter = "Điều lệ Đảng, Đại hội XI, 19/01/2011";
    private const string Hd42 = "Hướng dẫn 42-HD/BTCTW, 28/10/2025, Ban Tổ chức Trung ương";
    private const string Hd21 = "Hướng dẫn 21-HD/BTCTW, 18/10/2019, Ban Tổ chức Trung ương";
    private const string Qd366 = "Quy định 366-QĐ/TW, 30/8/2025, Bộ Chính trị";
    private const string Qd01Of2026 = "Quy định 01-QĐ/TW, 03/02/2026, Bộ Chính trị";
    private const string Qd342 = "Quy định 342-QĐ/TW, 28/12/2010, Bộ Chính trị";
    private const string Nd74Of2024 = "Nghị định 74/2024/NĐ-CP, 30/6/2024, Chính phủ";
    private const string Nd293Of2025 = "Nghị định 293/2025/NĐ-CP, Chính phủ";
    private const string Hd03Of2016 = "Hướng dẫn 03-HD/VPTW, 06/7/2016, Văn phòng Trung ương Đảng";
    private const string Hanoi = "Hướng dẫn nghiệp vụ công tác tổ chức đảng và đảng viên, 11/2025, Ban Tổ chức Thành ủy Hà Nội";

    private static readonly DateOnly Q294From = new(2025, 7, 1);
    private static readonly DateOnly Hd06From = new(2025, 7, 1);
    private static readonly DateOnly Hd38From = new(2025, 9, 29);
    private static readonly DateOnly FeesFrom = new(2026, 2, 1);
    private static readonly DateOnly Hd03Of2016From = new(2016, 7, 6);
    private static readonly DateOnly Fees2028 = new(2028, 1, 1);

    /// A rule book of the whole catalogue, for code that runs without the database's versions (demo data, tests).
    public static RuleBook Book() => new(Defaults.Select(s => s.ToParameter()));

    public static IReadOnlyList<RuleSeed> Defaults { get; } =
    [
        I(RuleKeys.AdmissionMinAgeMonths, 216, Q294From, Q294 + ", §1.1.1", RuleConfidence.Confirmed, "Đủ 18 tuổi (tính theo tháng) tại thời điểm chi bộ xét kết nạp."),
        I(RuleKeys.AdmissionMaxAgeMonths, 720, Q294From, Q294 + ", §1.1.1-1.1.2", RuleConfidence.Confirmed, "Đến 60 tuổi tính theo tháng; trên 60 tuổi do cấp ủy trực thuộc Trung ương xem xét."),
        I(RuleKeys.IntroducerSameUnitMonths, 12, Q294From, Q294 + ", §3.2.1", RuleConfidence.Confirmed),
        I(RuleKeys.AwarenessCertificateValidityMonths, 60, Hd06From, Hd06 + ", §5.4b", RuleConfidence.Confirmed),
        I(RuleKeys.DossierValidityMonths, 12, Hd06From, Hd06 + ", §5.4a", RuleConfidence.Confirmed),
        I(RuleKeys.VerificationReplyWorkingDays, 30, Hd06From, Hd06 + ", §3.4d", RuleConfidence.Confirmed),
        I(RuleKeys.VerificationReplyAbroadWorkingDays, 90, Hd06From, Hd06 + ", §3.4d", RuleConfidence.Confirmed),
        I(RuleKeys.AdmissionDecisionWorkingDays, 60, new DateOnly(2016, 7, 25), Q29, RuleConfidence.Secondary, "Quy định trước đây (giữ nguyên ở Q24/2021, Q232/2025)."),
        I(RuleKeys.AdmissionDecisionWorkingDays, 45, Q294From, Q294 + ", §4.3.1", RuleConfidence.Confirmed, "Tính từ ngày chi bộ ra nghị quyết."),
        I(RuleKeys.AdmissionDecisionExtensionWorkingDays, 30, new DateOnly(2016, 7, 25), Q29, RuleConfidence.Secondary, "Quy định trước đây."),
        I(RuleKeys.AdmissionDecisionExtensionWorkingDays, 15, Q294From, Q294 + ", §4.3.1", RuleConfidence.Confirmed, "Chỉ trong trường hợp đặc biệt, có ghi rõ lý do."),
        I(RuleKeys.CellForwardWorkingDays, 5, new DateOnly(2025, 11, 1), Hanoi + ", §1.1.3.2", RuleConfidence.Local, "Cách chia thời hạn 45 ngày của Hà Nội; tỉnh khác có thể khác."),
        I(RuleKeys.GrassrootsResolveWorkingDays, 25, new DateOnly(2025, 11, 1), Hanoi + ", §1.1.3.2", RuleConfidence.Local, "Tính từ ngày chi bộ ra nghị quyết."),
        I(RuleKeys.CeremonyWorkingDays, 30, Q294From, Q294 + ", §4.1", RuleConfidence.Confirmed, "Kể từ ngày nhận quyết định."),
        I(RuleKeys.ResumeAfterCeremonyWorkingDays, 30, Hd38From, Hd38 + ", §I.2.2", RuleConfidence.Confirmed),
        I(RuleKeys.YouthUnionAgeLimitYears, 30, new DateOnly(2025, 11, 1), Hanoi + ", §2.5", RuleConfidence.Local, "Đoàn viên đến hết tuổi này phải có nghị quyết giới thiệu của Đoàn và một đảng viên chính thức; quá tuổi thì hai đảng viên chính thức."),
        I(RuleKeys.ProbationMonths, 12, new DateOnly(2011, 1, 19), Charter + ", Art. 5", RuleConfidence.Secondary),
        I(RuleKeys.ProbationExtensionMonths, 0, new DateOnly(2025, 11, 1), Hanoi + ", §2.1", RuleConfidence.Local, "Hà Nội cho phép kéo dài đến 12 tháng; Q294/HD06 không quy định nên mặc định không áp dụng."),
        I(RuleKeys.RecognitionConsiderWorkingDays, 30, Q294From, Q294 + ", §4.2.1", RuleConfidence.Confirmed, "Kể từ ngày hết thời gian dự bị."),
        I(RuleKeys.RecognitionDecisionWorkingDays, 30, Q294From, Q294 + ", §4.3.1", RuleConfidence.Confirmed, "Tính từ ngày chi bộ ra nghị quyết."),
        I(RuleKeys.RecognitionDecisionExtensionWorkingDays, 15, Q294From, Q294 + ", §4.3.1", RuleConfidence.Confirmed),
        I(RuleKeys.FailedVotesBeforeEscalation, 3, Q294From, Q294 + ", §4.2.3", RuleConfidence.Confirmed),
        F(RuleKeys.CellVoteMinShare, "2/3", Q294From, Q294 + ", §9.3.4; " + Hd06 + ", §3.6a", RuleConfidence.Confirmed, "Ít nhất tỷ lệ này trên số đảng viên chính thức được triệu tập (cách tính theo Q294 §9.3.2)."),
        F(RuleKeys.GrassrootsCommitteeVoteMinShare, "2/3", Hd06From, Hd06 + ", §3.6c", RuleConfidence.Confirmed, "Ít nhất tỷ lệ này trên số cấp ủy viên được triệu tập."),
        F(RuleKeys.StandingCommitteeVoteMoreThanShare, "1/2", Hd06From, Hd06 + ", §3.7a", RuleConfidence.Confirmed, "Trên tỷ lệ này so với tổng số ủy viên ban thường vụ."),
        F(RuleKeys.AuthorisedGrassrootsVoteMinShare, "2/3", Hd06From, Hd06 + ", §3.7", RuleConfidence.Confirmed, "Ít nhất tỷ lệ này trên tổng số cấp ủy viên đương nhiệm."),
        I(RuleKeys.ReadmitWaitMonths, 36, Q294From, Q294 + ", §3.5.1", RuleConfidence.Confirmed),
        I(RuleKeys.ReadmitAfterCriminalRecordMonths, 60, Q294From, Q294 + ", §3.5.1", RuleConfidence.Confirmed),
        I(RuleKeys.TransferStartWorkingDays, 60, Q294From, Q294 + ", §6.3.1a", RuleConfidence.Confirmed),
        I(RuleKeys.TransferPresentWorkingDays, 30, Q294From, Q294 + ", §6.3.1c", RuleConfidence.Confirmed),
        I(RuleKeys.NonArrivalRemovalMonths, 3, Hd38From, Hd38 + ", §II.4.3.1d", RuleConfidence.Confirmed),
        I(RuleKeys.NoticeCheckMonths, 3, Hd06From, Hd06 + ", §8.3b", RuleConfidence.Confirmed),
        I(RuleKeys.TemporaryTransferMinMonths, 3, Q294From, Q294 + ", §6.3.2a", RuleConfidence.Confirmed),
        I(RuleKeys.TemporaryTransferMaxMonthsExclusive, 12, Q294From, Q294 + ", §6.3.2a", RuleConfidence.Confirmed, "Dưới 12 tháng."),
        I(RuleKeys.TemporaryTransferStudyMaxMonths, 24, Q294From, Q294 + ", §6.3.2a", RuleConfidence.Confirmed),
        I(RuleKeys.AbroadOfficialPresentWorkingDays, 60, Hd38From, Hd38 + ", §II.4.3.1c", RuleConfidence.Confirmed),
        I(RuleKeys.AbroadTemporaryPresentWorkingDays, 30, Hd38From, Hd38 + ", §II.4.3.2b", RuleConfidence.Confirmed),
        I(RuleKeys.ReturnReportWorkingDays, 30, Hd38From, Hd38 + ", §II.4.3.1c", RuleConfidence.Confirmed),
        I(RuleKeys.DissolvedUnitTransferWorkingDays, 30, Q294From, Q294 + ", §6.3.5", RuleConfidence.Confirmed),
        I(RuleKeys.DeathOrExitNoticeWorkingDays, 30, Hd06From, Hd06 + ", §8.3b", RuleConfidence.Confirmed),
        I(RuleKeys.ListReconcileMonths, 6, Hd06From, Hd06 + ", §8.2h", RuleConfidence.Confirmed),
        I(RuleKeys.RemovalMissedMonthsPerYear, 3, Q294From, Q294 + ", §8.1", RuleConfidence.Confirmed, "Bỏ sinh hoạt và không đóng đảng phí tính riêng; một trong hai đạt mức này thì xem xét."),
        I(RuleKeys.RemovalNoProgressAfterEducationMonths, 12, Q294From, Q294 + ", §8.1", RuleConfidence.Confirmed),
        I(RuleKeys.AppealFilingWorkingDays, 30, Q294From, Q294 + ", §8.2", RuleConfidence.Confirmed),
        I(RuleKeys.AppealResolveProvinceWorkingDays, 90, Q294From, Q294 + ", §8.2", RuleConfidence.Confirmed),
        I(RuleKeys.AppealResolveCentreWorkingDays, 180, Q294From, Q294 + ", §8.2", RuleConfidence.Confirmed),
        I(RuleKeys.AnswerGrassrootsWorkingDays, 30, Q294From, Q294 + ", §2.3", RuleConfidence.Confirmed),
        I(RuleKeys.AnswerUpperWorkingDays, 60, Q294From, Q294 + ", §2.3", RuleConfidence.Confirmed),
        I(RuleKeys.AnswerCentreWorkingDays, 90, Q294From, Q294 + ", §2.3", RuleConfidence.Confirmed),
        I(RuleKeys.MeetingMinMinutes, 90, new DateOnly(2025, 10, 28), Hd42, RuleConfidence.Secondary),
        I(RuleKeys.MeetingCombinedMinMinutes, 120, new DateOnly(2025, 10, 28), Hd42, RuleConfidence.Secondary, "Khi sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề."),
        I(RuleKeys.MeetingDocumentsLeadDays, 1, new DateOnly(2025, 10, 28), Hd42, RuleConfidence.Secondary),
        I(RuleKeys.ExcellentCapPercentOfGood, 20, new DateOnly(2019, 10, 18), Hd21, RuleConfidence.Secondary, "Số xếp loại hoàn thành xuất sắc không quá tỷ lệ này so với số hoàn thành tốt, trong mỗi tổ chức cơ sở đảng."),
        I(RuleKeys.ExcellentCapPercentOfGood, 20, new DateOnly(2025, 8, 30), Qd366, RuleConfidence.Recollection, "Chưa xác nhận được QĐ 366 giữ nguyên mức trần này."),
        I(RuleKeys.CellCommitteeThresholdOfficialMembers, 9, Q294From, Q294 + ", §23.2", RuleConfidence.Confirmed),
        I(RuleKeys.CellMaxCommitteeMembers, 7, Q294From, Q294 + ", §23.2", RuleConfidence.Confirmed),
        I(RuleKeys.FeeExemptPartyAgeYears, 50, FeesFrom, Qd01Of2026, RuleConfidence.Secondary),
        D(RuleKeys.FeeSalaryPercent, "1", new DateOnly(2011, 1, 1), Qd342, RuleConfidence.Secondary, "1% tiền lương và phụ cấp."),
        D(RuleKeys.FeeSalaryPercent, "1", FeesFrom, Qd01Of2026, RuleConfidence.Secondary, "1% tiền lương làm căn cứ đóng bảo hiểm xã hội của tháng liền trước."),
        D(RuleKeys.FeeBenefitPercent, "1", FeesFrom, Qd01Of2026, RuleConfidence.Secondary, "Trợ cấp ốm đau hoặc thai sản."),
        D(RuleKeys.FeePensionPercent, "0.5", new DateOnly(2011, 1, 1), Qd342, RuleConfidence.Secondary),
        D(RuleKeys.FeePensionPercent, "0.5", FeesFrom, Qd01Of2026, RuleConfidence.Secondary),
        D(RuleKeys.FeeStudentAmount, "5000", FeesFrom, Qd01Of2026, RuleConfidence.Secondary, "Đồng mỗi tháng."),
        D(RuleKeys.FeeOtherBelowRetirementPercentOfMinimumWage, "0.3", FeesFrom, Qd01Of2026, RuleConfidence.Secondary, "Tính trên mức lương tối thiểu vùng nơi đảng viên sinh hoạt."),
        D(RuleKeys.FeeOtherBelowRetirementPercentOfMinimumWage, "0.5", Fees2028, Qd01Of2026, RuleConfidence.Secondary),
        D(RuleKeys.FeeOtherRetiredPercentOfMinimumWage, "0.2", FeesFrom, Qd01Of2026, RuleConfidence.Secondary),
        D(RuleKeys.FeeOtherRetiredPercentOfMinimumWage, "0.3", Fees2028, Qd01Of2026, RuleConfidence.Secondary),
        T("Forms.CandidateResume", "2-KNĐ", Hd38From, Hd38 + ", §I.1.4", RuleConfidence.Confirmed),
        T("Forms.MemberResume", "1-HSĐV", Hd38From, Hd38 + ", §I.2.1", RuleConfidence.Confirmed),
        T("Forms.MemberSheet", "2-HSĐV", Hd38From, Hd38 + ", §I.2.2", RuleConfidence.Confirmed),
        T("Forms.YearlySupplement", "3-HSĐV", Hd38From, Hd38 + ", §I.2.3", RuleConfidence.Confirmed),
        T("Forms.CardRequestList", "1-TĐV", Hd38From, Hd38 + ", §II.2.2", RuleConfidence.Confirmed),
        T("Forms.CardIssueDecision", "3-TĐV", Hd38From, Hd38 + ", §II.2.2", RuleConfidence.Confirmed),
        T("Forms.MemberList", "7-HSĐV", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.Application", "1-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.IntroducerLetter", "3-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.YouthUnionResolution", "4-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.OpinionSummary", "5-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.CellAdmissionResolution", "6-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.GrassrootsAdmissionResolution", "8-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.AdmissionDecision", "9-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Recollection),
        T("Forms.ProbationerSelfReview", "10-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.HelperAssessment", "11-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.CellRecognitionResolution", "13-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.GrassrootsRecognitionResolution", "15-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Secondary),
        T("Forms.RecognitionDecision", "16-KNĐ", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Recollection),
        T("Forms.TransferNotice", "4-HSĐV", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Recollection),
        T("Forms.DeathNotice", "5-HSĐV", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Recollection),
        T("Forms.ExitNotice", "6-HSĐV", new DateOnly(2022, 1, 18), Hd12Of2022, RuleConfidence.Recollection),
        T(RuleKeys.BadgeMilestoneYears, "30,40,45,50,55,60,65,70,75,80,85,90", Hd06From, Hd06 + ", §18", RuleConfidence.Confirmed, "Các mốc tuổi đảng được xét tặng Huy hiệu Đảng."),
        I(RuleKeys.ExemptionOtherReasonMaxMonthsExclusive, 12, new DateOnly(2025, 11, 1), Hanoi + ", miễn công tác và sinh hoạt đảng", RuleConfidence.Local, "Miễn vì lý do khác tuổi cao, sức khỏe: thời gian dưới 12 tháng; hết thời hạn phải kiểm điểm, gia hạn phải xác minh lý do."),
        D(RuleKeys.FeeMinimumWageRegion1, "4960000", new DateOnly(2024, 7, 1), Nd74Of2024, RuleConfidence.Recollection, "Lương tối thiểu tháng vùng I (đồng)."),
        D(RuleKeys.FeeMinimumWageRegion2, "4410000", new DateOnly(2024, 7, 1), Nd74Of2024, RuleConfidence.Recollection, "Lương tối thiểu tháng vùng II (đồng)."),
        D(RuleKeys.FeeMinimumWageRegion3, "3860000", new DateOnly(2024, 7, 1), Nd74Of2024, RuleConfidence.Recollection, "Lương tối thiểu tháng vùng III (đồng)."),
        D(RuleKeys.FeeMinimumWageRegion4, "3450000", new DateOnly(2024, 7, 1), Nd74Of2024, RuleConfidence.Recollection, "Lương tối thiểu tháng vùng IV (đồng)."),
        D(RuleKeys.FeeMinimumWageRegion1, "5310000", new DateOnly(2026, 1, 1), Nd293Of2025, RuleConfidence.Recollection, "Lương tối thiểu tháng vùng I (đồng)."),
        D(RuleKeys.FeeMinimumWageRegion2, "4730000", new DateOnly(2026, 1, 1), Nd293Of2025, RuleConfidence.Recollection, "Lương tối thiểu tháng vùng II (đồng)."),
        D(RuleKeys.FeeMinimumWageRegion3, "4140000", new DateOnly(2026, 1, 1), Nd293Of2025, RuleConfidence.Recollection, "Lương tối thiểu tháng vùng III (đồng)."),
        D(RuleKeys.FeeMinimumWageRegion4, "3700000", new DateOnly(2026, 1, 1), Nd293Of2025, RuleConfidence.Recollection, "Lương tối thiểu tháng vùng IV (đồng)."),
        D(RuleKeys.FeeOldOtherAmountRegion1, "10000", Hd03Of2016From, Hd03Of2016, RuleConfidence.Secondary, "Chế độ cũ: nội thành thành phố trực thuộc Trung ương (ứng với vùng I)."),
        D(RuleKeys.FeeOldOtherAmountRegion2, "8000", Hd03Of2016From, Hd03Of2016, RuleConfidence.Secondary, "Chế độ cũ: nội thành đô thị loại I, II, III thuộc tỉnh (ứng với vùng II)."),
        D(RuleKeys.FeeOldOtherAmountRegion3, "6000", Hd03Of2016From, Hd03Of2016, RuleConfidence.Secondary, "Chế độ cũ: các khu vực còn lại (ứng với vùng III)."),
        D(RuleKeys.FeeOldOtherAmountRegion4, "4000", Hd03Of2016From, Hd03Of2016, RuleConfidence.Secondary, "Chế độ cũ: miền núi, vùng sâu, vùng xa, biên giới, hải đảo (ứng với vùng IV)."),
        D(RuleKeys.FeeOldOutsideWorkingAgePercentOfAmount, "50", new DateOnly(2011, 1, 1), Qd342, RuleConfidence.Secondary, "Chế độ cũ: đảng viên ngoài độ tuổi lao động đóng bằng tỷ lệ này của mức trên."),
        I(RuleKeys.FeeReliefMaxMonths, 12, FeesFrom, Qd01Of2026, RuleConfidence.Secondary, "Mỗi lần miễn hoặc giảm đảng phí không quá số tháng này."),
        T(RuleKeys.FeeReductionPercents, "30,50,70", FeesFrom, Qd01Of2026, RuleConfidence.Secondary, "Các mức giảm đảng phí (phần trăm) cho đảng viên có hoàn cảnh khó khăn."),
    ];

    private static RuleSeed I(string key, int value, DateOnly from, string source, RuleConfidence confidence, string? note = null) =>
        new(key, RuleValueKind.WholeNumber, value.ToString(System.Globalization.CultureInfo.InvariantCulture), from, source, confidence, note);

    private static RuleSeed D(string key, string value, DateOnly from, string source, RuleConfidence confidence, string? note = null) =>
        new(key, RuleValueKind.DecimalNumber, value, from, source, confidence, note);

    private static RuleSeed F(string key, string value, DateOnly from, string source, RuleConfidence confidence, string? note = null) =>
        new(key, RuleValueKind.Fraction, value, from, source, confidence, note);

    private static RuleSeed T(string key, string value, DateOnly from, string source, RuleConfidence confidence, string? note = null) =>
        new(key, RuleValueKind.Text, value, from, source, confidence, note);
}
