using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Exemptions;

/// The member returns to work and party activity: at the end of the period, or on a new application for age or health.
public sealed class ReturnModel(WorkLifeAccess access, PartyMembersDbContext db, IValidator<ReturnModel.ReturnInput> validator)
    : ExemptionPageModel(access, db)
{
    [BindProperty]
    public ReturnInput Input { get; set; } = new();

    protected override IReadOnlyList<ExemptionTrigger> Triggers { get; } = [ExemptionTrigger.Return];

    protected override string TitleKey => "WorkLife.Return.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Input.Date = Access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = Case.Return(Input.Date!.Value, Input.Note, await MemberAsync(), Access.Stamp(Offered[ExemptionTrigger.Return]));
        return await SaveOrShowAsync(result, Case, "WorkLife.Audit.Return", "WorkLife.Status.Returned", "/Exemptions/Details", new { id },
            () => Reload(id), f => f switch
            {
                "EffectiveDate" => nameof(ReturnInput.Date),
                "Reason" => nameof(ReturnInput.Note),
                _ => f,
            });
    }

    public sealed class ReturnInput
    {
        public DateOnly? Date { get; set; }

        public string? Note { get; set; }
    }

    public sealed class ReturnValidator : AbstractValidator<ReturnInput>
    {
        public ReturnValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.WorkLife.DateRequired"]);
            RuleFor(x => x.Note).MaximumLength(ExemptionCase.TextMaxLength).WithMessage(_ => texts["Error.Text.TooLong", ExemptionCase.TextMaxLength]);
        }
    }
}
