using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell holds the admission ceremony: the person becomes a probationary member of the cell, with an official
/// member assigned to help (Q294 §4.1, §4.5.1; HD38 §I.2.2). After the time limit the upper committee's approval is
/// needed.
public sealed class CeremonyModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<CeremonyModel.CeremonyInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public CeremonyInput Input { get; set; } = new();

    public IReadOnlyList<MemberChoice> Members { get; private set; } = [];

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [AdmissionTrigger.HoldCeremony];

    protected override string TitleKey => "Enum.AdmissionTrigger.HoldCeremony";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Version = Case.Version;
        Input.CeremonyDate = Access.Today;
        Input.HelperMemberId = Case.HelperMemberId is { } helper && Members.Any(m => m.Id == helper) ? helper : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (Input.LateApprovalDate > Access.Today && !HasError("Input.LateApprovalDate"))
        {
            ModelState.AddModelError("Input.LateApprovalDate", T["Error.Date.InFuture"]);
        }

        var helper = Input.HelperMemberId is { } helperId && Members.Any(m => m.Id == helperId) ? await Access.FactsAsync(helperId, Cell) : null;
        if (Input.HelperMemberId is not null && helper is null)
        {
            ModelState.AddModelError("Input.HelperMemberId", T["Error.Admission.HelperNotOfficial"]);
        }

        if (!ModelState.IsValid || helper is null)
        {
            return Page();
        }

        LegalBasis? lateApproval = Input.HasLateApproval
            ? new LegalBasis(Input.LateApprovalNumber!.Trim(), Input.LateApprovalDate!.Value, Input.LateApprovalIssuer!.Trim())
            : null;
        var details = new MemberDetails
        {
            BirthPlace = Input.BirthPlace,
            HomeTown = Input.HomeTown,
            Ethnicity = Input.Ethnicity,
            Religion = Input.Religion,
        };
        var result = Case.HoldCeremony(Input.CeremonyDate!.Value, helper, lateApproval, details, Cell.Type, Chain, await Access.DeadlinesAsync(), Stamp());
        if (!result.Succeeded)
        {
            ShowErrors(result.Errors);
            return Page();
        }

        Db.Members.Add(result.Value!);
        Features.Privacy.LawfulBasisDefaults.AddFor(Db, HttpContext.RequestServices, result.Value!, Features.Privacy.LawfulBasisDefaults.Entry.Admitted, Stamp());
        return await SaveAsync("Audit.AdmissionDecision.Ceremony", "Status.Admission.Saved", () => LoadAsync(id, track: false));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool track)
    {
        var refused = await PrepareAsync(id, track);
        if (refused is null)
        {
            Members = await Access.OfficialMembersNearAsync(Cell);
        }

        return refused;
    }

    public sealed class CeremonyInput
    {
        public DateOnly? CeremonyDate { get; set; }

        public Guid? HelperMemberId { get; set; }

        public string? LateApprovalNumber { get; set; }

        public DateOnly? LateApprovalDate { get; set; }

        public string? LateApprovalIssuer { get; set; }

        public string? BirthPlace { get; set; }

        public string? HomeTown { get; set; }

        public string? Ethnicity { get; set; }

        public string? Religion { get; set; }

        /// Any part of the late approval entered: then all of it is needed.
        public bool HasLateApproval =>
            !string.IsNullOrWhiteSpace(LateApprovalNumber) || LateApprovalDate is not null || !string.IsNullOrWhiteSpace(LateApprovalIssuer);
    }

    public sealed class CeremonyValidator : AbstractValidator<CeremonyInput>
    {
        public CeremonyValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.CeremonyDate).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.HelperMemberId).NotNull().WithMessage(_ => texts["Error.Admission.HelperRequired"]);
            When(x => x.HasLateApproval, () =>
            {
                RuleFor(x => x.LateApprovalNumber).NotEmpty().WithMessage(_ => texts["Error.LegalBasis.NumberRequired"])
                    .MaximumLength(LegalBasis.NumberMaxLength).WithMessage(_ => texts["Error.Text.TooLong", LegalBasis.NumberMaxLength]);
                RuleFor(x => x.LateApprovalDate).NotNull().WithMessage(_ => texts["Error.LegalBasis.DateRequired"]);
                RuleFor(x => x.LateApprovalIssuer).NotEmpty().WithMessage(_ => texts["Error.LegalBasis.IssuerRequired"])
                    .MaximumLength(LegalBasis.IssuerMaxLength).WithMessage(_ => texts["Error.Text.TooLong", LegalBasis.IssuerMaxLength]);
            });
        }
    }
}
