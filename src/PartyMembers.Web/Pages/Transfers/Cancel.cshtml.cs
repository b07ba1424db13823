using FluentValidation;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Transfers;

namespace PartyMembers.Web.Pages.Transfers;

/// Stops the transfer with its reason; after the letter only the board cancels, and the member returns to the count.
public sealed class CancelModel(TransferAccess access, PartyMembersDbContext db, IValidator<StepInput> validator) : SimpleStepPageModel(access, db, validator)
{
    public override string TextLabel => "Transfers.CancelReason";

    public override bool Danger => true;

    protected override TransferTrigger Trigger => TransferTrigger.Cancel;

    protected override Result Apply(DateOnly date, string? text, ChangeStamp stamp) => Case.Cancel(Member, date, text ?? string.Empty, stamp);
}
