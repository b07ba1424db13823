using FluentValidation;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Transfers;

namespace PartyMembers.Web.Pages.Transfers;

/// The grassroots committee comments on the member's self-review and seals the file (letter boxes 2-3).
public sealed class CommentModel(TransferAccess access, PartyMembersDbContext db, IValidator<StepInput> validator) : SimpleStepPageModel(access, db, validator)
{
    public override string TextLabel => "Transfers.GrassrootsComment";

    protected override TransferTrigger Trigger => TransferTrigger.Comment;

    protected override Result Apply(DateOnly date, string? text, ChangeStamp stamp) => Case.Comment(date, text ?? string.Empty, stamp);
}
