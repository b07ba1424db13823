using PartyMembers.Domain.Accounts;

namespace PartyMembers.Domain.WorkLife;

/// One row of the exemption table: from a state, a trigger moves the case to a state; the roles that record it; whether
/// it applies to reasons the cell decides (age, health) or those the grassroots committee decides; its source.
public sealed record ExemptionTransition(
    ExemptionState From, ExemptionTrigger Trigger, ExemptionState To, IReadOnlySet<Role> Roles, ExemptionDecider? OnlyFor, string Source)
{
    public override string ToString() => $"{From} --{Trigger}--> {To}";
}

/// Who decides an exemption.
public enum ExemptionDecider
{
    /// The cell decides (age or health), written in its resolution book (Q294 §7.1; HD38 §IV.1.1).
    Cell,

    /// The grassroots committee decides on the cell's resolution (other reasons, HD38 §IV.1.2).
    GrassrootsCommittee,
}

/// The transition table of exemption from work and party activity (docs/domain/work-life.md).
public static class ExemptionTransitions
{
    private static readonly List<ExemptionTransition> Table = Build();

    public static IReadOnlyList<ExemptionTransition> All => Table;

    public static ExemptionDecider DeciderFor(ExemptionReason reason) =>
        reason is ExemptionReason.Age or ExemptionReason.Health ? ExemptionDecider.Cell : ExemptionDecider.GrassrootsCommittee;

    /// Cases still running: the member cannot have a second one.
    public static bool IsOpen(ExemptionState state) => state is ExemptionState.Applied or ExemptionState.CellResolved or ExemptionState.Decided;

    public static ExemptionTransition? Find(ExemptionState from, ExemptionTrigger trigger, ExemptionReason reason) =>
        Table.FirstOrDefault(t => t.From == from && t.Trigger == trigger && (t.OnlyFor is null || t.OnlyFor == DeciderFor(reason)));

    /// The triggers a role may record from a state for a reason.
    public static IEnumerable<ExemptionTransition> Available(ExemptionState from, ExemptionReason reason, Role role) =>
        Table.Where(t => t.From == from && (t.OnlyFor is null || t.OnlyFor == DeciderFor(reason)) && t.Roles.Contains(role));

    private static List<ExemptionTransition> Build()
    {
        Role[] cell = [Role.CellSecretary];
        Role[] grassroots = [Role.GrassrootsSecretary];
        Role[] either = [Role.CellSecretary, Role.GrassrootsSecretary];
        const string AgeHealth = "Q294 §7.1; HD38 §IV.1.1";
        const string Others = "HD38 §IV.1.2";
        return
        [
            new(ExemptionState.Applied, ExemptionTrigger.Decide, ExemptionState.Decided, cell.ToHashSet(), ExemptionDecider.Cell, AgeHealth),
            new(ExemptionState.Applied, ExemptionTrigger.Refuse, ExemptionState.Refused, cell.ToHashSet(), null, AgeHealth + "; " + Others),
            new(ExemptionState.Applied, ExemptionTrigger.CellResolve, ExemptionState.CellResolved, cell.ToHashSet(), ExemptionDecider.GrassrootsCommittee, Others),
            new(ExemptionState.CellResolved, ExemptionTrigger.Decide, ExemptionState.Decided, grassroots.ToHashSet(), ExemptionDecider.GrassrootsCommittee, Others),
            new(ExemptionState.CellResolved, ExemptionTrigger.Refuse, ExemptionState.Refused, grassroots.ToHashSet(), ExemptionDecider.GrassrootsCommittee, Others),
            new(ExemptionState.Decided, ExemptionTrigger.Return, ExemptionState.Returned, either.ToHashSet(), null, "HD38 §IV.1.1; HD06 §10.3a"),
            new(ExemptionState.Applied, ExemptionTrigger.Withdraw, ExemptionState.Withdrawn, cell.ToHashSet(), null, "HD38 §IV.1"),
            new(ExemptionState.CellResolved, ExemptionTrigger.Withdraw, ExemptionState.Withdrawn, cell.ToHashSet(), ExemptionDecider.GrassrootsCommittee, "HD38 §IV.1"),
        ];
    }
}
