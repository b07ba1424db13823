using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Members;

public class MemberLifecycleTests
{
    private static readonly DateOnly Today = TestDates.Today;
    private static readonly ChangeStamp Board = TestStamps.As(Role.OrganisationBoard, Today);

    private static StatusChange Change(DateOnly? on = null) => new(on ?? Today, LegalBases.Sample(on ?? Today), "Quyết định của Ban Thường vụ");

    // ---- Leaving and reinstatement --------------------------------------------------------------------------------

    [Fact]
    public void A_probationer_cannot_be_expelled()
    {
        var member = new MemberBuilder().Probationary(new DateOnly(2025, 9, 20)).Build();

        ErrorAssert.Only(member.Leave(ExitForm.Expelled, Change(), Board), "Member.ProbationerCannotBeExpelled", nameof(Member.ExitForm));

        Assert.Equal(ActivityStatus.Active, member.Status);
        Assert.Null(member.ExitForm);
        Assert.Equal(1, member.EventCount);
    }

    [Theory]
    [InlineData(ExitForm.RemovedFromList)]
    [InlineData(ExitForm.LeftAtOwnRequest)]
    [InlineData(ExitForm.AdmissionCancelled)]
    public void A_probationer_leaves_by_the_other_forms(ExitForm form)
    {
        var member = new MemberBuilder().Probationary(new DateOnly(2025, 9, 20)).Build();

        ErrorAssert.Succeeded(member.Leave(form, Change(), Board));

        Assert.Equal((ActivityStatus.Left, form), (member.Status, member.ExitForm));
        Assert.Equal(form, member.NewEvents[^1].ExitForm);
    }

    [Theory]
    [InlineData(ExitForm.RemovedFromList)]
    [InlineData(ExitForm.Expelled)]
    [InlineData(ExitForm.LeftAtOwnRequest)]
    [InlineData(ExitForm.AdmissionCancelled)]
    public void An_official_member_leaves_by_any_form(ExitForm form)
    {
        var member = new MemberBuilder().Build();

        ErrorAssert.Succeeded(member.Leave(form, Change(), TestStamps.As(Role.StandingCommittee, Today)));

        Assert.Equal((ActivityStatus.Left, form), (member.Status, member.ExitForm));
        Assert.True(member.IsClosed);
        Assert.False(member.IsCounted);
    }

    [Fact]
    public void An_undefined_exit_form_is_refused()
    {
        var member = new MemberBuilder().Build();

        ErrorAssert.Only(member.Leave((ExitForm)42, Change(), Board), "Value.Invalid", nameof(Member.ExitForm));
        Assert.Equal(ActivityStatus.Active, member.Status);
    }

    [Fact]
    public void Reinstatement_clears_the_exit_form()
    {
        var member = new MemberBuilder().Build();
        ErrorAssert.Succeeded(member.Leave(ExitForm.Expelled, Change(Today.AddDays(-30)), Board));

        ErrorAssert.Succeeded(member.Reinstate(Change(), TestStamps.As(Role.StandingCommittee, Today)));

        Assert.Equal(ActivityStatus.Active, member.Status);
        Assert.Null(member.ExitForm);
        var e = member.NewEvents[^1];
        Assert.Equal((MemberEventKind.Reinstated, ActivityStatus.Left, ActivityStatus.Active), (e.Kind, e.PreviousStatus, e.Status));
        Assert.Null(e.ExitForm);
        Assert.False(member.IsClosed);
        Assert.True(member.IsCounted);
    }

    // ---- Details ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(ActivityStatus.Active, false)]
    [InlineData(ActivityStatus.TemporarilyAway, false)]
    [InlineData(ActivityStatus.Exempt, false)]
    [InlineData(ActivityStatus.TemporarilyExempt, false)]
    [InlineData(ActivityStatus.Suspended, false)]
    [InlineData(ActivityStatus.TransferringOut, false)]
    [InlineData(ActivityStatus.TransferredOut, true)]
    [InlineData(ActivityStatus.Left, true)]
    [InlineData(ActivityStatus.Deceased, true)]
    public void Closed_records_refuse_detail_changes(ActivityStatus status, bool closed)
    {
        var builder = new MemberBuilder();
        var member = MemberActions.Bring(builder.Build(), status, Today.AddDays(-10));
        var details = builder.BuildDetails() with { PersonalIdNumber = member.PersonalIdNumber, Occupation = "Hưu trí" };

        var result = member.UpdateDetails(details, Board);

        if (closed)
        {
            ErrorAssert.Only(result, "Member.RecordClosed");
            Assert.Equal("Công chức", member.Occupation);
        }
        else
        {
            ErrorAssert.Succeeded(result);
            Assert.Equal("Hưu trí", member.Occupation);
        }
    }

    [Fact]
    public void UpdateDetails_applies_the_normalised_details_and_renews_the_search_keys()
    {
        var member = new MemberBuilder().Build();
        var details = new MemberBuilder().BuildDetails() with
        {
            FullName = " Đặng  Đức Đạt ",
            PersonalIdNumber = member.PersonalIdNumber,
            Religion = "  ",
        };

        ErrorAssert.Succeeded(member.UpdateDetails(details, TestStamps.As(Role.CellSecretary, Today)));

        Assert.Equal("Đặng Đức Đạt", member.FullName);
        Assert.Equal("dang duc dat", member.SearchName);
        Assert.Equal("dat", member.SearchGivenName);
        Assert.Equal("đặng đức đạt", member.NameKey);
        Assert.Null(member.Religion);
        Assert.Equal(2, member.EventCount); // details are not membership events
    }

    [Fact]
    public void UpdateDetails_validates_and_changes_nothing_when_it_fails()
    {
        var builder = new MemberBuilder();
        var member = builder.Build();

        var result = member.UpdateDetails(builder.BuildDetails() with { PersonalIdNumber = member.PersonalIdNumber, FullName = "" }, Board);

        ErrorAssert.Only(result, "Member.FullNameRequired", nameof(MemberDetails.FullName));
        Assert.Equal("Nguyễn Văn An", member.FullName);
    }

    [Theory]
    [InlineData(Role.CellSecretary, true)]
    [InlineData(Role.GrassrootsSecretary, true)]
    [InlineData(Role.OrganisationBoard, true)]
    [InlineData(Role.InspectionCommittee, false)]
    [InlineData(Role.StandingCommittee, false)]
    [InlineData(Role.Administrator, false)]
    public void Only_the_registry_keepers_edit_details(Role role, bool allowed)
    {
        var builder = new MemberBuilder();
        var member = builder.Build();

        var result = member.UpdateDetails(builder.BuildDetails() with { PersonalIdNumber = member.PersonalIdNumber, Occupation = "Giáo viên" }, TestStamps.As(role, Today));

        Assert.Equal(allowed, result.Succeeded);
        if (!allowed)
        {
            ErrorAssert.Only(result, "Member.RoleCannotEdit");
        }
    }

    [Fact]
    public void The_birth_date_can_be_corrected_until_it_is_certified()
    {
        var builder = new MemberBuilder().BornOn(new DateOnly(1990, 5, 12));
        var member = builder.Build();
        var corrected = builder.BuildDetails() with { PersonalIdNumber = member.PersonalIdNumber, DateOfBirth = new DateOnly(1990, 6, 12) };

        ErrorAssert.Succeeded(member.UpdateDetails(corrected, Board));
        Assert.Equal(new DateOnly(1990, 6, 12), member.DateOfBirth);

        ErrorAssert.Succeeded(member.CertifyBirthDate());
        Assert.True(member.BirthDateCertified);

        var again = corrected with { DateOfBirth = new DateOnly(1990, 7, 12) };
        ErrorAssert.Only(member.UpdateDetails(again, Board), "Member.BirthDateCertified", nameof(MemberDetails.DateOfBirth));
        Assert.Equal(new DateOnly(1990, 6, 12), member.DateOfBirth);

        // Other details still change while the certified date stays.
        ErrorAssert.Succeeded(member.UpdateDetails(corrected with { Occupation = "Hưu trí" }, Board));
    }

    [Fact]
    public void A_birth_date_certified_at_registration_cannot_change()
    {
        var builder = new MemberBuilder().WithBirthDateCertified();
        var member = builder.Build();

        var result = member.UpdateDetails(
            builder.BuildDetails() with { PersonalIdNumber = member.PersonalIdNumber, DateOfBirth = member.DateOfBirth.AddDays(1) }, Board);

        ErrorAssert.Only(result, "Member.BirthDateCertified", nameof(MemberDetails.DateOfBirth));
    }

    // ---- Host cell of a temporary transfer ---------------------------------------------------------------------

    [Fact]
    public void A_temporary_transfer_keeps_the_host_cell_until_the_member_returns()
    {
        var member = new MemberBuilder().Official(new DateOnly(2020, 3, 1)).On(Today).Build();
        var host = Guid.NewGuid();

        ErrorAssert.Succeeded(member.StartTemporaryTransfer(Change(Today.AddDays(-20)), TestStamps.As(Role.GrassrootsSecretary, Today), host));
        Assert.Equal(host, member.TemporaryUnitId);
        Assert.Equal(ActivityStatus.TemporarilyAway, member.Status);

        ErrorAssert.Succeeded(member.EndTemporaryTransfer(new StatusChange(Today, null, null), TestStamps.As(Role.CellSecretary, Today)));
        Assert.Null(member.TemporaryUnitId);
        Assert.Equal(ActivityStatus.Active, member.Status);
    }

    [Fact]
    public void A_temporary_transfer_to_the_home_cell_is_refused()
    {
        var member = new MemberBuilder().Official(new DateOnly(2020, 3, 1)).On(Today).Build();

        var result = member.StartTemporaryTransfer(Change(), TestStamps.As(Role.GrassrootsSecretary, Today), member.HomeUnitId);

        ErrorAssert.Only(result, "Member.AlreadyInUnit", nameof(Member.TemporaryUnitId));
        Assert.Equal(ActivityStatus.Active, member.Status);
        Assert.Null(member.TemporaryUnitId);
    }

    [Fact]
    public void Leaving_the_temporary_status_any_other_way_clears_the_host_cell()
    {
        var member = new MemberBuilder().Official(new DateOnly(2020, 3, 1)).On(Today).Build();
        ErrorAssert.Succeeded(member.StartTemporaryTransfer(Change(Today.AddDays(-20)), TestStamps.As(Role.GrassrootsSecretary, Today), Guid.NewGuid()));

        ErrorAssert.Succeeded(member.Die(new StatusChange(Today, null, null), TestStamps.As(Role.CellSecretary, Today)));

        Assert.Null(member.TemporaryUnitId);
    }

    // ---- A whole life ------------------------------------------------------------------------------------------

    [Fact]
    public void Events_of_one_life_are_numbered_in_the_order_recorded()
    {
        var member = new MemberBuilder().Probationary(new DateOnly(2023, 3, 1)).On(Today).Build();
        var grassroots = TestStamps.As(Role.GrassrootsSecretary, Today);

        ErrorAssert.Succeeded(member.StartTemporaryTransfer(Change(new DateOnly(2023, 9, 1)), grassroots));
        ErrorAssert.Succeeded(member.EndTemporaryTransfer(new StatusChange(new DateOnly(2024, 2, 1), null, null), TestStamps.As(Role.CellSecretary, Today)));
        ErrorAssert.Succeeded(member.Recognise(LegalBases.Sample(new DateOnly(2024, 3, 20)), 12, Board));
        ErrorAssert.Succeeded(member.StartTransferOut(Change(new DateOnly(2025, 1, 6)), Board));
        ErrorAssert.Succeeded(member.CancelTransferOut(new StatusChange(new DateOnly(2025, 1, 20), null, "Không chuyển nữa"), Board));
        ErrorAssert.Succeeded(member.Die(new StatusChange(new DateOnly(2025, 12, 2), null, null), TestStamps.As(Role.CellSecretary, Today)));

        Assert.Equal(
            [
                MemberEventKind.Admitted, MemberEventKind.TemporaryTransferStarted, MemberEventKind.TemporaryTransferEnded,
                MemberEventKind.Recognised, MemberEventKind.TransferOutStarted, MemberEventKind.TransferOutCancelled, MemberEventKind.Died,
            ],
            member.NewEvents.Select(e => e.Kind));
        Assert.Equal(Enumerable.Range(1, 7), member.NewEvents.Select(e => e.Sequence));
        Assert.Equal(new DateOnly(2024, 3, 1), member.OfficialDate);
        Assert.Equal(ActivityStatus.Deceased, member.Status);
        Assert.Equal(new DateOnly(2025, 12, 2), member.LastEventDate);
        Assert.All(member.NewEvents.Skip(1), e => Assert.NotNull(e.PreviousStatus));
    }
}
