using PartyMembers.Domain.Accounts;

namespace PartyMembers.Domain.Admission;

/// The bodies a case passes through, which depend on where the candidate's cell sits: a cell under a sub-committee is
/// appraised by it; a grassroots cell (chi bộ cơ sở) has no grassroots committee above it; a grassroots committee
/// authorised to admit decides itself instead of the standing committee (Q294 §4.3.2; HD06 §3.6-3.7).
public sealed record AdmissionChain(bool HasSubCommittee, bool HasGrassrootsCommittee, bool GrassrootsAuthorisedToAdmit)
{
    /// The level that decides: the standing committee, or the authorised grassroots committee.
    public VoteLevel Decider => GrassrootsAuthorisedToAdmit && HasGrassrootsCommittee
        ? VoteLevel.AuthorisedGrassrootsCommittee
        : VoteLevel.StandingCommittee;

    /// The role that records the decision.
    public Role DecidingRole => Decider == VoteLevel.AuthorisedGrassrootsCommittee ? Role.GrassrootsSecretary : Role.StandingCommittee;
}

/// One row of the admission table: from a stage, a trigger moves the case to a stage (on success: a vote reached its
/// threshold, an appraisal forwarded); the roles that record it; when the chain skips it; and its source.
public sealed record AdmissionTransition(
    AdmissionStage From,
    AdmissionTrigger Trigger,
    AdmissionStage To,
    IReadOnlySet<Role> Roles,
    string Source,
    Func<AdmissionChain, bool> AppliesTo)
{
    public override string ToString() => $"{From} --{Trigger}--> {To}";
}

/// The transition table for admission and recognition (docs/domain/admission.md). Sources: Quy định 294-QĐ/TW (Q294),
/// Hướng dẫn 06-HD/TW (HD06), Hướng dẫn 38-HD/BTCTW (HD38).
public static class AdmissionTransitions
{
    private static readonly List<AdmissionTransition> Table = Build();

    public static IReadOnlyList<AdmissionTransition> All => Table;

    /// Stages after which nothing more happens to the case.
    public static bool IsClosed(AdmissionStage stage) => stage is AdmissionStage.NotAdmitted or AdmissionStage.Recognised
        or AdmissionStage.RemovedFromList or AdmissionStage.Withdrawn;

    /// Stages in which the person is a member (the ceremony was held).
    public static bool IsMember(AdmissionStage stage) => stage >= AdmissionStage.Probation && stage != AdmissionStage.Withdrawn;

    public static AdmissionTransition? Find(AdmissionStage from, AdmissionTrigger trigger, AdmissionChain chain) =>
        Table.FirstOrDefault(t => t.From == from && t.Trigger == trigger && t.AppliesTo(chain));

    /// The triggers a role may record from a stage in this chain.
    public static IEnumerable<AdmissionTransition> Available(AdmissionStage from, AdmissionChain chain, Role role) =>
        Table.Where(t => t.From == from && t.AppliesTo(chain) && RoleFor(t, chain).Contains(role));

    /// The roles of a row, with the decision going to the grassroots secretary when the grassroots committee is
    /// authorised to admit.
    public static IReadOnlySet<Role> RoleFor(AdmissionTransition transition, AdmissionChain chain) =>
        transition.Trigger is AdmissionTrigger.Decide or AdmissionTrigger.RecognitionDecide
            ? new HashSet<Role> { chain.DecidingRole }
            : transition.Roles;

    private static List<AdmissionTransition> Build()
    {
        var table = new List<AdmissionTransition>();
        static bool Always(AdmissionChain _) => true;
        static bool Sub(AdmissionChain c) => c.HasSubCommittee;
        static bool NoSub(AdmissionChain c) => !c.HasSubCommittee;
        static bool Grassroots(AdmissionChain c) => c.HasGrassrootsCommittee;
        static bool NoGrassroots(AdmissionChain c) => !c.HasGrassrootsCommittee;
        static bool NoSubNoGrassroots(AdmissionChain c) => !c.HasSubCommittee && !c.HasGrassrootsCommittee;
        static bool SubNoGrassroots(AdmissionChain c) => c.HasSubCommittee && !c.HasGrassrootsCommittee;
        static bool ByStanding(AdmissionChain c) => c.Decider == VoteLevel.StandingCommittee;
        static bool ByGrassroots(AdmissionChain c) => c.Decider == VoteLevel.AuthorisedGrassrootsCommittee;

        void Add(AdmissionStage from, AdmissionTrigger trigger, AdmissionStage to, Role[] roles, string source, Func<AdmissionChain, bool>? applies = null) =>
            table.Add(new AdmissionTransition(from, trigger, to, roles.ToHashSet(), source, applies ?? Always));

        Role[] cell = [Role.CellSecretary];
        Role[] grassroots = [Role.GrassrootsSecretary];
        Role[] board = [Role.OrganisationBoard];
        Role[] standing = [Role.StandingCommittee];
        Role[] withdrawers = [Role.CellSecretary, Role.GrassrootsSecretary, Role.OrganisationBoard];

        Add(AdmissionStage.Candidate, AdmissionTrigger.RecogniseSympathiser, AdmissionStage.Sympathiser, cell, "HD38 §I.1.1");
        // A grassroots committee allows the procedure; for a grassroots cell, the upper committee's board does (HD38 §I.1.1c-d).
        Add(AdmissionStage.Sympathiser, AdmissionTrigger.PermitDossier, AdmissionStage.DossierPermitted, grassroots, "HD38 §I.1.1(c,d)", Grassroots);
        Add(AdmissionStage.Sympathiser, AdmissionTrigger.PermitDossier, AdmissionStage.DossierPermitted, board, "HD38 §I.1.1(c,d)", NoGrassroots);
        Add(AdmissionStage.DossierPermitted, AdmissionTrigger.OpenDossier, AdmissionStage.DossierOpen, cell, "HD06 §3.2-3.5; HD38 §I.1.4");
        Add(AdmissionStage.DossierOpen, AdmissionTrigger.CellVote, AdmissionStage.CellResolved, cell, "HD06 §3.6a; Q294 §9.3.4");

        Add(AdmissionStage.CellResolved, AdmissionTrigger.SubCommitteeAppraisal, AdmissionStage.SubCommitteeAppraised, grassroots, "HD06 §3.6b", Sub);
        Add(AdmissionStage.CellResolved, AdmissionTrigger.GrassrootsVote, AdmissionStage.GrassrootsResolved, grassroots, "HD06 §3.6c", c => NoSub(c) && Grassroots(c));
        Add(AdmissionStage.SubCommitteeAppraised, AdmissionTrigger.GrassrootsVote, AdmissionStage.GrassrootsResolved, grassroots, "HD06 §3.6c", Grassroots);
        Add(AdmissionStage.CellResolved, AdmissionTrigger.BoardAppraisal, AdmissionStage.Appraised, board, "HD06 §3.7a; HD38 §I.1.4(26)", NoSubNoGrassroots);
        Add(AdmissionStage.SubCommitteeAppraised, AdmissionTrigger.BoardAppraisal, AdmissionStage.Appraised, board, "HD06 §3.7a", SubNoGrassroots);
        Add(AdmissionStage.GrassrootsResolved, AdmissionTrigger.BoardAppraisal, AdmissionStage.Appraised, board, "HD06 §3.7a", ByStanding);
        Add(AdmissionStage.Appraised, AdmissionTrigger.Decide, AdmissionStage.Decided, standing, "HD06 §3.7a; Q294 §4.3.2", ByStanding);
        Add(AdmissionStage.GrassrootsResolved, AdmissionTrigger.Decide, AdmissionStage.Decided, standing, "HD06 §3.7; Q294 §4.3.2", ByGrassroots);
        Add(AdmissionStage.Escalated, AdmissionTrigger.Decide, AdmissionStage.Decided, standing, "Q294 §4.2.3; HD06 §5.1");
        Add(AdmissionStage.Decided, AdmissionTrigger.HoldCeremony, AdmissionStage.Probation, cell, "Q294 §4.1; HD06 §3.8");

        Add(AdmissionStage.Probation, AdmissionTrigger.RecognitionCellVote, AdmissionStage.RecognitionCellResolved, cell, "Q294 §4.2.1; HD06 §4.5");
        Add(AdmissionStage.RecognitionCellResolved, AdmissionTrigger.RecognitionSubCommitteeAppraisal, AdmissionStage.RecognitionSubCommitteeAppraised, grassroots, "HD06 §4.5", Sub);
        Add(AdmissionStage.RecognitionCellResolved, AdmissionTrigger.RecognitionGrassrootsVote, AdmissionStage.RecognitionGrassrootsResolved, grassroots, "HD06 §4.5", c => NoSub(c) && Grassroots(c));
        Add(AdmissionStage.RecognitionSubCommitteeAppraised, AdmissionTrigger.RecognitionGrassrootsVote, AdmissionStage.RecognitionGrassrootsResolved, grassroots, "HD06 §4.5", Grassroots);
        Add(AdmissionStage.RecognitionCellResolved, AdmissionTrigger.RecognitionBoardAppraisal, AdmissionStage.RecognitionAppraised, board, "HD06 §4.5", NoSubNoGrassroots);
        Add(AdmissionStage.RecognitionSubCommitteeAppraised, AdmissionTrigger.RecognitionBoardAppraisal, AdmissionStage.RecognitionAppraised, board, "HD06 §4.5", SubNoGrassroots);
        Add(AdmissionStage.RecognitionGrassrootsResolved, AdmissionTrigger.RecognitionBoardAppraisal, AdmissionStage.RecognitionAppraised, board, "HD06 §4.5", ByStanding);
        Add(AdmissionStage.RecognitionAppraised, AdmissionTrigger.RecognitionDecide, AdmissionStage.Recognised, standing, "Q294 §4.3; HD06 §4.5-4.6", ByStanding);
        Add(AdmissionStage.RecognitionGrassrootsResolved, AdmissionTrigger.RecognitionDecide, AdmissionStage.Recognised, standing, "Q294 §4.3; HD06 §4.5-4.6", ByGrassroots);
        Add(AdmissionStage.RecognitionEscalated, AdmissionTrigger.RecognitionDecide, AdmissionStage.Recognised, standing, "Q294 §4.2.3");

        foreach (var stage in new[]
                 {
                     AdmissionStage.Candidate, AdmissionStage.Sympathiser, AdmissionStage.DossierPermitted, AdmissionStage.DossierOpen,
                     AdmissionStage.CellResolved, AdmissionStage.SubCommitteeAppraised, AdmissionStage.GrassrootsResolved,
                     AdmissionStage.Appraised, AdmissionStage.Escalated, AdmissionStage.Decided,
                 })
        {
            Add(stage, AdmissionTrigger.Withdraw, AdmissionStage.Withdrawn, withdrawers, "HD06 §3.9; HD38 §I.1.1");
        }

        return table;
    }
}
