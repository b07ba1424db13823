using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Transfers;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Transfers;

/// The grassroots committee (or the board) extends a temporary transfer: the new end is written on the letter, under a
/// year more (HD38 §II.4.3.2c).
public sealed class ExtendModel(TransferAccess access, PartyMembersDbContext db, IValidator<ExtendModel.ExtendInput> validator)
    : TransferStepPageModel(access, db)
{
    [BindProperty]
    public ExtendInput Input { get; set; } = new();

    protected override TransferTrigger Trigger => TransferTrigger.Extend;

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

        var result = Case.Extend(Input.Date!.Value, Input.NewEnd!.Value, Input.Reason, await Access.DeadlinesAsync(), Stamp());
        return await SaveOrShowAsync(result, () => Task.CompletedTask);
    }

    public sealed class ExtendInput
    {
        public DateOnly? Date { get; set; }

        public DateOnly? NewEnd { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class ExtendValidator : AbstractValidator<ExtendInput>
    {
        public ExtendValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.Transfer.DateRequired"]);
            RuleFor(x => x.NewEnd).NotNull().WithMessage(_ => texts["Error.Transfer.PeriodRequired"]);
            RuleFor(x => x.Reason).MaximumLength(TransferCase.TextMaxLength).WithMessage(_ => texts["Error.Text.TooLong", TransferCase.TextMaxLength]);
        }
    }
}
