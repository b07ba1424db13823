using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Transfers;

namespace PartyMembers.Domain.Tests.Transfers;

/// The transfer table against the rows written out by hand from the domain reference (§5.1, §5.2), and every (kind,
/// reachable stage, trigger, role) fired on a real case: allowed rows move the case, everything else is refused.
public class TransferTransitionTableTests
{
    private const Role Cell = Role.CellSecretary;
    private const Role Grassroots = Role.GrassrootsSecretary;
    private const Role Board = Role.OrganisationBoard;

    private static readonly Dictionary<(TransferKind, TransferStage, TransferTrigger), (TransferStage To, Role[] Roles)> Expected = BuildExpected();

    /// The stages each kind can reach, for walking every pair.
    private static readonly Dictionary<TransferKind, TransferStage[]> Reachable = new()
    {
        [TransferKind.OfficialOut] = [TransferStage.Requested, TransferStage.Commented, TransferStage.LetterIssued, TransferStage.Completed, TransferStage.Cancelled],
        [TransferKind.Internal] = [TransferStage.Requested, TransferStage.Commented, TransferStage.LetterIssued, TransferStage.Completed, TransferStage.Cancelled],
        [TransferKind.Temporary] = [TransferStage.Requested, TransferStage.Away, TransferStage.Returned, TransferStage.Cancelled],
        [TransferKind.Incoming] = [TransferStage.NoticeReceived, TransferStage.FlaggedForRemoval, TransferStage.Completed, TransferStage.Cancelled],
    };

    public static TheoryData<TransferKind, TransferStage, TransferTrigger, Role> Pairs()
    {
        var data = new TheoryData<TransferKind, TransferStage, TransferTrigger, Role>();
        foreach (var (kind, stages) in Reachable)
        {
            foreach (var stage in stages)
            {
                foreach (var trigger in Enum.GetValues<TransferTrigger>())
                {
                    foreach (var role in new[] { Cell, Grassroots, Board, Role.StandingCommittee, Role.InspectionCommittee })
                    {
                        data.Add(kind, stage, trigger, role);
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_table_holds_exactly_the_documented_rows()
    {
        var actual = new Dictionary<(TransferKind, TransferStage, TransferTrigger), (TransferStage, string)>();
        foreach (var row in TransferTransitions.All)
        {
            foreach (var kind in row.Kinds)
            {
                actual.Add((kind, row.From, row.Trigger), (row.To, string.Join(",", row.Roles.Order())));
                Assert.False(string.IsNullOrWhiteSpace(row.Source));
            }
        }

        var expected = Expected.ToDictionary(e => e.Key, e => (e.Value.To, string.Join(",", e.Value.Roles.Order())));
        Assert.Equal(expected.OrderBy(e => e.Key.ToString()), actual.OrderBy(e => e.Key.ToString()));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_pair_moves_the_case_only_when_the_table_allows_it(TransferKind kind, TransferStage stage, TransferTrigger trigger, Role role)
    {
        var s = TransferScenario.At(kind, stage);
        Assert.Equal(stage, s.Case.Stage);
        var steps = s.Case.Steps.Count;
        var result = s.Fire(trigger, role);
        if (Expected.TryGetValue((kind, stage, trigger), out var row) && row.Roles.Contains(role))
        {
            ErrorAssert.Succeeded(result);
            Assert.Equal(row.To, s.Case.Stage);
            Assert.Equal(steps + 1, s.Case.Steps.Count);
            Assert.Equal(role, s.Case.Steps[^1].ActingAs);
        }
        else
        {
            Assert.False(result.Succeeded);
            Assert.Contains(result.Errors, e => e.Code is "Transfer.TransitionNotAllowed" or "Transfer.RoleCannotRecord");
            Assert.Equal(stage, s.Case.Stage);
            Assert.Equal(steps, s.Case.Steps.Count);
        }
    }

    private static Dictionary<(TransferKind, TransferStage, TransferTrigger), (TransferStage, Role[])> BuildExpected()
    {
        var rows = new Dictionary<(TransferKind, TransferStage, TransferTrigger), (TransferStage, Role[])>();
        void Row(TransferKind kind, TransferStage from, TransferTrigger trigger, TransferStage to, params Role[] roles) => rows.Add((kind, from, trigger), (to, roles));

        foreach (var kind in new[] { TransferKind.OfficialOut, TransferKind.Internal })
        {
            // Boxes 2-3 (grassroots comment), box 4 (the upper committee's board issues the letter).
            Row(kind, TransferStage.Requested, TransferTrigger.Comment, TransferStage.Commented, Grassroots);
            Row(kind, TransferStage.Commented, TransferTrigger.IssueLetter, TransferStage.LetterIssued, Board);
            Row(kind, TransferStage.Requested, TransferTrigger.Cancel, TransferStage.Cancelled, Cell, Grassroots, Board);
            Row(kind, TransferStage.Commented, TransferTrigger.Cancel, TransferStage.Cancelled, Grassroots, Board);
            Row(kind, TransferStage.LetterIssued, TransferTrigger.Cancel, TransferStage.Cancelled, Board);
        }

        Row(TransferKind.OfficialOut, TransferStage.LetterIssued, TransferTrigger.ConfirmArrival, TransferStage.Completed, Board);
        Row(TransferKind.Internal, TransferStage.LetterIssued, TransferTrigger.Accept, TransferStage.Completed, Cell);

        Row(TransferKind.Temporary, TransferStage.Requested, TransferTrigger.IssueLetter, TransferStage.Away, Grassroots, Board);
        Row(TransferKind.Temporary, TransferStage.Away, TransferTrigger.Extend, TransferStage.Away, Grassroots, Board);
        Row(TransferKind.Temporary, TransferStage.Away, TransferTrigger.Return, TransferStage.Returned, Cell, Grassroots);
        Row(TransferKind.Temporary, TransferStage.Requested, TransferTrigger.Cancel, TransferStage.Cancelled, Cell, Grassroots, Board);

        Row(TransferKind.Incoming, TransferStage.NoticeReceived, TransferTrigger.Accept, TransferStage.Completed, Cell);
        Row(TransferKind.Incoming, TransferStage.FlaggedForRemoval, TransferTrigger.Accept, TransferStage.Completed, Cell);
        Row(TransferKind.Incoming, TransferStage.NoticeReceived, TransferTrigger.FlagNonArrival, TransferStage.FlaggedForRemoval, Grassroots, Board);
        Row(TransferKind.Incoming, TransferStage.NoticeReceived, TransferTrigger.Cancel, TransferStage.Cancelled, Board);
        Row(TransferKind.Incoming, TransferStage.FlaggedForRemoval, TransferTrigger.Cancel, TransferStage.Cancelled, Board);
        return rows;
    }
}
