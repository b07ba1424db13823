using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Admission;

/// The time limits of admission and recognition, each read from its rule parameter as of the date that starts it and
/// counted on the working-day calendar (the day of the event itself not counted, <see cref="WorkingDayCalendar.AddWorkingDays"/>).
public sealed class AdmissionDeadlines(RuleBook rules, WorkingDayCalendar calendar)
{
    public RuleBook Rules => rules;

    public WorkingDayCalendar Calendar => calendar;

    /// A verification request is answered within 30 working days of its receipt, 90 abroad (HD06 §3.4d).
    public DateOnly VerificationReplyDue(DateOnly sentOn, bool abroad) =>
        calendar.AddWorkingDays(sentOn, rules.GetInteger(
            abroad ? RuleKeys.VerificationReplyAbroadWorkingDays : RuleKeys.VerificationReplyWorkingDays, sentOn));

    /// The competent committee decides within 45 working days of the cell's resolution (Q294 §4.3.1).
    public DateOnly AdmissionDecisionDue(DateOnly cellResolution) =>
        calendar.AddWorkingDays(cellResolution, rules.GetInteger(RuleKeys.AdmissionDecisionWorkingDays, cellResolution));

    /// ...and, in special cases with a recorded reason, up to 15 more.
    public DateOnly AdmissionDecisionExtendedDue(DateOnly cellResolution) =>
        calendar.AddWorkingDays(AdmissionDecisionDue(cellResolution), rules.GetInteger(RuleKeys.AdmissionDecisionExtensionWorkingDays, cellResolution));

    /// Local split of the 45 days (Hà Nội): the grassroots committee resolves within 25 working days of the cell
    /// resolution. Null where the rule is not in force.
    public DateOnly? GrassrootsResolveDue(DateOnly cellResolution) =>
        rules.Find(RuleKeys.GrassrootsResolveWorkingDays, cellResolution) is { } rule
            ? calendar.AddWorkingDays(cellResolution, rule.AsInteger())
            : null;

    /// The ceremony is held within 30 working days of receiving the decision (Q294 §4.1).
    public DateOnly CeremonyDue(DateOnly decisionReceived) =>
        calendar.AddWorkingDays(decisionReceived, rules.GetInteger(RuleKeys.CeremonyWorkingDays, decisionReceived));

    /// The member résumé (1-HSĐV) and member sheet (2-HSĐV) are due within 30 working days of the ceremony (HD38 §I.2.2).
    public DateOnly ResumeDue(DateOnly ceremony) =>
        calendar.AddWorkingDays(ceremony, rules.GetInteger(RuleKeys.ResumeAfterCeremonyWorkingDays, ceremony));

    /// Probation lasts 12 months from the ceremony (Charter Art. 5), plus a local extension where one was decided.
    public DateOnly ProbationEnd(DateOnly ceremony, int extensionMonths = 0) =>
        ceremony.AddMonths(rules.GetInteger(RuleKeys.ProbationMonths, ceremony) + extensionMonths);

    /// The cell considers recognition within 30 working days after the probation ends (Q294 §4.2.1).
    public DateOnly RecognitionConsiderDue(DateOnly probationEnd) =>
        calendar.AddWorkingDays(probationEnd, rules.GetInteger(RuleKeys.RecognitionConsiderWorkingDays, probationEnd));

    /// The competent committee decides recognition within 30 working days of the cell's resolution (Q294 §4.3.1).
    public DateOnly RecognitionDecisionDue(DateOnly cellResolution) =>
        calendar.AddWorkingDays(cellResolution, rules.GetInteger(RuleKeys.RecognitionDecisionWorkingDays, cellResolution));

    public DateOnly RecognitionDecisionExtendedDue(DateOnly cellResolution) =>
        calendar.AddWorkingDays(RecognitionDecisionDue(cellResolution), rules.GetInteger(RuleKeys.RecognitionDecisionExtensionWorkingDays, cellResolution));

    /// An awareness-course certificate is valid at the cell's resolution when it is at most 60 months old (HD06 §5.4b).
    public bool CertificateValid(DateOnly certificateDate, DateOnly cellResolution) =>
        certificateDate <= cellResolution
        && certificateDate.AddMonths(rules.GetInteger(RuleKeys.AwarenessCertificateValidityMonths, cellResolution)) >= cellResolution;

    /// A dossier is fresh when the cell resolves within 12 months of creating it; otherwise the named items are redone
    /// (HD06 §5.4a).
    public bool DossierFresh(DateOnly dossierOpened, DateOnly cellResolution) =>
        dossierOpened.AddMonths(rules.GetInteger(RuleKeys.DossierValidityMonths, cellResolution)) >= cellResolution;

    /// The date from which refreshed items count when the dossier is stale: 12 months before the resolution.
    public DateOnly RefreshedSince(DateOnly cellResolution) =>
        cellResolution.AddMonths(-rules.GetInteger(RuleKeys.DossierValidityMonths, cellResolution));
}
