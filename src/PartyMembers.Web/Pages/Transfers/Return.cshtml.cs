using FluentValidation;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Transfers;

namespace PartyMembers.Web.Pages.Transfers;

/// The member comes back from a temporary transfer (letter boxes 5-8) and is active at home again.
public sealed class ReturnModel(TransferAccess access, PartyMembersDbContext db, IValidator<StepInput> validator) : SimpleStepPageModel(access, db, validator)
{
    public override string TextLabel => "Transfers.Note";

    protected override TransferTrigger Trigger => TransferTrigger.Return;

    protected override Result Apply(DateOnly date, string? text, ChangeStamp stamp) => Case.Return(Member!, date, text, stamp);
}
