using FluentValidation;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Transfers;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Features.Transfers;

/// The form of the simple steps: a date and a text (comment, note or reason). Whether the text is required is the
/// domain's rule, which puts its message beside the field.
public sealed class StepInput
{
    public DateOnly? Date { get; set; }

    public string? Text { get; set; }
}

public sealed class StepInputValidator : AbstractValidator<StepInput>
{
    public StepInputValidator(IStringLocalizer<Texts> texts)
    {
        RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.Transfer.DateRequired"]);
        RuleFor(x => x.Text).MaximumLength(TransferCase.TextMaxLength).WithMessage(_ => texts["Error.Text.TooLong", TransferCase.TextMaxLength]);
    }
}
