using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Members;

public class MemberRegisterTests
{
    private static readonly DateOnly Today = TestDates.Today;
    private static readonly Guid Cell = Guid.NewGuid();

    [Fact]
    public void A_probationer_admitted_here_has_one_Admitted_event_at_the_ceremony_date()
    {
        var ceremony = new DateOnly(2025, 9, 20);
        var builder = new MemberBuilder().Probationary(ceremony).InUnit(Cell, UnitType.Cell).RecordedBy(Role.CellSecretary);
        var record = builder.BuildRecord();

        var member = builder.Build();

        var e = Assert.Single(member.NewEvents);
        Assert.Equal(MemberEventKind.Admitted, e.Kind);
        Assert.Equal(ceremony, e.EffectiveDate);
        Assert.Equal(MembershipType.Probationary, e.Type);
        Assert.Equal(ActivityStatus.Active, e.Status);
        Assert.Equal(Cell, e.UnitId);
        Assert.Null(e.PreviousStatus);
        Assert.Null(e.PreviousUnitId);
        Assert.Null(e.ExitForm);
        Assert.Equal(record.AdmissionDecision, e.Basis);
        Assert.Equal(member.Id, e.MemberId);
        Assert.Equal(1, e.Sequence);
        Assert.Equal(TestStamps.UserIdFor(Role.CellSecretary), e.RecordedByUserId);
        Assert.Equal(TestStamps.UserNameFor(Role.CellSecretary), e.RecordedByName);
        Assert.Equal(TestStamps.AtUtc(Today), e.RecordedAtUtc);

        Assert.Equal(MembershipType.Probationary, member.Type);
        Assert.Equal(ActivityStatus.Active, member.Status);
        Assert.Null(member.OfficialDate);
        Assert.Equal(ceremony, member.CeremonyDate);
        Assert.Equal(record.AdmissionDecisionDate, member.AdmissionDecisionDate);
        Assert.Equal(ceremony, member.LastEventDate);
        Assert.Equal(1, member.EventCount);
        Assert.Equal(Cell, member.HomeUnitId);
        Assert.True(member.IsCounted);
        Assert.False(member.IsClosed);
    }

    [Fact]
    public void An_official_member_admitted_here_is_Admitted_at_the_ceremony_then_Recognised_at_the_official_date()
    {
        var ceremony = new DateOnly(2015, 5, 19);
        var official = new DateOnly(2016, 5, 19);

        var member = new MemberBuilder().Official(ceremony, official).InUnit(Cell, UnitType.Cell).Build();

        Assert.Equal(2, member.NewEvents.Count);
        var admitted = member.NewEvents[0];
        Assert.Equal((MemberEventKind.Admitted, ceremony, MembershipType.Probationary, ActivityStatus.Active, 1),
            (admitted.Kind, admitted.EffectiveDate, admitted.Type, admitted.Status, admitted.Sequence));
        var recognised = member.NewEvents[1];
        Assert.Equal((MemberEventKind.Recognised, official, MembershipType.Official, ActivityStatus.Active, 2),
            (recognised.Kind, recognised.EffectiveDate, recognised.Type, recognised.Status, recognised.Sequence));
        Assert.Equal(ActivityStatus.Active, recognised.PreviousStatus);
        Assert.Equal(Cell, recognised.UnitId);
        Assert.Equal(Cell, recognised.PreviousUnitId);

        Assert.Equal(MembershipType.Official, member.Type);
        Assert.Equal(official, member.OfficialDate);
        Assert.Equal(official, member.LastEventDate);
        Assert.Equal(2, member.EventCount);
    }

    [Fact]
    public void An_official_member_who_came_from_elsewhere_is_TransferredIn_as_official_at_the_joined_date()
    {
        var joined = new DateOnly(2020, 3, 2);

        var member = new MemberBuilder().Official(new DateOnly(2015, 5, 19)).JoinedOn(joined).InUnit(Cell, UnitType.Cell).Build();

        // The admission and recognition happened in another organisation: not ours to count.
        var e = Assert.Single(member.NewEvents);
        Assert.Equal(MemberEventKind.TransferredIn, e.Kind);
        Assert.Equal(joined, e.EffectiveDate);
        Assert.Equal(MembershipType.Official, e.Type);
        Assert.Equal(ActivityStatus.Active, e.Status);
        Assert.Equal(Cell, e.UnitId);
        Assert.Equal(joined, member.LastEventDate);
        Assert.Equal(new DateOnly(2016, 5, 19), member.OfficialDate);
    }

    [Fact]
    public void A_member_who_arrived_on_the_official_date_arrives_official()
    {
        var member = new MemberBuilder().Official(new DateOnly(2015, 5, 19)).JoinedOn(new DateOnly(2016, 5, 19)).Build();

        var e = Assert.Single(member.NewEvents);
        Assert.Equal((MemberEventKind.TransferredIn, MembershipType.Official), (e.Kind, e.Type));
    }

    [Fact]
    public void A_probationer_who_came_from_elsewhere_is_TransferredIn_as_probationary()
    {
        var joined = new DateOnly(2025, 11, 3);

        var member = new MemberBuilder().Probationary(new DateOnly(2025, 6, 2)).JoinedOn(joined).Build();

        var e = Assert.Single(member.NewEvents);
        Assert.Equal((MemberEventKind.TransferredIn, joined, MembershipType.Probationary), (e.Kind, e.EffectiveDate, e.Type));
        Assert.Equal(MembershipType.Probationary, member.Type);
    }

    [Fact]
    public void A_member_who_arrived_during_probation_and_is_now_official_is_TransferredIn_then_Recognised_here()
    {
        var ceremony = new DateOnly(2023, 4, 10);
        var joined = new DateOnly(2023, 10, 2);
        var official = new DateOnly(2024, 4, 10);

        var member = new MemberBuilder().Official(ceremony, official).JoinedOn(joined).InUnit(Cell, UnitType.Cell).Build();

        Assert.Equal(
            [(MemberEventKind.TransferredIn, joined, MembershipType.Probationary), (MemberEventKind.Recognised, official, MembershipType.Official)],
            member.NewEvents.Select(e => (e.Kind, e.EffectiveDate, e.Type)));
        Assert.Equal([1, 2], member.NewEvents.Select(e => e.Sequence));
        Assert.Equal(official, member.LastEventDate);
    }

    [Fact]
    public void Registration_sets_the_search_keys_from_the_tidied_name()
    {
        var member = new MemberBuilder().Named("  Nguyễn   Thị  Đào ").WithSex(Sex.Female).Build();

        Assert.Equal("Nguyễn Thị Đào", member.FullName);
        Assert.Equal("nguyen thi dao", member.SearchName);
        Assert.Equal("dao", member.SearchGivenName);
        Assert.Equal("nguyễn thị đào", member.NameKey);
    }

    [Fact]
    public void Registration_stores_identifiers_normalised()
    {
        var id = PersonalIds.For(MemberBuilder.DefaultDateOfBirth, Sex.Male, "001", 4567);

        var member = new MemberBuilder()
            .WithPersonalId(id[..3] + " " + id[3..6] + " " + id[6..])
            .WithResumeNumber("000042 hn")
            .WithCardNumber(" " + id + " ")
            .Build();

        Assert.Equal(id, member.PersonalIdNumber);
        Assert.Equal("000042HN", member.ResumeNumber);
        Assert.Equal(id, member.CardNumber);
    }

    [Theory]
    [InlineData(Role.CellSecretary, true)]
    [InlineData(Role.GrassrootsSecretary, true)]
    [InlineData(Role.OrganisationBoard, true)]
    [InlineData(Role.InspectionCommittee, false)]
    [InlineData(Role.StandingCommittee, false)]
    [InlineData(Role.Administrator, false)]
    public void Only_the_roles_that_keep_the_registry_register_members(Role role, bool allowed)
    {
        var result = new MemberBuilder().RecordedBy(role).TryBuild();

        if (allowed)
        {
            ErrorAssert.Succeeded(result);
        }
        else
        {
            ErrorAssert.Only(result, "Member.RoleCannotRegister");
        }
    }

    [Theory]
    [InlineData(UnitType.UpperCommittee, false)]
    [InlineData(UnitType.GrassrootsCommittee, false)]
    [InlineData(UnitType.GrassrootsCell, true)]
    [InlineData(UnitType.SubCommittee, false)]
    [InlineData(UnitType.Cell, true)]
    [InlineData(UnitType.PartyGroup, false)]
    public void Members_are_registered_in_a_cell_only(UnitType type, bool allowed)
    {
        var result = new MemberBuilder().InUnit(Guid.NewGuid(), type).TryBuild();

        if (allowed)
        {
            ErrorAssert.Succeeded(result);
        }
        else
        {
            ErrorAssert.Only(result, "Member.UnitCannotHoldMembers", nameof(Member.HomeUnitId));
        }
    }

    [Fact]
    public void Errors_of_the_details_the_record_and_the_context_are_reported_together()
    {
        var result = new MemberBuilder()
            .Named(" ")
            .WithRecord(r => r with { CeremonyDate = r.AdmissionDecisionDate.AddDays(-1) })
            .InUnit(Guid.NewGuid(), UnitType.PartyGroup)
            .RecordedBy(Role.Administrator)
            .TryBuild();

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal(4, result.Errors.Count);
        ErrorAssert.Has(result.Errors, "Member.FullNameRequired", nameof(MemberDetails.FullName));
        ErrorAssert.Has(result.Errors, "Member.CeremonyBeforeDecision", nameof(MembershipRecord.CeremonyDate));
        ErrorAssert.Has(result.Errors, "Member.UnitCannotHoldMembers", nameof(Member.HomeUnitId));
        ErrorAssert.Has(result.Errors, "Member.RoleCannotRegister");
    }

    [Fact]
    public void The_record_is_validated_against_the_birth_date_of_the_details()
    {
        var result = new MemberBuilder().BornOn(new DateOnly(2015, 6, 1)).TryBuild();

        ErrorAssert.Only(result, "Member.AdmissionBeforeBirth", nameof(MembershipRecord.AdmissionDecisionDate));
    }

    [Fact]
    public void The_birth_date_certification_comes_from_the_record()
    {
        Assert.True(new MemberBuilder().WithBirthDateCertified().Build().BirthDateCertified);
        Assert.False(new MemberBuilder().Build().BirthDateCertified);
    }
}
