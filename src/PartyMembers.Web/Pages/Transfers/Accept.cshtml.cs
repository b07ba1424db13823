using FluentValidation;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Transfers;

namespace PartyMembers.Web.Pages.Transfers;

/// The receiving cell accepts a member transferred inside the upper committee (7-box letter): the member's home cell changes on that date and the history continues.
public sealed class AcceptModel(TransferAccess access, PartyMembersDbContext db, IValidator<StepInput> validator) : SimpleStepPageModel(access, db, validator)
{
    public override string TextLabel => "Transfers.Note";

    protected override TransferTrigger Trigger => TransferTrigger.Accept;

    protected override bool Serves(TransferKind kind) => kind == TransferKind.Internal;

    protected override Result Apply(DateOnly date, string? text, ChangeStamp stamp) => Case.Accept(Member!, To!.Type, date, text, stamp);
}
