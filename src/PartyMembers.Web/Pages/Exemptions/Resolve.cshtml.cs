using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Exemptions;

/// The body whose turn it is records its resolution: the cell resolves (and for age or health decides), the grassroots
/// committee decides on other reasons; either may refuse, and the cell may record that the member withdrew.
public sealed class ResolveModel(WorkLifeAccess access, PartyMembersDbContext db, IValidator<ResolveModel.ResolveInput> validator)
    : ExemptionPageModel(access, db)
{
    [BindProperty]
    public ResolveInput Input { get; set; } = new();

    protected override IReadOnlyList<ExemptionTrigger> Triggers { get; } =
        [ExemptionTrigger.CellResolve, ExemptionTrigger.Decide, ExemptionTrigger.Refuse, ExemptionTrigger.Withdraw];

    protected override string TitleKey => "WorkLife.Resolve.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Input.Trigger = Offered.Keys.First();
        Input.Date = Access.Today;
        Input.Issuer = Case.Decider == ExemptionDecider.Cell || Case.State == ExemptionState.Applied ? Loaded.Cell.Name : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (Input.Trigger is { } chosen && !Offered.ContainsKey(chosen))
        {
            ModelState.AddModelError("Input.Trigger", T["Error.Exemption.StepNotOffered"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var trigger = Input.Trigger!.Value;
        var stamp = Access.Stamp(Offered[trigger]);
        var basis = DecisionFields.ToBasis(Input.Number, Input.Date, Input.Issuer);
        var date = Input.Date!.Value;
        var result = trigger switch
        {
            ExemptionTrigger.CellResolve => Case.ResolveInCell(basis!, stamp),
            ExemptionTrigger.Decide => Case.Decide(basis!, await MemberAsync(), stamp),
            ExemptionTrigger.Refuse => Case.Refuse(basis, date, Input.Reason, stamp),
            _ => Case.Withdraw(date, Input.Reason, stamp),
        };
        return await SaveOrShowAsync(result, Case, "WorkLife.Audit.Resolve", "WorkLife.Status.Resolved", "/Exemptions/Details", new { id },
            () => Reload(id), f => f switch
            {
                "Date" or nameof(LegalBasis.DocumentDate) or "EffectiveDate" => nameof(ResolveInput.Date),
                nameof(LegalBasis.DocumentNumber) => nameof(ResolveInput.Number),
                nameof(LegalBasis.Issuer) => nameof(ResolveInput.Issuer),
                _ => f,
            });
    }

    public sealed class ResolveInput
    {
        public ExemptionTrigger? Trigger { get; set; }

        public string? Number { get; set; }

        public DateOnly? Date { get; set; }

        public string? Issuer { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class ResolveValidator : AbstractValidator<ResolveInput>
    {
        public ResolveValidator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(x => x.Trigger).NotNull().WithMessage(_ => texts["Error.Exemption.StepRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.WorkLife.DateRequired"]);
            RuleFor(x => x.Reason).MaximumLength(ExemptionCase.TextMaxLength).WithMessage(_ => texts["Error.Text.TooLong", ExemptionCase.TextMaxLength]);
            RuleFor(x => x.Reason).NotEmpty().When(x => x.Trigger is ExemptionTrigger.Refuse or ExemptionTrigger.Withdraw)
                .WithMessage(_ => texts["Error.Exemption.ReasonRequired"]);
            RuleFor(x => x).Custom((input, context) =>
            {
                var needsBasis = input.Trigger is ExemptionTrigger.CellResolve or ExemptionTrigger.Decide;
                if (!needsBasis && !(input.Trigger == ExemptionTrigger.Refuse && !string.IsNullOrWhiteSpace(input.Number)))
                {
                    return;
                }

                foreach (var error in DecisionFields.Validate(input.Number, input.Date, input.Issuer, VietnamTime.Today(clock),
                             nameof(ResolveInput.Number), nameof(ResolveInput.Date), nameof(ResolveInput.Issuer)))
                {
                    context.AddFailure(error.Field, texts.Error(error));
                }
            });
        }
    }
}
