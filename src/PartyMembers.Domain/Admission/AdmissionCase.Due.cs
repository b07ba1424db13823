using PartyMembers.Domain.Accounts;

namespace PartyMembers.Domain.Admission;

/// What a case waits for: the next step, the role that takes it, and the date it is due by (null when the rules set
/// no limit for that step).
public sealed record CaseDue(AdmissionTrigger Next, Role WaitingOn, DateOnly? DueOn);

/// The few facts of a case its due date depends on. Lists read only these columns (a province has tens of thousands
/// of open cases), and the case itself computes its due date from the same facts, so both agree.
public sealed record CaseDueFacts(
    AdmissionStage Stage,
    DateOnly? DossierOpenedOn,
    DateOnly? EarliestPendingVerificationDue,
    DateOnly? CellResolutionDate,
    DateOnly? AdmissionDecisionReceivedOn,
    DateOnly? CeremonyDate,
    DateOnly? RecognitionCellResolutionDate)
{
    /// The step the case waits for and its due date under the time limits; null when the case is closed.
    public CaseDue? Due(AdmissionChain chain, AdmissionDeadlines deadlines)
    {
        if (AdmissionTransitions.IsClosed(Stage))
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
                var dates = new List<DateOnly>();
                if (EarliestPendingVerificationDue is { } verification)
                {
                    dates.Add(verification);
                }

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
                return AdmissionDecisionReceivedOn is { } received ? deadlines.CeremonyDue(received) : null;
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

public sealed partial class AdmissionCase
{
    /// The facts the due date depends on.
    public CaseDueFacts DueFacts => new(
        Stage,
        DossierOpenedOn,
        _verifications.Where(v => !v.IsSettled && v.DueOn is not null).Select(v => v.DueOn).Min(),
        CellResolutionDate,
        AdmissionDecision?.ReceivedOn,
        CeremonyDate,
        RecognitionCellResolutionDate);

    /// The step the case waits for and its due date under the time limits; null when the case is closed.
    public CaseDue? Due(AdmissionChain chain, AdmissionDeadlines deadlines) => DueFacts.Due(chain, deadlines);
}
