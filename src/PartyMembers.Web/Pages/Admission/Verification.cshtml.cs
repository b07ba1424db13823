using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell sends a request to verify the background of the person or a relative (the reply is due in 30 working
/// days, 90 abroad), or records the exemption the rules allow with its reason (HD06 §3.4c).
public sealed class VerificationModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<VerificationModel.VerificationInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public VerificationInput Input { get; set; } = new();

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [];

    protected override string TitleKey => "Admission.AddVerification";

    protected override bool AcceptsData(AdmissionCase c) => c.Stage is AdmissionStage.DossierPermitted or AdmissionStage.DossierOpen;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.SentOn = Access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var result = Case.AddVerification(Input.Subject!.Value, Input.PersonName?.Trim() ?? string.Empty, Input.Abroad, Input.SentTo?.Trim(), Input.SentOn,
            Input.ExemptionReason?.Trim(), await Access.DeadlinesAsync(), Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionDossier.Verification", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    public sealed class VerificationInput
    {
        public VerificationSubject? Subject { get; set; }

        public string? PersonName { get; set; }

        public bool Abroad { get; set; }

        public string? SentTo { get; set; }

        public DateOnly? SentOn { get; set; }

        public string? ExemptionReason { get; set; }
    }

    public sealed class VerificationValidator : AbstractValidator<VerificationInput>
    {
        public VerificationValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Subject).NotNull().WithMessage(_ => texts["Error.AdmissionDossier.SubjectRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.PersonName).NotEmpty().WithMessage(_ => texts["Error.Admission.PersonNameRequired"]);
        }
    }
}
