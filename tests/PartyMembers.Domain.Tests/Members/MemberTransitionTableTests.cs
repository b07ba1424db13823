using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Tests.Members;

/// Properties of the status table that follow from the rules (domain reference §2.7, §1.3), independent of its rows.
public class MemberTransitionTableTests
{
    [Fact]
    public void Each_status_and_event_pair_appears_at_most_once()
    {
        var duplicates = MemberTransitions.All.GroupBy(t => (t.From, t.Event)).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData(MemberEventKind.Admitted)]
    [InlineData(MemberEventKind.TransferredIn)]
    public void Entry_events_are_only_written_by_registration(MemberEventKind kind)
    {
        Assert.DoesNotContain(MemberTransitions.All, t => t.Event == kind);
    }

    [Theory]
    [InlineData(ActivityStatus.TransferredOut)]
    [InlineData(ActivityStatus.Deceased)]
    public void Nothing_follows_a_completed_transfer_or_a_death(ActivityStatus status)
    {
        Assert.Empty(MemberTransitions.From(status));
    }

    [Fact]
    public void A_member_who_left_can_only_be_reinstated_as_active()
    {
        var row = Assert.Single(MemberTransitions.From(ActivityStatus.Left));
        Assert.Equal((MemberEventKind.Reinstated, ActivityStatus.Active, true), (row.Event, row.To, row.RequiresBasis));
    }

    [Theory]
    [InlineData(ActivityStatus.Active)]
    [InlineData(ActivityStatus.TemporarilyAway)]
    [InlineData(ActivityStatus.Exempt)]
    [InlineData(ActivityStatus.TemporarilyExempt)]
    [InlineData(ActivityStatus.Suspended)]
    [InlineData(ActivityStatus.TransferringOut)]
    public void A_living_member_can_leave_or_die_from_any_open_status(ActivityStatus status)
    {
        Assert.Equal(ActivityStatus.Left, MemberTransitions.Find(status, MemberEventKind.Left)?.To);
        Assert.Equal(ActivityStatus.Deceased, MemberTransitions.Find(status, MemberEventKind.Died)?.To);
    }

    [Fact]
    public void Recognition_and_internal_transfer_keep_the_activity_status()
    {
        Assert.All(
            MemberTransitions.All.Where(t => t.Event is MemberEventKind.Recognised or MemberEventKind.InternalTransfer),
            t => Assert.Equal(t.From, t.To));
    }

    [Fact]
    public void The_administrator_records_no_member_event_and_every_row_names_a_role()
    {
        Assert.All(MemberTransitions.All, t =>
        {
            Assert.NotEmpty(t.Roles);
            Assert.DoesNotContain(Role.Administrator, t.Roles);
            Assert.False(string.IsNullOrWhiteSpace(t.Source));
        });
    }

    [Fact]
    public void An_official_transfer_out_is_the_organisation_boards_business()
    {
        // HD38 §II.4.3.1: the standing committee of the upper committee writes box 4; its organisation board keeps the register.
        Assert.Equal([Role.OrganisationBoard], MemberTransitions.Find(ActivityStatus.Active, MemberEventKind.TransferOutStarted)!.Roles);
    }

    [Fact]
    public void The_cell_decides_an_exemption_for_age_or_health()
    {
        // Domain reference §1.3: "Chi bộ decides, reports upward" (Q294 §7.1; HD38 §IV.1.1).
        Assert.Contains(Role.CellSecretary, MemberTransitions.Find(ActivityStatus.Active, MemberEventKind.Exempted)!.Roles);
    }

    // Reference §2.7: away on a temporary transfer is still counted at home; an issued official transfer letter is not.
    [Theory]
    [InlineData(ActivityStatus.Active, true, false)]
    [InlineData(ActivityStatus.TemporarilyAway, true, false)]
    [InlineData(ActivityStatus.Exempt, true, false)]
    [InlineData(ActivityStatus.TemporarilyExempt, true, false)]
    [InlineData(ActivityStatus.Suspended, true, false)]
    [InlineData(ActivityStatus.TransferringOut, false, false)]
    [InlineData(ActivityStatus.TransferredOut, false, true)]
    [InlineData(ActivityStatus.Left, false, true)]
    [InlineData(ActivityStatus.Deceased, false, true)]
    public void Counted_and_closed_statuses(ActivityStatus status, bool counted, bool closed)
    {
        Assert.Equal(counted, MemberTransitions.IsCounted(status));
        Assert.Equal(closed, MemberTransitions.IsClosed(status));
    }
}
