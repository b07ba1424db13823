using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Members;

/// Every unit of the organisation, read once per request. Units are few (hundreds to a few thousand in a province)
/// and a list page needs them several times over: for the user's scope, the unit filter, the names on the rows and the
/// breadcrumb. Read-only: pages that change units load them tracked themselves.
public sealed class UnitDirectory(PartyMembersDbContext db)
{
    private IReadOnlyList<OrganisationUnit>? _all;
    private Dictionary<Guid, OrganisationUnit>? _byId;

    public async Task<IReadOnlyList<OrganisationUnit>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_all is null)
        {
            _all = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
            _byId = _all.ToDictionary(u => u.Id);
        }

        return _all;
    }

    public async Task<OrganisationUnit?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await AllAsync(cancellationToken);
        return _byId!.GetValueOrDefault(id);
    }

    /// The active units in tree order, as choices.
    public async Task<IReadOnlyList<UnitChoice>> ActiveChoicesAsync(CancellationToken cancellationToken = default) =>
        UnitChoices.TreeOrder((await AllAsync(cancellationToken)).Where(u => u.DissolvedOn == null).Select(UnitChoice.Of).ToList()).ToList();

    /// The units from the top down to <paramref name="unit"/>, for the breadcrumb.
    public async Task<IReadOnlyList<OrganisationUnit>> AncestryAsync(OrganisationUnit unit, CancellationToken cancellationToken = default)
    {
        await AllAsync(cancellationToken);
        return unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => _byId!.GetValueOrDefault(Guid.ParseExact(segment, "N")))
            .OfType<OrganisationUnit>()
            .ToList();
    }
}
