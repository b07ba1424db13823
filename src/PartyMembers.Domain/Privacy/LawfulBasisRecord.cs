using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Privacy;

/// On what ground the organisation processes one member's personal data (Law 91/2025/QH15 on personal data protection,
/// in force from 01/01/2026; before it Decree 13/2023/NĐ-CP): one dated record per change, never changed or deleted.
/// The latest record in force is the member's basis; the earlier ones stay as the history (docs/privacy.md).
public sealed class LawfulBasisRecord : INeverDeleted
{
    public const int EvidenceMaxLength = 500;
    public const int NoticeVersionMaxLength = 50;
    public const int NoteMaxLength = 500;

    /// The earliest date a basis can take effect: nobody's record in this registry starts before the Party's founding.
    public static readonly DateOnly EarliestDate = new(1930, 2, 3);

    private LawfulBasisRecord()
    {
        Evidence = string.Empty;
        NoticeVersion = string.Empty;
        RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public LawfulBasisKind Kind { get; private set; }

    /// The paper that proves the basis (e.g. the application for admission and the signed résumé, with their dates).
    public string Evidence { get; private set; }

    /// The version of the privacy notice the member was given (configuration Privacy:NoticeVersion).
    public string NoticeVersion { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public string? Note { get; private set; }

    public Guid? RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public static Result<LawfulBasisRecord> Record(
        Guid memberId, LawfulBasisKind kind, string? evidence, string? noticeVersion, DateOnly effectiveFrom, string? note, ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new DomainError("Value.Invalid", nameof(Kind)));
        }

        evidence = evidence?.Trim();
        if (string.IsNullOrEmpty(evidence))
        {
            errors.Add(new DomainError("Value.Required", nameof(Evidence)));
        }
        else if (evidence.Length > EvidenceMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Evidence), EvidenceMaxLength));
        }

        noticeVersion = noticeVersion?.Trim();
        if (string.IsNullOrEmpty(noticeVersion))
        {
            errors.Add(new DomainError("Value.Required", nameof(NoticeVersion)));
        }
        else if (noticeVersion.Length > NoticeVersionMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(NoticeVersion), NoticeVersionMaxLength));
        }

        if (effectiveFrom > stamp.Today)
        {
            errors.Add(new DomainError("Privacy.BasisInFuture", nameof(EffectiveFrom)));
        }
        else if (effectiveFrom < EarliestDate)
        {
            errors.Add(new DomainError("Privacy.BasisTooEarly", nameof(EffectiveFrom)));
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > NoteMaxLength })
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Note), NoteMaxLength));
        }

        if (errors.Count > 0)
        {
            return Result<LawfulBasisRecord>.Fail(errors);
        }

        return Result<LawfulBasisRecord>.Ok(new LawfulBasisRecord
        {
            Id = Ids.New(),
            MemberId = memberId,
            Kind = kind,
            Evidence = evidence!,
            NoticeVersion = noticeVersion!,
            EffectiveFrom = effectiveFrom,
            Note = note,
            RecordedById = stamp.UserId,
            RecordedByName = stamp.UserName,
            RecordedAtUtc = stamp.AtUtc,
        });
    }

    /// The record in force on <paramref name="day"/>: the latest EffectiveFrom not after it, and of those the latest recorded.
    public static LawfulBasisRecord? InForce(IEnumerable<LawfulBasisRecord> records, DateOnly day) =>
        records.Where(r => r.EffectiveFrom <= day).OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.RecordedAtUtc).FirstOrDefault();
}

/// The grounds this registry relies on. Which article of Law 91/2025/QH15 each corresponds to is for the organisation's
/// counsel to confirm (docs/privacy.md marks them as unverified).
public enum LawfulBasisKind
{
    /// Kept because the Party's Charter and its regulations on party member records require it, accepted by the member on
    /// admission (application for admission, signed résumé).
    PartyRegulations,

    /// The member's written consent, which can be printed and proved (silence is not consent).
    Consent,

    /// A legal obligation of the organisation under a law or decree.
    LegalObligation,
}
