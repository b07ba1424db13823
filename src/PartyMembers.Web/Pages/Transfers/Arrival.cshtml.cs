using FluentValidation;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Transfers;

namespace PartyMembers.Web.Pages.Transfers;

/// The sending board records that the member presented the letter at the destination: the transfer out is complete.
public sealed class ArrivalModel(TransferAccess access, PartyMembersDbContext db, IValidator<StepInput> validator) : SimpleStepPageModel(access, db, validator)
{
    public override string TextLabel => "Transfers.Note";

    protected override TransferTrigger Trigger => TransferTrigger.ConfirmArrival;

    protected override Result Apply(DateOnly date, string? text, ChangeStamp stamp) => Case.ConfirmArrival(Member!, date, text, stamp);
}
