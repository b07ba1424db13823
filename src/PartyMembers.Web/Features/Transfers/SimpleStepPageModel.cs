using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Transfers;

/// A step whose form is a date and a text (<see cref="StepInput"/>): comment, confirm arrival, return, cancel.
public abstract class SimpleStepPageModel(TransferAccess access, PartyMembersDbContext db, IValidator<StepInput> validator)
    : TransferStepPageModel(access, db)
{
    [BindProperty]
    public StepInput Input { get; set; } = new();

    /// The label of the text field.
    public abstract string TextLabel { get; }

    /// Whether the step ends the case (a red button).
    public virtual bool Danger => false;

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

        return await SaveOrShowAsync(Apply(Input.Date!.Value, Input.Text, Stamp()), () => Task.CompletedTask);
    }

    protected abstract Result Apply(DateOnly date, string? text, ChangeStamp stamp);
}
