using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Rules;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Admission;

/// One case whole: the person, the stage and what it waits for, the course, dossier, introducers, verification, votes,
/// appraisals, decisions and the history, with the steps the user may take now.
public sealed class DetailsModel(AdmissionAccess access) : AppPageModel
{
    public AdmissionCase Case { get; private set; } = null!;

    public UnitInfo Cell { get; private set; } = null!;

    public AdmissionChain Chain { get; private set; } = null!;

    public CaseDue? Due { get; private set; }

    public DateOnly Today { get; private set; }

    public AdmissionDeadlines Deadlines { get; private set; } = null!;

    public IReadOnlyList<AdmissionTrigger> Steps { get; private set; } = [];

    /// The user keeps this cell's dossier (courses, documents, introducers, verification).
    public bool KeepsDossier { get; private set; }

    /// The person is older than the rule admits without the provincial-level approval, or the approval is recorded.
    public bool ShowsOver60 { get; private set; }

    /// The sensitive fields this user may see on this case (<see cref="FieldAccess"/>): the family and political background
    /// (verification, résumé, results, opinion summary) is masked here, on the server, for the others.
    public FieldView Fields { get; private set; } = FieldView.None;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var loaded = await access.LoadAsync(id);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Case = loaded.Value;
        Cell = loaded.Cell!;
        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.View, nameof(Domain.Admission.AdmissionCase), Case.Id.ToString(), Case.MemberId);
        Chain = loaded.Chain!;
        Deadlines = await access.DeadlinesAsync();
        Today = access.Today;
        Due = Case.Due(Chain, Deadlines);
        Steps = access.AvailableSteps(loaded);
        Fields = FieldAccess.From(loaded.Covering);
        KeepsDossier = !Case.IsClosed && AdmissionAccess.CellSecretary(loaded) is not null;
        ShowsOver60 = Case.Over60Approval is not null
            || AdmissionEligibility.AgeInMonths(Case.DateOfBirth, Today) > Deadlines.Rules.GetInteger(RuleKeys.AdmissionMaxAgeMonths, Today);
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["Admission.Title"], "/Admission"), new(Case.FullName) };
        return Page();
    }

    /// The note of a history line: for documents and verification, the kind or the person's relation is stored by its
    /// code and shown in the user's language.
    public static string? Describe(AdmissionStep step, Microsoft.Extensions.Localization.IStringLocalizer texts) => step.Action switch
    {
        "AddDocument" when Enum.TryParse<DossierItemKind>(step.Reason, out var kind) => texts.Enum(kind),
        "AddVerification" or "ExemptVerification" or "RecordVerificationReply" when Enum.TryParse<VerificationSubject>(step.Reason, out var subject) => texts.Enum(subject),
        _ => step.Reason,
    };

    /// The page that takes a step.
    public static string PageFor(AdmissionTrigger trigger) => trigger switch
    {
        AdmissionTrigger.RecogniseSympathiser => "Sympathiser",
        AdmissionTrigger.PermitDossier => "Permit",
        AdmissionTrigger.OpenDossier => "OpenDossier",
        AdmissionTrigger.CellVote or AdmissionTrigger.RecognitionCellVote => "CellVote",
        AdmissionTrigger.GrassrootsVote or AdmissionTrigger.RecognitionGrassrootsVote => "CommitteeVote",
        AdmissionTrigger.SubCommitteeAppraisal or AdmissionTrigger.RecognitionSubCommitteeAppraisal
            or AdmissionTrigger.BoardAppraisal or AdmissionTrigger.RecognitionBoardAppraisal => "Appraise",
        AdmissionTrigger.Decide or AdmissionTrigger.RecognitionDecide => "Decide",
        AdmissionTrigger.HoldCeremony => "Ceremony",
        _ => "Withdraw",
    };
}
