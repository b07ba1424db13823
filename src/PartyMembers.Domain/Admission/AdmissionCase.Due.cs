using PartyMembers.Domain.Accounts;

namespace PartyMembers.Domain.Admission;

/// What a case waits for: the next step, the role that takes it, and the date it is due by (null when the rules set
/// no limit for that step).
public sealed record CaseDue(AdmissionTrigger Next, Role WaitingOn, DateOnly? DueOn);

public sealed partial class AdmissionCase
{
    /// The step the case waits for and its due date under the time limits; null when the case is closed.
    public CaseDue? Due(AdmissionChain chain, AdmissionDeadlines deadlines)
    {
        if (IsClosed)
        {
            return null;
        }

        var next = AdmissionTransitions.All.FirstOrDefault(t => t.From == Stage && t.Trigger != AdmissionTrigger.Withdraw && t.AppliesTo(chain));
        if (next is null)
        {
            return null;
        }

        var role = AdmissionTransitions.RoleFor(next, chain).First();
        return new CaseDue(next.Trigger, role, DueOn(next.Trigger, deadlines));
    }

    private DateOnly? DueOn(AdmissionTrigger next, AdmissionDeadlines deadlines)
    {
        switch (Stage)
        {
            case AdmissionStage.DossierOpen:
                // The earliest unanswered verification, or the end of the dossier's 12 months.
                var dates = _verifications.Where(v => !v.IsSettled && v.DueOn is not null).Select(v => v.DueOn!.Value).ToList();
                if (DossierOpenedOn is { } opened)
                {
                    dates.Add(opened.AddMonths(deadlines.Rules.GetInteger(Rules.RuleKeys.DossierValidityMonths, opened)));
                }

                return dates.Count == 0 ? null : dates.Min();
            case AdmissionStage.CellResolved or AdmissionStage.SubCommitteeAppraised when next == AdmissionTrigger.GrassrootsVote:
                return CellResolutionDate is { } resolved
                    ? deadlines.GrassrootsResolveDue(resolved) ?? deadlines.AdmissionDecisionDue(resolved)
                    : null;
            case AdmissionStage.CellResolved or AdmissionStage.SubCommitteeAppraised or AdmissionStage.GrassrootsResolved
                or AdmissionStage.Appraised or AdmissionStage.Escalated:
                return CellResolutionDate is { } cell ? deadlines.AdmissionDecisionDue(cell) : null;
            case AdmissionStage.Decided:
                return AdmissionDecision is { } decision ? deadlines.CeremonyDue(decision.ReceivedOn) : null;
            case AdmissionStage.Probation:
                return CeremonyDate is { } ceremony ? deadlines.RecognitionConsiderDue(deadlines.ProbationEnd(ceremony)) : null;
            case AdmissionStage.RecognitionCellResolved or AdmissionStage.RecognitionSubCommitteeAppraised
                or AdmissionStage.RecognitionGrassrootsResolved or AdmissionStage.RecognitionAppraised or AdmissionStage.RecognitionEscalated:
                return RecognitionCellResolutionDate is { } recognition ? deadlines.RecognitionDecisionDue(recognition) : null;
            default:
                return null;
        }
    }
}
