using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Organisation;

/// A party organisation in the tree. Its materialised <see cref="Path"/> lists the ids from the top unit down, so
/// "within" is a prefix test. Units are never deleted: they are dissolved on a dated decision.
public sealed class OrganisationUnit : IVersioned, INeverDeleted
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 30;
    public const int PathMaxLength = 400;
    public const int MaxDepth = 6;

    private OrganisationUnit()
    {
        Name = string.Empty;
        Path = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid? ParentId { get; private set; }

    public UnitType Type { get; private set; }

    public string Name { get; private set; }

    public string? Code { get; private set; }

    public string Path { get; private set; }

    public int Depth { get; private set; }

    public DateOnly EstablishedOn { get; private set; }

    public LegalBasis? EstablishmentDecision { get; private set; }

    public DateOnly? DissolvedOn { get; private set; }

    public LegalBasis? DissolutionDecision { get; private set; }

    public bool AuthorisedToAdmitAndExpel { get; private set; }

    public Guid Version { get; private set; }

    public bool IsDissolved => DissolvedOn is not null;

    public bool IsActiveOn(DateOnly date) => EstablishedOn <= date && (DissolvedOn is null || DissolvedOn > date);

    /// True when <paramref name="other"/> is this unit or below it.
    public bool Contains(OrganisationUnit other) => other.Path.StartsWith(Path, StringComparison.Ordinal);

    public static string PathSegment(Guid id) => id.ToString("N") + "/";

    public static Result<OrganisationUnit> CreateRoot(
        UnitType type, string name, string? code, DateOnly establishedOn, LegalBasis? decision, DateOnly today)
    {
        var errors = ValidateCommon(name, code, establishedOn, today).ToList();
        if (!UnitTypeRules.IsRoot(type))
        {
            errors.Add(new DomainError("Unit.TypeNeedsParent", nameof(Type)));
        }

        if (errors.Count > 0)
        {
            return Result<OrganisationUnit>.Fail(errors);
        }

        var unit = new OrganisationUnit
        {
            Id = Ids.New(),
            Type = type,
            Name = VietnameseText.Tidy(name),
            Code = TidyCode(code),
            EstablishedOn = establishedOn,
            EstablishmentDecision = decision,
            Version = Guid.NewGuid(),
        };
        unit.Path = "/" + PathSegment(unit.Id);
        return Result<OrganisationUnit>.Ok(unit);
    }

    public Result<OrganisationUnit> CreateChild(
        UnitType type, string name, string? code, DateOnly establishedOn, LegalBasis? decision, DateOnly today)
    {
        var errors = ValidateCommon(name, code, establishedOn, today).ToList();
        if (!UnitTypeRules.CanBeChildOf(type, Type))
        {
            errors.Add(new DomainError("Unit.TypeNotAllowedUnderParent", nameof(Type), type, Type));
        }

        if (IsDissolved)
        {
            errors.Add(new DomainError("Unit.ParentDissolved", nameof(ParentId)));
        }
        else if (establishedOn < EstablishedOn)
        {
            errors.Add(new DomainError("Unit.EstablishedBeforeParent", nameof(EstablishedOn)));
        }

        if (errors.Count > 0)
        {
            return Result<OrganisationUnit>.Fail(errors);
        }

        var unit = new OrganisationUnit
        {
            Id = Ids.New(),
            ParentId = Id,
            Type = type,
            Name = VietnameseText.Tidy(name),
            Code = TidyCode(code),
            EstablishedOn = establishedOn,
            EstablishmentDecision = decision,
            Depth = Depth + 1,
            Version = Guid.NewGuid(),
        };
        unit.Path = Path + PathSegment(unit.Id);
        return Result<OrganisationUnit>.Ok(unit);
    }

    public Result Rename(string name, string? code)
    {
        var errors = ValidateName(name).Concat(ValidateCode(code)).ToList();
        if (IsDissolved)
        {
            errors.Add(new DomainError("Unit.Dissolved"));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Name = VietnameseText.Tidy(name);
        Code = TidyCode(code);
        return Result.Success();
    }

    public Result SetAuthorisationToAdmit(bool authorised)
    {
        if (authorised && !UnitTypeRules.CanBeAuthorisedToAdmit(Type))
        {
            return Result.Fail("Unit.CannotBeAuthorisedToAdmit", nameof(AuthorisedToAdmitAndExpel));
        }

        AuthorisedToAdmitAndExpel = authorised;
        return Result.Success();
    }

    /// Moves this unit under <paramref name="newParent"/>; <paramref name="subtree"/> must hold every unit below this one,
    /// whose paths are rewritten with it.
    public Result MoveTo(OrganisationUnit newParent, IReadOnlyCollection<OrganisationUnit> subtree)
    {
        if (newParent.Id == Id || Contains(newParent))
        {
            return Result.Fail("Unit.CannotMoveIntoOwnSubtree", nameof(ParentId));
        }

        if (!UnitTypeRules.CanBeChildOf(Type, newParent.Type))
        {
            return Result.Fail("Unit.TypeNotAllowedUnderParent", nameof(ParentId), Type, newParent.Type);
        }

        if (IsDissolved || newParent.IsDissolved)
        {
            return Result.Fail("Unit.Dissolved", nameof(ParentId));
        }

        if (newParent.Id == ParentId)
        {
            return Result.Fail("Unit.AlreadyUnderParent", nameof(ParentId));
        }

        if (subtree.Any(u => u.Id == Id || !Contains(u)))
        {
            throw new ArgumentException("The subtree must hold only units below the moved unit.", nameof(subtree));
        }

        var depthChange = newParent.Depth + 1 - Depth;
        if (subtree.Select(u => u.Depth + depthChange).DefaultIfEmpty(Depth + depthChange).Max() >= MaxDepth)
        {
            return Result.Fail("Unit.TooDeep", nameof(ParentId));
        }

        var oldPath = Path;
        var newPath = newParent.Path + PathSegment(Id);
        foreach (var unit in subtree)
        {
            unit.Path = newPath + unit.Path[oldPath.Length..];
            unit.Depth += depthChange;
        }

        ParentId = newParent.Id;
        Path = newPath;
        Depth = newParent.Depth + 1;
        return Result.Success();
    }

    /// Dissolution needs its units and members moved away first (Q294 §6.3.5: members of a dissolved organisation are
    /// transferred within 30 working days); the caller tells whether any remain.
    public Result Dissolve(DateOnly date, LegalBasis decision, bool hasActiveChildren, bool hasMembers, DateOnly today)
    {
        var errors = new List<DomainError>();
        if (IsDissolved)
        {
            errors.Add(new DomainError("Unit.Dissolved"));
        }

        if (ParentId is null)
        {
            errors.Add(new DomainError("Unit.CannotDissolveTop"));
        }

        if (hasActiveChildren)
        {
            errors.Add(new DomainError("Unit.HasActiveChildren"));
        }

        if (hasMembers)
        {
            errors.Add(new DomainError("Unit.HasMembers"));
        }

        if (date > today)
        {
            errors.Add(new DomainError("Date.InFuture", nameof(DissolvedOn)));
        }
        else if (date < EstablishedOn)
        {
            errors.Add(new DomainError("Unit.DissolvedBeforeEstablished", nameof(DissolvedOn)));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        DissolvedOn = date;
        DissolutionDecision = decision;
        return Result.Success();
    }

    private static IEnumerable<DomainError> ValidateCommon(string name, string? code, DateOnly establishedOn, DateOnly today)
    {
        foreach (var e in ValidateName(name))
        {
            yield return e;
        }

        foreach (var e in ValidateCode(code))
        {
            yield return e;
        }

        if (establishedOn > today)
        {
            yield return new DomainError("Date.InFuture", nameof(EstablishedOn));
        }
    }

    private static IEnumerable<DomainError> ValidateName(string name)
    {
        var tidy = VietnameseText.Tidy(name);
        if (tidy.Length == 0)
        {
            yield return new DomainError("Unit.NameRequired", nameof(Name));
        }
        else if (tidy.Length > NameMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(Name), NameMaxLength);
        }
    }

    private static IEnumerable<DomainError> ValidateCode(string? code)
    {
        var tidy = TidyCode(code);
        if (tidy is not null && tidy.Length > CodeMaxLength)
        {
            yield return new DomainError("Text.TooLong", nameof(Code), CodeMaxLength);
        }
    }

    private static string? TidyCode(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}
