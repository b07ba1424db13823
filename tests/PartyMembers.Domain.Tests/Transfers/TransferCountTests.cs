using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Statistics;
using PartyMembers.Domain.Transfers;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Transfers;

/// A member is never lost or counted twice by a transfer: members moved back and forth, with the party strength of
/// each cell computed from their events as of each date.
public class TransferCountTests
{
    private static readonly Guid A = TransferScenario.CellA;
    private static readonly Guid B = TransferScenario.CellB;
    private static readonly TransferDeadlines Deadlines = TransferScenario.Deadlines;

    [Fact]
    public void An_internal_transfer_and_back_keeps_the_member_counted_once_on_every_date()
    {
        var member = TransferScenario.NewMember();
        var other = TransferScenario.NewMember(B, "Trần Thị Bích");
        var there = Internal(member, A, B, new DateOnly(2026, 3, 2), acceptOn: new DateOnly(2026, 3, 10));
        var back = Internal(member, B, A, new DateOnly(2026, 4, 1), acceptOn: new DateOnly(2026, 4, 8));

        var events = member.NewEvents.Concat(other.NewEvents).ToList();
        Assert.Equal((1, 1), Counts(events, new DateOnly(2026, 3, 9))); // letter issued, not yet accepted: still at A
        Assert.Equal((0, 2), Counts(events, new DateOnly(2026, 3, 10))); // accepted at B
        Assert.Equal((0, 2), Counts(events, new DateOnly(2026, 4, 7)));
        Assert.Equal((1, 1), Counts(events, new DateOnly(2026, 4, 8))); // back at A
        Assert.Equal(A, member.HomeUnitId);
        Assert.Equal(TransferStage.Completed, there.Stage);
        Assert.Equal(TransferStage.Completed, back.Stage);

        // The history is unbroken: the registration events, then the two moves, each resting on its letter.
        var moves = member.NewEvents.Where(e => e.Kind == MemberEventKind.InternalTransfer).ToList();
        Assert.Equal([B, A], moves.Select(e => e.UnitId));
        Assert.All(moves, e => Assert.NotNull(e.Basis));
        Assert.Equal(MemberBuilder.DefaultCeremonyDate, member.CeremonyDate);
    }

    [Fact]
    public void An_official_transfer_out_leaves_the_count_from_the_letter_and_a_cancelled_one_comes_back()
    {
        var member = TransferScenario.NewMember();
        var cancelled = Official(member, new DateOnly(2026, 3, 2), letterOn: new DateOnly(2026, 3, 4));
        ErrorAssert.Succeeded(cancelled.Cancel(member, new DateOnly(2026, 3, 6), "Quyết định điều động bị hủy.",
            TransferScenario.As(Role.OrganisationBoard, new DateOnly(2026, 3, 6))));
        Assert.Equal(ActivityStatus.Active, member.Status);

        var done = Official(member, new DateOnly(2026, 3, 9), letterOn: new DateOnly(2026, 3, 11));
        ErrorAssert.Succeeded(done.ConfirmArrival(member, new DateOnly(2026, 3, 20), null, TransferScenario.As(Role.OrganisationBoard, new DateOnly(2026, 3, 20))));

        var events = member.NewEvents.ToList();
        Assert.Equal((1, 0), Counts(events, new DateOnly(2026, 3, 3)));
        Assert.Equal((0, 0), Counts(events, new DateOnly(2026, 3, 4))); // letter issued: no longer counted
        Assert.Equal((1, 0), Counts(events, new DateOnly(2026, 3, 6))); // cancelled: counted again
        Assert.Equal((0, 0), Counts(events, new DateOnly(2026, 3, 11)));
        Assert.Equal((0, 0), Counts(events, new DateOnly(2026, 3, 20)));
        Assert.Equal(ActivityStatus.TransferredOut, member.Status);
    }

    [Fact]
    public void A_temporarily_away_member_stays_counted_at_home_and_comes_back()
    {
        var member = TransferScenario.NewMember();
        var request = TransferScenario.RequestOf(TransferKind.Temporary, new DateOnly(2026, 3, 2)) with { ToUnitId = B, Destination = null };
        var transfer = ErrorAssert.Succeeded(TransferCase.Request(member, request, UnitType.Cell, holdOpen: false, Deadlines,
            TransferScenario.As(Role.CellSecretary, new DateOnly(2026, 3, 2))));
        var letterOn = new DateOnly(2026, 3, 3);
        ErrorAssert.Succeeded(transfer.IssueLetter(member, TransferScenario.LetterOf(TransferKind.Temporary, letterOn), holdOpen: false, Deadlines,
            TransferScenario.As(Role.GrassrootsSecretary, letterOn)));
        Assert.Equal(ActivityStatus.TemporarilyAway, member.Status);
        Assert.Equal(B, member.TemporaryUnitId);
        Assert.Equal(A, member.HomeUnitId);

        ErrorAssert.Succeeded(transfer.Extend(new DateOnly(2026, 8, 3), transfer.PeriodTo!.Value.AddMonths(4), "Kéo dài khóa học",
            Deadlines, TransferScenario.As(Role.GrassrootsSecretary, new DateOnly(2026, 8, 3))));
        Assert.Equal(1, transfer.Extensions);
        ErrorAssert.Succeeded(transfer.Return(member, new DateOnly(2026, 12, 1), null, TransferScenario.As(Role.CellSecretary, new DateOnly(2026, 12, 1))));

        var events = member.NewEvents.ToList();
        foreach (var date in new[] { new DateOnly(2026, 3, 2), letterOn, new DateOnly(2026, 8, 3), new DateOnly(2026, 12, 1) })
        {
            Assert.Equal((1, 0), Counts(events, date));
        }

        Assert.Equal(ActivityStatus.Active, member.Status);
        Assert.Null(member.TemporaryUnitId);
    }

    [Fact]
    public void An_incoming_member_counts_from_the_acceptance_with_the_party_age_from_the_file()
    {
        var received = new DateOnly(2026, 3, 2);
        var notice = ErrorAssert.Succeeded(TransferCase.RecordNotice(TransferScenario.NoticeOf(received), UnitType.Cell, Deadlines,
            TransferScenario.As(Role.OrganisationBoard, received)));
        var acceptOn = new DateOnly(2026, 3, 12);
        var member = ErrorAssert.Succeeded(notice.AcceptIncoming(new MemberBuilder().Named("Lê Thị Hoa").BuildDetails(), new MemberBuilder().BuildRecord(),
            UnitType.Cell, acceptOn, TransferScenario.As(Role.CellSecretary, acceptOn)));

        Assert.Equal(member.Id, notice.MemberId);
        Assert.Equal(B, member.HomeUnitId);
        Assert.Equal(MemberBuilder.DefaultOfficialDate, member.OfficialDate);
        var events = member.NewEvents.ToList();
        Assert.Equal(MemberEventKind.TransferredIn, Assert.Single(events).Kind);
        Assert.Equal((0, 0), Counts(events, new DateOnly(2026, 3, 11)));
        Assert.Equal((0, 1), Counts(events, acceptOn));
    }

    [Fact]
    public void No_official_transfer_while_an_inspection_or_complaint_is_open_but_a_temporary_one_may_start()
    {
        var member = TransferScenario.NewMember();
        var on = new DateOnly(2026, 3, 2);
        foreach (var kind in new[] { TransferKind.OfficialOut, TransferKind.Internal })
        {
            ErrorAssert.Only(TransferCase.Request(member, TransferScenario.RequestOf(kind, on), UnitType.Cell, holdOpen: true, Deadlines,
                TransferScenario.As(Role.CellSecretary, on)), "Transfer.HoldOpen");
        }

        ErrorAssert.Succeeded(TransferCase.Request(member, TransferScenario.RequestOf(TransferKind.Temporary, on), UnitType.Cell, holdOpen: true, Deadlines,
            TransferScenario.As(Role.CellSecretary, on)));

        // A hold opened after the request stops the letter.
        var s = TransferScenario.At(TransferKind.OfficialOut, TransferStage.Commented);
        var letterOn = s.Next();
        var refused = s.Case.IssueLetter(s.Member, TransferScenario.LetterOf(TransferKind.OfficialOut, letterOn), holdOpen: true, Deadlines,
            TransferScenario.As(Role.OrganisationBoard, letterOn));
        ErrorAssert.Only(refused, "Transfer.HoldOpen");
        Assert.Equal(ActivityStatus.Active, s.Member.Status);
        Assert.Null(s.Case.LetterNumber);
    }

    [Fact]
    public void A_hold_is_opened_and_closed_by_the_board_or_inspection_committee_with_its_dates()
    {
        var on = new DateOnly(2026, 3, 2);
        ErrorAssert.Only(MemberHold.Open(Guid.NewGuid(), HoldKind.Complaint, "Đơn tố cáo ngày 01/03/2026", on, TransferScenario.As(Role.CellSecretary, on)),
            "Transfer.RoleCannotRecord");
        var hold = ErrorAssert.Succeeded(MemberHold.Open(Guid.NewGuid(), HoldKind.Inspection, "QĐ kiểm tra 12-QĐ/UBKT", on,
            TransferScenario.As(Role.InspectionCommittee, on)));
        Assert.True(hold.IsOpen);
        ErrorAssert.Only(hold.Close(on.AddDays(-1), null, TransferScenario.As(Role.OrganisationBoard, on)), "Transfer.CloseBeforeOpen", nameof(MemberHold.ClosedOn));
        ErrorAssert.Succeeded(hold.Close(on.AddDays(5), "Kết luận kiểm tra", TransferScenario.As(Role.OrganisationBoard, on.AddDays(5))));
        Assert.False(hold.IsOpen);
        ErrorAssert.Only(hold.Close(on.AddDays(6), null, TransferScenario.As(Role.OrganisationBoard, on.AddDays(6))), "Transfer.HoldClosed");
    }

    [Fact]
    public void The_letter_needs_its_number_signer_fees_month_and_for_going_out_the_two_receivers()
    {
        var s = TransferScenario.At(TransferKind.OfficialOut, TransferStage.Commented);
        var on = s.Next();
        var bad = TransferScenario.LetterOf(TransferKind.OfficialOut, on) with
        {
            Number = " ", Signer = "", FeesPaidTo = new DateOnly(on.Year, on.Month, 1).AddMonths(1), ReceivingGrassroots = null,
        };
        var result = s.Case.IssueLetter(s.Member, bad, holdOpen: false, Deadlines, TransferScenario.As(Role.OrganisationBoard, on));
        Assert.Equal(
            ["Transfer.FeesMonthInvalid", "Transfer.LetterNumberRequired", "Transfer.ReceiverRequired", "Transfer.SignerRequired"],
            result.Errors.Select(e => e.Code).Order());
        Assert.Equal(TransferStage.Commented, s.Case.Stage);
        Assert.Equal(ActivityStatus.Active, s.Member.Status);
    }

    private static TransferCase Internal(Member member, Guid from, Guid to, DateOnly requestOn, DateOnly acceptOn)
    {
        Assert.Equal(from, member.HomeUnitId);
        var request = TransferScenario.RequestOf(TransferKind.Internal, requestOn) with { ToUnitId = to };
        var transfer = ErrorAssert.Succeeded(TransferCase.Request(member, request, UnitType.Cell, holdOpen: false, Deadlines,
            TransferScenario.As(Role.CellSecretary, requestOn)));
        var commentOn = requestOn.AddDays(1);
        ErrorAssert.Succeeded(transfer.Comment(commentOn, "Nhất trí", TransferScenario.As(Role.GrassrootsSecretary, commentOn)));
        var letterOn = requestOn.AddDays(2);
        ErrorAssert.Succeeded(transfer.IssueLetter(member, TransferScenario.LetterOf(TransferKind.Internal, letterOn, $"{requestOn.DayOfYear}-GGT/BTC"),
            holdOpen: false, Deadlines, TransferScenario.As(Role.OrganisationBoard, letterOn)));
        ErrorAssert.Succeeded(transfer.Accept(member, UnitType.Cell, acceptOn, null, TransferScenario.As(Role.CellSecretary, acceptOn)));
        return transfer;
    }

    private static TransferCase Official(Member member, DateOnly requestOn, DateOnly letterOn)
    {
        var transfer = ErrorAssert.Succeeded(TransferCase.Request(member, TransferScenario.RequestOf(TransferKind.OfficialOut, requestOn), null,
            holdOpen: false, Deadlines, TransferScenario.As(Role.CellSecretary, requestOn)));
        ErrorAssert.Succeeded(transfer.Comment(requestOn.AddDays(1), "Nhất trí", TransferScenario.As(Role.GrassrootsSecretary, requestOn.AddDays(1))));
        ErrorAssert.Succeeded(transfer.IssueLetter(member, TransferScenario.LetterOf(TransferKind.OfficialOut, letterOn), holdOpen: false, Deadlines,
            TransferScenario.As(Role.OrganisationBoard, letterOn)));
        return transfer;
    }

    /// Members counted at cells A and B on a date.
    private static (int A, int B) Counts(IEnumerable<MemberEvent> events, DateOnly date)
    {
        var strength = MembershipStatistics.StrengthByUnit(events, date);
        return (strength.TryGetValue(A, out var a) ? a.Total : 0, strength.TryGetValue(B, out var b) ? b.Total : 0);
    }
}
