using System.Reflection;
using PartyMembers.Domain.Rules;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Rules;

public class RuleCatalogueTests
{
    private static readonly RuleBook Catalogue = RuleBooks.Defaults();

    [Fact]
    public void Every_seed_is_a_valid_rule_parameter_with_its_value_unchanged()
    {
        Assert.All(RuleCatalogue.Defaults, s =>
        {
            var result = RuleParameter.Create(s.Key, s.Kind, s.Value, s.ValidFrom, s.Source, s.Confidence, s.Note);
            var p = ErrorAssert.Succeeded(result);
            Assert.Equal(s.Value, p.Value); // seeds are written canonically
        });
    }

    [Fact]
    public void No_key_has_two_versions_from_the_same_day()
    {
        var duplicates = RuleCatalogue.Defaults.GroupBy(s => (s.Key, s.ValidFrom)).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void All_versions_of_a_key_have_the_same_kind()
    {
        Assert.All(RuleCatalogue.Defaults.GroupBy(s => s.Key), g => Assert.Single(g.Select(s => s.Kind).Distinct()));
    }

    [Fact]
    public void Every_rule_key_has_a_seed()
    {
        var keys = typeof(RuleKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        var seeded = RuleCatalogue.Defaults.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

        Assert.True(keys.Count >= 50, $"Only {keys.Count} keys found.");
        Assert.All(keys, k => Assert.Contains(k, seeded));
    }

    [Fact]
    public void Every_seed_names_its_source()
    {
        Assert.All(RuleCatalogue.Defaults, s => Assert.Matches(@"\d{4}", s.Source));
    }

    [Theory]
    // Q294 §4.3.1: 45 working days from 01/07/2025; Q29/2016 had 60.
    [InlineData(RuleKeys.AdmissionDecisionWorkingDays, "2025-06-30", 60)]
    [InlineData(RuleKeys.AdmissionDecisionWorkingDays, "2025-07-01", 45)]
    [InlineData(RuleKeys.AdmissionDecisionExtensionWorkingDays, "2025-06-30", 30)]
    [InlineData(RuleKeys.AdmissionDecisionExtensionWorkingDays, "2025-07-01", 15)]
    [InlineData(RuleKeys.CeremonyWorkingDays, "2025-07-01", 30)]
    [InlineData(RuleKeys.ProbationMonths, "2011-01-19", 12)]
    [InlineData(RuleKeys.ProbationMonths, "2026-03-16", 12)]
    [InlineData(RuleKeys.AdmissionMinAgeMonths, "2026-03-16", 18 * 12)]
    [InlineData(RuleKeys.AdmissionMaxAgeMonths, "2026-03-16", 60 * 12)]
    [InlineData(RuleKeys.IntroducerSameUnitMonths, "2026-03-16", 12)]
    [InlineData(RuleKeys.AwarenessCertificateValidityMonths, "2026-03-16", 60)]
    [InlineData(RuleKeys.DossierValidityMonths, "2026-03-16", 12)]
    [InlineData(RuleKeys.VerificationReplyWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.VerificationReplyAbroadWorkingDays, "2026-03-16", 90)]
    [InlineData(RuleKeys.RecognitionDecisionWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.RecognitionDecisionExtensionWorkingDays, "2026-03-16", 15)]
    [InlineData(RuleKeys.CellForwardWorkingDays, "2026-03-16", 5)]
    [InlineData(RuleKeys.GrassrootsResolveWorkingDays, "2026-03-16", 25)]
    [InlineData(RuleKeys.ResumeAfterCeremonyWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.RecognitionConsiderWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.FailedVotesBeforeEscalation, "2026-03-16", 3)]
    [InlineData(RuleKeys.ReadmitWaitMonths, "2026-03-16", 36)]
    [InlineData(RuleKeys.ReadmitAfterCriminalRecordMonths, "2026-03-16", 60)]
    [InlineData(RuleKeys.TransferStartWorkingDays, "2026-03-16", 60)]
    [InlineData(RuleKeys.TransferPresentWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.NonArrivalRemovalMonths, "2026-03-16", 3)]
    [InlineData(RuleKeys.NoticeCheckMonths, "2026-03-16", 3)]
    [InlineData(RuleKeys.TemporaryTransferMinMonths, "2026-03-16", 3)]
    [InlineData(RuleKeys.TemporaryTransferMaxMonthsExclusive, "2026-03-16", 12)]
    [InlineData(RuleKeys.TemporaryTransferStudyMaxMonths, "2026-03-16", 24)]
    [InlineData(RuleKeys.AbroadOfficialPresentWorkingDays, "2026-03-16", 60)]
    [InlineData(RuleKeys.AbroadTemporaryPresentWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.ReturnReportWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.DissolvedUnitTransferWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.DeathOrExitNoticeWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.ListReconcileMonths, "2026-03-16", 6)]
    [InlineData(RuleKeys.RemovalMissedMonthsPerYear, "2026-03-16", 3)]
    [InlineData(RuleKeys.RemovalNoProgressAfterEducationMonths, "2026-03-16", 12)]
    [InlineData(RuleKeys.AppealFilingWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.AppealResolveProvinceWorkingDays, "2026-03-16", 90)]
    [InlineData(RuleKeys.AppealResolveCentreWorkingDays, "2026-03-16", 180)]
    [InlineData(RuleKeys.AnswerGrassrootsWorkingDays, "2026-03-16", 30)]
    [InlineData(RuleKeys.AnswerUpperWorkingDays, "2026-03-16", 60)]
    [InlineData(RuleKeys.AnswerCentreWorkingDays, "2026-03-16", 90)]
    [InlineData(RuleKeys.MeetingMinMinutes, "2026-03-16", 90)]
    [InlineData(RuleKeys.MeetingCombinedMinMinutes, "2026-03-16", 120)]
    [InlineData(RuleKeys.MeetingDocumentsLeadDays, "2026-03-16", 1)]
    [InlineData(RuleKeys.ExcellentCapPercentOfGood, "2026-03-16", 20)]
    [InlineData(RuleKeys.CellCommitteeThresholdOfficialMembers, "2026-03-16", 9)]
    [InlineData(RuleKeys.CellMaxCommitteeMembers, "2026-03-16", 7)]
    [InlineData(RuleKeys.FeeExemptPartyAgeYears, "2026-03-16", 50)]
    public void Whole_number_defaults_match_the_reference_table(string key, string date, int expected)
    {
        Assert.Equal(expected, Catalogue.GetInteger(key, D(date)));
    }

    [Theory]
    [InlineData(RuleKeys.CellVoteMinShare, 2, 3)]
    [InlineData(RuleKeys.GrassrootsCommitteeVoteMinShare, 2, 3)]
    [InlineData(RuleKeys.StandingCommitteeVoteMoreThanShare, 1, 2)]
    [InlineData(RuleKeys.AuthorisedGrassrootsVoteMinShare, 2, 3)]
    public void Vote_thresholds_match_the_reference(string key, int n, int d)
    {
        Assert.Equal(new Fraction(n, d), Catalogue.GetFraction(key, D("2026-03-16")));
    }

    [Theory]
    [InlineData(RuleKeys.FeeSalaryPercent, "2026-03-16", "1")]
    [InlineData(RuleKeys.FeePensionPercent, "2026-03-16", "0.5")]
    [InlineData(RuleKeys.FeeStudentAmount, "2026-03-16", "5000")]
    [InlineData(RuleKeys.FeeOtherBelowRetirementPercentOfMinimumWage, "2026-03-16", "0.3")]
    [InlineData(RuleKeys.FeeOtherBelowRetirementPercentOfMinimumWage, "2028-01-01", "0.5")]
    [InlineData(RuleKeys.FeeOtherRetiredPercentOfMinimumWage, "2026-03-16", "0.2")]
    [InlineData(RuleKeys.FeeOtherRetiredPercentOfMinimumWage, "2028-01-01", "0.3")]
    public void Fee_rates_match_the_reference(string key, string date, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Catalogue.GetDecimal(key, D(date)));
    }

    [Fact]
    public void Rules_of_2025_are_not_in_force_before_their_date()
    {
        Assert.Null(Catalogue.Find(RuleKeys.CeremonyWorkingDays, new DateOnly(2025, 6, 30)));
        Assert.Null(Catalogue.Find(RuleKeys.FeeStudentAmount, new DateOnly(2026, 1, 31)));
        Assert.NotNull(Catalogue.Find(RuleKeys.FeeStudentAmount, new DateOnly(2026, 2, 1)));
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
