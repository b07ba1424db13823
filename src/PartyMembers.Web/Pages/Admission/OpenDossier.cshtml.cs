using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell opens the dossier; the 12-month freshness clock of its documents starts (HD06 §5.4a).
public sealed class OpenDossierModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<OpenDossierModel.OpenDossierInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public OpenDossierInput Input { get; set; } = new();

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [AdmissionTrigger.OpenDossier];

    protected override string TitleKey => "Enum.AdmissionTrigger.OpenDossier";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.OpenedOn = Access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var result = Case.OpenDossier(Input.OpenedOn!.Value, Chain, Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionDossier.OpenDossier", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    public sealed class OpenDossierInput
    {
        public DateOnly? OpenedOn { get; set; }
    }

    public sealed class OpenDossierValidator : AbstractValidator<OpenDossierInput>
    {
        public OpenDossierValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.OpenedOn).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
        }
    }
}
