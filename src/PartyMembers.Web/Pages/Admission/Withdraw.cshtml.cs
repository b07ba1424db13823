using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// Ends the case before the ceremony (the person moved away, withdrew, or is no longer pursued), with the reason
/// (HD06 §3.9; HD38 §I.1.1).
public sealed class WithdrawModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<WithdrawModel.WithdrawInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public WithdrawInput Input { get; set; } = new();

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [AdmissionTrigger.Withdraw];

    protected override string TitleKey => "Enum.AdmissionTrigger.Withdraw";

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

        var result = Case.Withdraw(Input.Date!.Value, Input.Reason!, Chain, Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionDecision.Withdraw", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    public sealed class WithdrawInput
    {
        public DateOnly? Date { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class WithdrawValidator : AbstractValidator<WithdrawInput>
    {
        public WithdrawValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => texts["Error.Admission.ReasonRequired"]);
        }
    }
}
