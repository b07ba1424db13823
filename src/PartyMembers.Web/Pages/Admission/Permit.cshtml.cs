using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The grassroots committee (or, for a grassroots cell, the organisation board) permits the admission procedure to
/// start; the person must hold a course certificate valid on that date (HD06 §3.1).
public sealed class PermitModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<PermitModel.PermitInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public PermitInput Input { get; set; } = new();

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [AdmissionTrigger.PermitDossier];

    protected override string TitleKey => "Enum.AdmissionTrigger.PermitDossier";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.BasisDate = Access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var basis = new LegalBasis(Input.BasisNumber!.Trim(), Input.BasisDate!.Value, Input.BasisIssuer!.Trim());
        var result = Case.PermitDossier(basis, Chain, await Access.DeadlinesAsync(), Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionDossier.Permit", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    public sealed class PermitInput
    {
        public string? BasisNumber { get; set; }

        public DateOnly? BasisDate { get; set; }

        public string? BasisIssuer { get; set; }
    }

    public sealed class PermitValidator : AbstractValidator<PermitInput>
    {
        public PermitValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.BasisNumber).NotEmpty().WithMessage(_ => texts["Error.LegalBasis.NumberRequired"])
                .MaximumLength(LegalBasis.NumberMaxLength).WithMessage(_ => texts["Error.Text.TooLong", LegalBasis.NumberMaxLength]);
            RuleFor(x => x.BasisDate).NotNull().WithMessage(_ => texts["Error.LegalBasis.DateRequired"]);
            RuleFor(x => x.BasisIssuer).NotEmpty().WithMessage(_ => texts["Error.LegalBasis.IssuerRequired"])
                .MaximumLength(LegalBasis.IssuerMaxLength).WithMessage(_ => texts["Error.Text.TooLong", LegalBasis.IssuerMaxLength]);
        }
    }
}
