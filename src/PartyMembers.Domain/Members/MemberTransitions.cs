using PartyMembers.Domain.Accounts;

namespace PartyMembers.Domain.Members;

/// One row of the member status table: from a status, an event moves the member to a status; the roles that may record
/// it; whether it needs a decision or resolution; and whether it changes the member's type or unit instead.
public sealed record MemberTransition(
    ActivityStatus From,
    MemberEventKind Event,
    ActivityStatus To,
    IReadOnlySet<Role> Roles,
    bool RequiresBasis,
    string Source);

/// The transition table for a member's activity status. Sources: Quy định 294-QĐ/TW (Q294), Hướng dẫn 06-HD/TW (HD06),
/// Hướng dẫn 38-HD/BTCTW (HD38), Quy định 296-QĐ/TW (QĐ296); see docs/domain/member-status.md.
public static class MemberTransitions
{
    private static readonly ActivityStatus[] Living =
    [
        ActivityStatus.Active, ActivityStatus.TemporarilyAway, ActivityStatus.Exempt, ActivityStatus.TemporarilyExempt,
        ActivityStatus.Suspended, ActivityStatus.TransferringOut,
    ];

    private static readonly List<MemberTransition> Table = Build();

    public static IReadOnlyList<MemberTransition> All => Table;

    /// Statuses in which the member counts in the organisation's strength (đảng số). A member away on a temporary
    /// transfer still counts at home (Q294 §6.3.2c); one whose official transfer letter is issued no longer does.
    public static bool IsCounted(ActivityStatus status) => status is ActivityStatus.Active or ActivityStatus.TemporarilyAway
        or ActivityStatus.Exempt or ActivityStatus.TemporarilyExempt or ActivityStatus.Suspended;

    /// Statuses after which no further change is recorded except a reinstatement.
    public static bool IsClosed(ActivityStatus status) =>
        status is ActivityStatus.TransferredOut or ActivityStatus.Left or ActivityStatus.Deceased;

    public static MemberTransition? Find(ActivityStatus from, MemberEventKind kind) =>
        Table.FirstOrDefault(t => t.From == from && t.Event == kind);

    public static IEnumerable<MemberTransition> From(ActivityStatus from) => Table.Where(t => t.From == from);

    private static List<MemberTransition> Build()
    {
        var table = new List<MemberTransition>();

        void Add(ActivityStatus[] from, MemberEventKind kind, ActivityStatus? to, Role[] roles, bool basis, string source)
        {
            foreach (var f in from)
            {
                table.Add(new MemberTransition(f, kind, to ?? f, roles.ToHashSet(), basis, source));
            }
        }

        ActivityStatus[] active = [ActivityStatus.Active];
        Role[] cellUp = [Role.CellSecretary, Role.GrassrootsSecretary, Role.OrganisationBoard];
        Role[] grassrootsUp = [Role.GrassrootsSecretary, Role.OrganisationBoard];
        Role[] board = [Role.OrganisationBoard];
        Role[] decides = [Role.OrganisationBoard, Role.StandingCommittee];
        Role[] discipline = [Role.InspectionCommittee, Role.StandingCommittee];

        // Type and unit changes keep the status.
        Add([ActivityStatus.Active, ActivityStatus.TemporarilyAway], MemberEventKind.Recognised, null, decides, true, "Q294 §4.2-4.3");
        Add([ActivityStatus.Active, ActivityStatus.Exempt, ActivityStatus.TemporarilyExempt], MemberEventKind.InternalTransfer, null,
            grassrootsUp, true, "Q294 §6.3.1; HD38 §II.4 (7-box letter)");

        Add(active, MemberEventKind.TemporaryTransferStarted, ActivityStatus.TemporarilyAway, grassrootsUp, true, "Q294 §6.3.2; HD38 §II.4.3.2");
        Add([ActivityStatus.TemporarilyAway], MemberEventKind.TemporaryTransferEnded, ActivityStatus.Active, cellUp, false, "HD38 §II.4.3.2");
        Add(active, MemberEventKind.Exempted, ActivityStatus.Exempt, [Role.CellSecretary, Role.GrassrootsSecretary], true, "Q294 §7.1; HD38 §IV.1");
        Add([ActivityStatus.Exempt], MemberEventKind.ExemptionEnded, ActivityStatus.Active, [Role.CellSecretary, Role.GrassrootsSecretary], false, "HD38 §IV.1.1");
        Add(active, MemberEventKind.TemporarilyExempted, ActivityStatus.TemporarilyExempt, [Role.GrassrootsSecretary], true, "HD06 §10.3a");
        Add([ActivityStatus.TemporarilyExempt], MemberEventKind.TemporaryExemptionEnded, ActivityStatus.Active, [Role.CellSecretary, Role.GrassrootsSecretary], false, "HD06 §10.3a");
        Add([ActivityStatus.Active, ActivityStatus.TemporarilyAway, ActivityStatus.Exempt, ActivityStatus.TemporarilyExempt],
            MemberEventKind.Suspended, ActivityStatus.Suspended, discipline, true, "QĐ 296-QĐ/TW");
        Add([ActivityStatus.Suspended], MemberEventKind.SuspensionLifted, ActivityStatus.Active, discipline, true, "QĐ 296-QĐ/TW");
        Add(active, MemberEventKind.TransferOutStarted, ActivityStatus.TransferringOut, board, true, "Q294 §6.3.1; HD38 §II.4.3.1");
        Add([ActivityStatus.TransferringOut], MemberEventKind.TransferOutCancelled, ActivityStatus.Active, board, false, "HD38 §II.4.3.1");
        Add([ActivityStatus.TransferringOut], MemberEventKind.TransferredOut, ActivityStatus.TransferredOut, board, false, "HD38 §II.4.3.1");
        Add(Living, MemberEventKind.Left, ActivityStatus.Left, decides, true, "Q294 §8; HD06 §11");
        Add(Living, MemberEventKind.Died, ActivityStatus.Deceased, cellUp, false, "HD06 §8.3b");
        Add([ActivityStatus.Left], MemberEventKind.Reinstated, ActivityStatus.Active, decides, true, "Q294 §5.2.2, §8.2");
        return table;
    }
}
