using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Members;

/// Every unit of the organisation, read once per request. Units are few (hundreds to a few thousand in a province)
/// and a list page needs them several times over: for the user's scope, the unit filter, the names on the rows and the
/// breadcrumb. Only the columns those need are read (materialising whole units cost several milliseconds a request at
/// province scale; bench/README.md). Pages that change or display a unit in full load it themselves.
public sealed class UnitDirectory(PartyMembersDbContext db)
{
    private IReadOnlyList<UnitInfo>? _all;
    private Dictionary<Guid, UnitInfo>? _byId;

    public async Task<IReadOnlyList<UnitInfo>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_all is null)
        {
            _all = await db.Units.AsNoTracking()
                .Select(u => new UnitInfo(u.Id, u.ParentId, u.Name, u.Path, u.Depth, u.Type, u.EstablishedOn, u.DissolvedOn))
                .ToListAsync(cancellationToken);
            _byId = _all.ToDictionary(u => u.Id);
        }

        return _all;
    }

    public async Task<UnitInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await AllAsync(cancellationToken);
        return _byId!.GetValueOrDefault(id);
    }

    /// The active units in tree order, as choices.
    public async Task<IReadOnlyList<UnitChoice>> ActiveChoicesAsync(CancellationToken cancellationToken = default) =>
        UnitChoices.TreeOrder((await AllAsync(cancellationToken)).Where(u => u.DissolvedOn == null).Select(UnitChoice.Of).ToList()).ToList();

    /// The units from the top down to <paramref name="unit"/>, for the breadcrumb.
    public async Task<IReadOnlyList<UnitInfo>> AncestryAsync(OrganisationUnit unit, CancellationToken cancellationToken = default)
    {
        await AllAsync(cancellationToken);
        return unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => _byId!.GetValueOrDefault(Guid.ParseExact(segment, "N")))
            .OfType<UnitInfo>()
            .ToList();
    }
}

/// What lists and scope checks need of a unit.
public sealed record UnitInfo(
    Guid Id, Guid? ParentId, string Name, string Path, int Depth, UnitType Type, DateOnly EstablishedOn, DateOnly? DissolvedOn)
{
    public bool IsActiveOn(DateOnly date) => EstablishedOn <= date && (DissolvedOn is null || DissolvedOn > date);
}
