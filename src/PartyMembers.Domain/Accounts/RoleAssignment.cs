using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Accounts;

/// A person holds a role in a unit from a date, possibly until a date, and it grants the role's rights on that unit
/// and everything below it. Assignments are ended, never deleted.
public sealed class RoleAssignment : IVersioned, INeverDeleted
{
    public const int NoteMaxLength = 500;

    private RoleAssignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Role Role { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public string? Note { get; private set; }

    public Guid Version { get; private set; }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || ValidTo >= date);

    public static Result<RoleAssignment> Grant(
        Guid userId, Role role, Guid unitId, Organisation.UnitType unitType, bool unitDissolved,
        DateOnly validFrom, DateOnly? validTo, string? note)
    {
        var errors = new List<DomainError>();
        if (!RoleRules.CanHoldIn(role, unitType))
        {
            errors.Add(new DomainError("Assignment.RoleNotAllowedInUnit", nameof(UnitId), role, unitType));
        }

        if (unitDissolved)
        {
            errors.Add(new DomainError("Unit.Dissolved", nameof(UnitId)));
        }

        if (validTo is not null && validTo < validFrom)
        {
            errors.Add(new DomainError("Assignment.EndsBeforeStart", nameof(ValidTo)));
        }

        if (note is not null && note.Length > NoteMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Note), NoteMaxLength));
        }

        if (errors.Count > 0)
        {
            return Result<RoleAssignment>.Fail(errors);
        }

        return Result<RoleAssignment>.Ok(new RoleAssignment
        {
            Id = Ids.New(),
            UserId = userId,
            Role = role,
            UnitId = unitId,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Version = Guid.NewGuid(),
        });
    }

    /// Ends the assignment on <paramref name="lastDay"/> (inclusive).
    public Result End(DateOnly lastDay)
    {
        if (ValidTo is not null && ValidTo < lastDay)
        {
            return Result.Fail("Assignment.AlreadyEnded", nameof(ValidTo));
        }

        if (lastDay < ValidFrom.AddDays(-1))
        {
            return Result.Fail("Assignment.EndsBeforeStart", nameof(ValidTo));
        }

        ValidTo = lastDay;
        return Result.Success();
    }
}
