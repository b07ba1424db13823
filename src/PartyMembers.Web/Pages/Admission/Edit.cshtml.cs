using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell secretary corrects the person's details before the ceremony, giving the reason; the correction and its
/// reason stand in the case's history.
public sealed class EditModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<EditModel.EditInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [];

    protected override string TitleKey => "AdmissionEdit.Title";

    protected override bool AcceptsData(AdmissionCase c) => !c.IsRecognitionPhase;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.CopyFrom(Case);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var details = Input.ToDetails();
        var pid = details.Normalised().PersonalIdNumber;
        if (await CandidateFields.PersonalIdTakenAsync(Db, pid, Case.Id) is { } taken)
        {
            ModelState.AddModelError("Input.PersonalIdNumber", T[taken]);
            return Page();
        }

        var result = Case.UpdateDetails(details, Input.Reason!.Trim(), Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionEdit.Details", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    public sealed class EditInput : CandidateFields
    {
        public string? Reason { get; set; }
    }

    public sealed class EditValidator : CandidateRules<EditInput>
    {
        public EditValidator(IStringLocalizer<Texts> texts)
            : base(texts)
        {
            RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => texts["Error.Admission.ReasonRequired"])
                .MaximumLength(AdmissionCase.TextMaxLength).WithMessage(_ => texts["Error.Text.TooLong", AdmissionCase.TextMaxLength]);
        }
    }
}
