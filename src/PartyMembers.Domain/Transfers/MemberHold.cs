using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Transfers;

/// An inspection or a complaint about a member, open from one date until closed. While one is open the member cannot
/// be transferred officially (Q294 §6.3.1đ). Recorded and closed by the organisation board or the inspection
/// committee; never deleted.
public sealed class MemberHold : IVersioned, INeverDeleted
{
    public const int TextMaxLength = 500;

    private MemberHold()
    {
        Reference = string.Empty;
        OpenedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public HoldKind Kind { get; private set; }

    /// The decision or file that opened it, e.g. "Quyết định kiểm tra số 12-QĐ/UBKT".
    public string Reference { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public string OpenedBy { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosedBy { get; private set; }

    public string? ClosingNote { get; private set; }

    public Guid Version { get; private set; }

    public bool IsOpen => ClosedOn is null;

    public static Result<MemberHold> Open(Guid memberId, HoldKind kind, string reference, DateOnly openedOn, ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new DomainError("Value.Invalid", nameof(Kind)));
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            errors.Add(new DomainError("Transfer.TextRequired", nameof(Reference)));
        }
        else if (reference.Trim().Length > TextMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Reference), TextMaxLength));
        }

        if (openedOn > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", nameof(OpenedOn)));
        }

        if (!TransferTransitions.HoldRoles.Contains(stamp.ActingAs))
        {
            errors.Add(new DomainError("Transfer.RoleCannotRecord", null, "Hold", stamp.ActingAs));
        }

        return errors.Count > 0
            ? Result<MemberHold>.Fail(errors)
            : Result<MemberHold>.Ok(new MemberHold
            {
                Id = Ids.New(),
                MemberId = memberId,
                Kind = kind,
                Reference = reference.Trim(),
                OpenedOn = openedOn,
                OpenedBy = stamp.UserName,
                Version = Guid.NewGuid(),
            });
    }

    public Result Close(DateOnly closedOn, string? note, ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        if (!IsOpen)
        {
            errors.Add(new DomainError("Transfer.HoldClosed"));
        }

        if (closedOn > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", nameof(ClosedOn)));
        }
        else if (closedOn < OpenedOn)
        {
            errors.Add(new DomainError("Transfer.CloseBeforeOpen", nameof(ClosedOn)));
        }

        if (note is { Length: > TextMaxLength })
        {
            errors.Add(new DomainError("Text.TooLong", nameof(ClosingNote), TextMaxLength));
        }

        if (!TransferTransitions.HoldRoles.Contains(stamp.ActingAs))
        {
            errors.Add(new DomainError("Transfer.RoleCannotRecord", null, "Hold", stamp.ActingAs));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        ClosedOn = closedOn;
        ClosedBy = stamp.UserName;
        ClosingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return Result.Success();
    }
}
