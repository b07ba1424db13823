using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Transfers;

/// The member events that only the transfer pages record, so that a transfer never starts without its letter: a
/// temporary transfer or a transfer out always; their ends too while a transfer case of the member is open (the case
/// records them). A member away or leaving without a case (entered before transfers were recorded) is still ended on
/// the generic status page.
public static class TransferEvents
{
    private static readonly MemberEventKind[] Starts = [MemberEventKind.TemporaryTransferStarted, MemberEventKind.TransferOutStarted];

    private static readonly MemberEventKind[] Ends =
        [MemberEventKind.TemporaryTransferEnded, MemberEventKind.TransferOutCancelled, MemberEventKind.TransferredOut];

    public static bool RecordedByTransfers(MemberEventKind kind, bool openCase) => Starts.Contains(kind) || (openCase && Ends.Contains(kind));

    public static Task<bool> OpenCaseAsync(PartyMembersDbContext db, Guid memberId) =>
        db.TransferCases.AnyAsync(c => c.MemberId == memberId && c.Stage != TransferStage.Completed && c.Stage != TransferStage.Returned
            && c.Stage != TransferStage.Cancelled);
}
