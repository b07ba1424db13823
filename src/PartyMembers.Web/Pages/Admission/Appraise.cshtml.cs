using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The sub-committee or the organisation board appraises the dossier: the checklist and the conclusion, then forward
/// or return to the cell with the reasons.
public sealed class AppraiseModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<AppraiseModel.AppraiseInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public AppraiseInput Input { get; set; } = new();

    public AppraisalLevel Level => Trigger is AdmissionTrigger.SubCommitteeAppraisal or AdmissionTrigger.RecognitionSubCommitteeAppraisal
        ? AppraisalLevel.SubCommittee : AppraisalLevel.OrganisationBoard;

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } =
    [
        AdmissionTrigger.SubCommitteeAppraisal, AdmissionTrigger.BoardAppraisal,
        AdmissionTrigger.RecognitionSubCommitteeAppraisal, AdmissionTrigger.RecognitionBoardAppraisal,
    ];

    protected override string TitleKey => "Enum.AdmissionTrigger." + Trigger;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.Date = Access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var input = new AppraisalInput(Input.Date!.Value, Input.DocumentsComplete, Input.StandardsMet, Input.ProcedureFollowed,
            Input.Conclusion ?? string.Empty, Input.Outcome!.Value);
        var result = Case.RecordAppraisal(Level, input, Chain, Stamp());
        return await SaveOrShowAsync(result, "AdmissionVotes.Audit.Appraisal", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    public sealed class AppraiseInput
    {
        public DateOnly? Date { get; set; }

        public bool DocumentsComplete { get; set; }

        public bool StandardsMet { get; set; }

        public bool ProcedureFollowed { get; set; }

        public string? Conclusion { get; set; }

        public AppraisalOutcome? Outcome { get; set; }
    }

    public sealed class AppraiseValidator : AbstractValidator<AppraiseInput>
    {
        public AppraiseValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.Conclusion).NotEmpty().WithMessage(_ => texts["Error.Admission.ConclusionRequired"]);
            RuleFor(x => x.Outcome).NotNull().WithMessage(_ => texts["AdmissionVotes.Error.OutcomeRequired"]);
        }
    }
}
