using PartyMembers.Domain.Accounts;

namespace PartyMembers.Domain.Transfers;

/// One row of the transfer table: for the kinds it applies to, from a stage a trigger moves the case to a stage; the
/// roles that record it; and its source.
public sealed record TransferTransition(
    TransferStage From,
    TransferTrigger Trigger,
    TransferStage To,
    IReadOnlySet<TransferKind> Kinds,
    IReadOnlySet<Role> Roles,
    string Source)
{
    public override string ToString() => $"{From} --{Trigger}--> {To}";
}

/// The transition table of transfers (docs/domain/transfers.md). Sources: Quy định 294-QĐ/TW (Q294), Hướng dẫn
/// 38-HD/BTCTW (HD38), Hướng dẫn 06-HD/TW (HD06).
public static class TransferTransitions
{
    private static readonly List<TransferTransition> Table = Build();

    public static IReadOnlyList<TransferTransition> All => Table;

    /// The roles that request a transfer for a member of their cell (the cell's comment goes with it).
    public static IReadOnlySet<Role> RequestRoles { get; } = new HashSet<Role> { Role.CellSecretary };

    /// The roles that record the notice of a member coming from outside.
    public static IReadOnlySet<Role> NoticeRoles { get; } = new HashSet<Role> { Role.OrganisationBoard, Role.GrassrootsSecretary };

    /// The roles that open and close holds (inspection, complaint).
    public static IReadOnlySet<Role> HoldRoles { get; } = new HashSet<Role> { Role.OrganisationBoard, Role.InspectionCommittee };

    public static bool IsClosed(TransferStage stage) => stage is TransferStage.Completed or TransferStage.Returned or TransferStage.Cancelled;

    /// Official transfers (the member leaves a cell's count for good) are barred while a hold is open.
    public static bool IsOfficial(TransferKind kind) => kind is TransferKind.OfficialOut or TransferKind.Internal;

    public static TransferTransition? Find(TransferKind kind, TransferStage from, TransferTrigger trigger) =>
        Table.FirstOrDefault(t => t.Kinds.Contains(kind) && t.From == from && t.Trigger == trigger);

    public static IEnumerable<TransferTransition> Available(TransferKind kind, TransferStage from) =>
        Table.Where(t => t.Kinds.Contains(kind) && t.From == from);

    private static List<TransferTransition> Build()
    {
        var table = new List<TransferTransition>();
        void Add(TransferStage from, TransferTrigger trigger, TransferStage to, TransferKind[] kinds, Role[] roles, string source) =>
            table.Add(new TransferTransition(from, trigger, to, kinds.ToHashSet(), roles.ToHashSet(), source));

        TransferKind[] official = [TransferKind.OfficialOut, TransferKind.Internal];
        TransferKind[] outgoing = [TransferKind.OfficialOut, TransferKind.Internal, TransferKind.Temporary];
        TransferKind[] temporary = [TransferKind.Temporary];
        TransferKind[] incoming = [TransferKind.Incoming];
        Role[] cell = [Role.CellSecretary];
        Role[] grassroots = [Role.GrassrootsSecretary];
        Role[] board = [Role.OrganisationBoard];
        Role[] grassrootsOrBoard = [Role.GrassrootsSecretary, Role.OrganisationBoard];
        Role[] anyOutgoing = [Role.CellSecretary, Role.GrassrootsSecretary, Role.OrganisationBoard];

        Add(TransferStage.Requested, TransferTrigger.Comment, TransferStage.Commented, official, grassroots, "HD38 §II.4 (ô 2-3); HD38 §II.4.3");
        Add(TransferStage.Commented, TransferTrigger.IssueLetter, TransferStage.LetterIssued, official, board, "HD38 §II.4 (ô 4), §II.4.3.1a");
        Add(TransferStage.LetterIssued, TransferTrigger.ConfirmArrival, TransferStage.Completed, [TransferKind.OfficialOut], board, "Q294 §6.3.1c; HD38 §II.4.3.1");
        Add(TransferStage.LetterIssued, TransferTrigger.Accept, TransferStage.Completed, [TransferKind.Internal], cell, "HD38 §II.4 (loại 7 ô, ô 5-7)");

        Add(TransferStage.Requested, TransferTrigger.IssueLetter, TransferStage.Away, temporary, grassrootsOrBoard, "Q294 §6.3.2; HD38 §II.4 (loại 8 ô, ô 1-2)");
        Add(TransferStage.Away, TransferTrigger.Extend, TransferStage.Away, temporary, grassrootsOrBoard, "HD38 §II.4.3.2c");
        Add(TransferStage.Away, TransferTrigger.Return, TransferStage.Returned, temporary, [Role.CellSecretary, Role.GrassrootsSecretary], "HD38 §II.4 (loại 8 ô, ô 5-8)");

        Add(TransferStage.NoticeReceived, TransferTrigger.Accept, TransferStage.Completed, incoming, cell, "HD38 §II.4 (loại 10 ô, ô 7-10)");
        Add(TransferStage.FlaggedForRemoval, TransferTrigger.Accept, TransferStage.Completed, incoming, cell, "HD38 §II.4 (loại 10 ô, ô 7-10)");
        Add(TransferStage.NoticeReceived, TransferTrigger.FlagNonArrival, TransferStage.FlaggedForRemoval, incoming, grassrootsOrBoard, "HD38 §II.4.3.1d; HD06 §8.3b");

        Add(TransferStage.Requested, TransferTrigger.Cancel, TransferStage.Cancelled, outgoing, anyOutgoing, "HD38 §II.4.3");
        Add(TransferStage.Commented, TransferTrigger.Cancel, TransferStage.Cancelled, official, grassrootsOrBoard, "HD38 §II.4.3");
        Add(TransferStage.LetterIssued, TransferTrigger.Cancel, TransferStage.Cancelled, official, board, "HD38 §II.4.3.1");
        Add(TransferStage.NoticeReceived, TransferTrigger.Cancel, TransferStage.Cancelled, incoming, board, "HD38 §II.4.3.1");
        Add(TransferStage.FlaggedForRemoval, TransferTrigger.Cancel, TransferStage.Cancelled, incoming, board, "HD38 §II.4.3.1");
        return table;
    }
}
