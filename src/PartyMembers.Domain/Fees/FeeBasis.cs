using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.Fees;

/// One version of a member's fee basis, in force from a month until the next version. Versions are never changed or
/// deleted: a correction is a new version (the latest recorded for a month wins), so the due of a past month is always
/// computed from what was known then and what was corrected since, both kept.
public sealed class FeeBasis : INeverDeleted
{
    public const long MaxDeclaredAmount = 10_000_000_000;
    public const int NoteMaxLength = 500;

    private FeeBasis()
    {
        RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    /// First day of the first month the basis applies to.
    public DateOnly ValidFrom { get; private set; }

    public FeeBasisKind Kind { get; private set; }

    /// Salary, benefit or pension in đồng for the percentage kinds; null otherwise.
    public long? DeclaredAmount { get; private set; }

    /// The minimum-wage region where the member is active: required for <see cref="FeeBasisKind.Other"/>; optional for a
    /// student, whose fixed amount before 01/02/2026 depended on the area (region III when not given).
    public WageRegion? Region { get; private set; }

    /// At or over retirement age (Other) / outside working age (old regime): the lower rate applies.
    public bool RetirementAge { get; private set; }

    public string? Note { get; private set; }

    public Guid? RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public static Result<FeeBasis> Create(
        Guid memberId, DateOnly validFrom, FeeBasisKind kind, long? declaredAmount, WageRegion? region, bool retirementAge, string? note,
        ChangeStamp stamp)
    {
        var errors = new List<DomainError>();
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new DomainError("Value.Invalid", nameof(Kind)));
        }

        if (!FeeMonth.IsMonth(validFrom))
        {
            errors.Add(new DomainError("Fees.MonthInvalid", nameof(ValidFrom)));
        }
        else if (validFrom > FeeMonth.Of(stamp.Today).AddMonths(1))
        {
            errors.Add(new DomainError("Fees.BasisTooFarAhead", nameof(ValidFrom)));
        }

        var needsAmount = kind is FeeBasisKind.Salary or FeeBasisKind.Benefit or FeeBasisKind.Pension;
        if (needsAmount && declaredAmount is null)
        {
            errors.Add(new DomainError("Fees.AmountRequired", nameof(DeclaredAmount)));
        }
        else if (needsAmount && declaredAmount is <= 0 or > MaxDeclaredAmount)
        {
            errors.Add(new DomainError("Fees.AmountOutOfRange", nameof(DeclaredAmount)));
        }

        if (kind == FeeBasisKind.Other && (region is null || !Enum.IsDefined(region.Value)))
        {
            errors.Add(new DomainError("Fees.RegionRequired", nameof(Region)));
        }

        if (note is { Length: > NoteMaxLength })
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Note), NoteMaxLength));
        }

        if (errors.Count > 0)
        {
            return Result<FeeBasis>.Fail(errors);
        }

        return Result<FeeBasis>.Ok(new FeeBasis
        {
            Id = Ids.New(),
            MemberId = memberId,
            ValidFrom = validFrom,
            Kind = kind,
            DeclaredAmount = needsAmount ? declaredAmount : null,
            Region = kind is FeeBasisKind.Other or FeeBasisKind.Student ? region : null,
            RetirementAge = kind == FeeBasisKind.Other && retirementAge,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedById = stamp.UserId,
            RecordedByName = stamp.UserName,
            RecordedAtUtc = stamp.AtUtc,
        });
    }

    /// The version in force for <paramref name="month"/>: the latest ValidFrom not after it, and of those the latest recorded.
    public static FeeBasis? InForce(IEnumerable<FeeBasis> versions, DateOnly month) =>
        versions.Where(b => b.ValidFrom <= month).OrderByDescending(b => b.ValidFrom).ThenByDescending(b => b.RecordedAtUtc).FirstOrDefault();
}
