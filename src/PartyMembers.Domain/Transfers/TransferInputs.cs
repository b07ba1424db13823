using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Transfers;

/// What the cell enters when it asks for a transfer of one of its members.
public sealed record TransferRequest
{
    public const int TextMaxLength = 1000;

    public required TransferKind Kind { get; init; }

    public required TransferReason Reason { get; init; }

    public required DateOnly RequestedOn { get; init; }

    /// The decision that causes the transfer (job, retirement...); null for a change of residence or a temporary move.
    public LegalBasis? CausingDecision { get; init; }

    /// The day the decision takes effect, or the residence changes: the 60 working days count from here.
    public DateOnly? CausedOn { get; init; }

    /// The receiving cell inside this organisation (internal; temporary host in our tree).
    public Guid? ToUnitId { get; init; }

    /// The receiving organisation, in words (outside this organisation, or the temporary host outside our tree).
    public string? Destination { get; init; }

    public required string CellComment { get; init; }

    /// Why the request comes after the 60 working days (HNHD C.I.2.2: written explanation).
    public string? LateReason { get; init; }

    public DateOnly? PeriodFrom { get; init; }

    public DateOnly? PeriodTo { get; init; }

    public bool Study { get; init; }

    public IEnumerable<DomainError> Validate(DateOnly today, TransferDeadlines deadlines)
    {
        if (!Enum.IsDefined(Kind) || Kind == TransferKind.Incoming)
        {
            yield return new DomainError("Value.Invalid", nameof(Kind));
        }

        if (!Enum.IsDefined(Reason))
        {
            yield return new DomainError("Value.Invalid", nameof(Reason));
        }

        if (RequestedOn > today)
        {
            yield return new DomainError("Date.InFuture", nameof(RequestedOn));
        }

        if (string.IsNullOrWhiteSpace(CellComment))
        {
            yield return new DomainError("Transfer.CommentRequired", nameof(CellComment));
        }
        else if (CellComment.Trim().Length > TextMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(CellComment), TextMaxLength);
        }

        if (LateReason is { Length: > TextMaxLength })
        {
            yield return new DomainError("Text.TooLong", nameof(LateReason), TextMaxLength);
        }

        if (Destination is { Length: > LegalBasis.IssuerMaxLength })
        {
            yield return new DomainError("Text.TooLong", nameof(Destination), LegalBasis.IssuerMaxLength);
        }

        if (Kind == TransferKind.Internal && ToUnitId is null)
        {
            yield return new DomainError("Transfer.ReceivingCellRequired", nameof(ToUnitId));
        }

        if (Kind == TransferKind.OfficialOut && string.IsNullOrWhiteSpace(Destination))
        {
            yield return new DomainError("Transfer.DestinationRequired", nameof(Destination));
        }

        if (Kind == TransferKind.Temporary)
        {
            foreach (var error in ValidateTemporary(deadlines))
            {
                yield return error;
            }

            yield break;
        }

        if (CausedOn is null)
        {
            yield return new DomainError("Transfer.CausedOnRequired", nameof(CausedOn));
        }
        else if (CausedOn > today)
        {
            yield return new DomainError("Date.InFuture", nameof(CausedOn));
        }
        else if (RequestedOn > deadlines.StartDue(CausedOn.Value) && string.IsNullOrWhiteSpace(LateReason))
        {
            yield return new DomainError("Transfer.LateReasonRequired", nameof(LateReason), deadlines.StartDue(CausedOn.Value));
        }
    }

    private IEnumerable<DomainError> ValidateTemporary(TransferDeadlines deadlines)
    {
        if (ToUnitId is null && string.IsNullOrWhiteSpace(Destination))
        {
            yield return new DomainError("Transfer.DestinationRequired", nameof(Destination));
        }

        if (PeriodFrom is null)
        {
            yield return new DomainError("Transfer.PeriodRequired", nameof(PeriodFrom));
        }

        if (PeriodTo is null)
        {
            yield return new DomainError("Transfer.PeriodRequired", nameof(PeriodTo));
        }

        if (PeriodFrom is { } from && PeriodTo is { } to && deadlines.TemporaryPeriodError(from, to, Study) is { } code)
        {
            yield return new DomainError(code, nameof(PeriodTo));
        }
    }
}

/// The transfer letter (giấy giới thiệu sinh hoạt đảng) as the issuer fills it in.
public sealed record TransferLetter(
    Guid IssuerUnitId, string IssuerName, string Number, DateOnly Date, string Signer, DateOnly FeesPaidTo, string? AttachedDocuments,
    string? ReceivingUpperCommittee, string? ReceivingGrassroots)
{
    public const int TextMaxLength = 500;

    public IEnumerable<DomainError> Validate(DateOnly today, TransferKind kind)
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            yield return new DomainError("Transfer.LetterNumberRequired", nameof(Number));
        }
        else if (Number.Trim().Length > LegalBasis.NumberMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(Number), LegalBasis.NumberMaxLength);
        }

        if (Date > today)
        {
            yield return new DomainError("Date.InFuture", nameof(Date));
        }

        if (string.IsNullOrWhiteSpace(Signer))
        {
            yield return new DomainError("Transfer.SignerRequired", nameof(Signer));
        }
        else if (Signer.Trim().Length > MemberDetails.NameMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(Signer), MemberDetails.NameMaxLength);
        }

        // Fees are paid up to a month no later than the letter's (HD38 §II.4.2: "đã đóng đảng phí đến hết tháng").
        if (FeesPaidTo.Day != 1 || FeesPaidTo > new DateOnly(Date.Year, Date.Month, 1))
        {
            yield return new DomainError("Transfer.FeesMonthInvalid", nameof(FeesPaidTo));
        }

        if (AttachedDocuments is { Length: > TextMaxLength })
        {
            yield return new DomainError("Text.TooLong", nameof(AttachedDocuments), TextMaxLength);
        }

        if (kind == TransferKind.OfficialOut)
        {
            if (string.IsNullOrWhiteSpace(ReceivingUpperCommittee))
            {
                yield return new DomainError("Transfer.ReceiverRequired", nameof(ReceivingUpperCommittee));
            }

            if (string.IsNullOrWhiteSpace(ReceivingGrassroots))
            {
                yield return new DomainError("Transfer.ReceiverRequired", nameof(ReceivingGrassroots));
            }
        }

        if (ReceivingUpperCommittee is { Length: > LegalBasis.IssuerMaxLength })
        {
            yield return new DomainError("Text.TooLong", nameof(ReceivingUpperCommittee), LegalBasis.IssuerMaxLength);
        }

        if (ReceivingGrassroots is { Length: > LegalBasis.IssuerMaxLength })
        {
            yield return new DomainError("Text.TooLong", nameof(ReceivingGrassroots), LegalBasis.IssuerMaxLength);
        }
    }

    public LegalBasis AsBasis() => new(Number.Trim(), Date, IssuerName);
}

/// The notice (phiếu báo) of a member coming from outside, as received.
public sealed record IncomingNotice(
    string FullName, Sex Sex, DateOnly DateOfBirth, string SenderOrganisation, string NoticeNumber, DateOnly NoticeDate, DateOnly ReceivedOn,
    Guid ToUnitId)
{
    public IEnumerable<DomainError> Validate(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(FullName))
        {
            yield return new DomainError("Member.FullNameRequired", nameof(FullName));
        }
        else if (FullName.Trim().Length > MemberDetails.NameMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(FullName), MemberDetails.NameMaxLength);
        }

        if (!Enum.IsDefined(Sex))
        {
            yield return new DomainError("Value.Invalid", nameof(Sex));
        }

        if (DateOfBirth > today)
        {
            yield return new DomainError("Date.InFuture", nameof(DateOfBirth));
        }

        if (string.IsNullOrWhiteSpace(SenderOrganisation))
        {
            yield return new DomainError("Transfer.SenderRequired", nameof(SenderOrganisation));
        }
        else if (SenderOrganisation.Trim().Length > LegalBasis.IssuerMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(SenderOrganisation), LegalBasis.IssuerMaxLength);
        }

        if (string.IsNullOrWhiteSpace(NoticeNumber))
        {
            yield return new DomainError("Transfer.NoticeNumberRequired", nameof(NoticeNumber));
        }
        else if (NoticeNumber.Trim().Length > LegalBasis.NumberMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(NoticeNumber), LegalBasis.NumberMaxLength);
        }

        if (NoticeDate > today)
        {
            yield return new DomainError("Date.InFuture", nameof(NoticeDate));
        }

        if (ReceivedOn > today)
        {
            yield return new DomainError("Date.InFuture", nameof(ReceivedOn));
        }
        else if (ReceivedOn < NoticeDate)
        {
            yield return new DomainError("Transfer.ReceivedBeforeNotice", nameof(ReceivedOn));
        }
    }
}
