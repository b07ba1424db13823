using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Tests.Members;

public class MembershipRecordTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);
    private static readonly DateOnly Birth = new(1990, 5, 12);
    private static readonly DateOnly Decision = new(2015, 4, 20);
    private static readonly DateOnly Ceremony = new(2015, 5, 19);
    private static readonly DateOnly Official = new(2016, 5, 19);

    private static MembershipRecord OfficialRecord() => new()
    {
        Type = MembershipType.Official,
        AdmissionDecisionDate = Decision,
        CeremonyDate = Ceremony,
        OfficialDate = Official,
    };

    private static MembershipRecord ProbationaryRecord() => new()
    {
        Type = MembershipType.Probationary,
        AdmissionDecisionDate = new DateOnly(2025, 9, 1),
        CeremonyDate = new DateOnly(2025, 9, 20),
    };

    [Fact]
    public void Valid_records_have_no_errors()
    {
        ErrorAssert.None(OfficialRecord().Validate(Birth, Today));
        ErrorAssert.None(ProbationaryRecord().Validate(Birth, Today));
        ErrorAssert.None((OfficialRecord() with { JoinedOrganisationOn = new DateOnly(2020, 1, 1) }).Validate(Birth, Today));
    }

    [Fact]
    public void An_undefined_type_is_refused()
    {
        ErrorAssert.Only((ProbationaryRecord() with { Type = (MembershipType)5 }).Validate(Birth, Today), "Value.Invalid", nameof(MembershipRecord.Type));
    }

    [Fact]
    public void The_admission_decision_is_not_in_the_future()
    {
        var record = ProbationaryRecord() with { AdmissionDecisionDate = Today.AddDays(1), CeremonyDate = Today.AddDays(1) };

        var errors = record.Validate(Birth, Today).ToList();

        ErrorAssert.Has(errors, "Date.InFuture", nameof(MembershipRecord.AdmissionDecisionDate));
        ErrorAssert.Has(errors, "Date.InFuture", nameof(MembershipRecord.CeremonyDate));
        Assert.Equal(2, errors.Count);
        ErrorAssert.None((ProbationaryRecord() with { AdmissionDecisionDate = Today, CeremonyDate = Today }).Validate(Birth, Today));
    }

    [Fact]
    public void The_admission_decision_is_after_the_birth_date()
    {
        var record = OfficialRecord();

        ErrorAssert.Has((record with { AdmissionDecisionDate = Birth }).Validate(Birth, Today), "Member.AdmissionBeforeBirth", nameof(MembershipRecord.AdmissionDecisionDate));
        ErrorAssert.Has((record with { AdmissionDecisionDate = Birth.AddDays(-1) }).Validate(Birth, Today), "Member.AdmissionBeforeBirth", nameof(MembershipRecord.AdmissionDecisionDate));
    }

    [Fact]
    public void The_ceremony_is_on_or_after_the_decision()
    {
        ErrorAssert.Only((OfficialRecord() with { CeremonyDate = Decision.AddDays(-1) }).Validate(Birth, Today), "Member.CeremonyBeforeDecision", nameof(MembershipRecord.CeremonyDate));
        ErrorAssert.None((OfficialRecord() with { CeremonyDate = Decision }).Validate(Birth, Today));
    }

    [Fact]
    public void An_official_member_needs_an_official_date()
    {
        ErrorAssert.Only((OfficialRecord() with { OfficialDate = null }).Validate(Birth, Today), "Member.OfficialDateRequired", nameof(MembershipRecord.OfficialDate));
    }

    [Fact]
    public void The_official_date_is_after_the_ceremony_and_not_in_the_future()
    {
        ErrorAssert.Only((OfficialRecord() with { OfficialDate = Ceremony }).Validate(Birth, Today), "Member.OfficialBeforeCeremony", nameof(MembershipRecord.OfficialDate));
        ErrorAssert.Only((OfficialRecord() with { OfficialDate = Ceremony.AddDays(-1) }).Validate(Birth, Today), "Member.OfficialBeforeCeremony", nameof(MembershipRecord.OfficialDate));
        ErrorAssert.None((OfficialRecord() with { OfficialDate = Ceremony.AddDays(1) }).Validate(Birth, Today));
        ErrorAssert.Only((OfficialRecord() with { OfficialDate = Today.AddDays(1) }).Validate(Birth, Today), "Date.InFuture", nameof(MembershipRecord.OfficialDate));
    }

    [Fact]
    public void A_probationary_member_has_no_official_date()
    {
        ErrorAssert.Only(
            (ProbationaryRecord() with { OfficialDate = new DateOnly(2026, 1, 1) }).Validate(Birth, Today),
            "Member.ProbationaryHasNoOfficialDate", nameof(MembershipRecord.OfficialDate));
    }

    [Fact]
    public void A_member_joins_this_organisation_on_or_after_the_ceremony_and_not_in_the_future()
    {
        ErrorAssert.Only(
            (OfficialRecord() with { JoinedOrganisationOn = Ceremony.AddDays(-1) }).Validate(Birth, Today),
            "Member.JoinedBeforeCeremony", nameof(MembershipRecord.JoinedOrganisationOn));
        ErrorAssert.None((OfficialRecord() with { JoinedOrganisationOn = Ceremony }).Validate(Birth, Today));
        ErrorAssert.None((OfficialRecord() with { JoinedOrganisationOn = Today }).Validate(Birth, Today));
        ErrorAssert.Only(
            (OfficialRecord() with { JoinedOrganisationOn = Today.AddDays(1) }).Validate(Birth, Today),
            "Date.InFuture", nameof(MembershipRecord.JoinedOrganisationOn));
    }
}
